package cn.yingji.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBufAllocator;

/** The leak check itself: a buffer dropped without release is reported, so a leaking test class fails. */
class NettyLeakCheckTest {

    @Test
    void aBufferNeverReleasedIsReported() throws InterruptedException {
        leak();
        var leaks = NettyLeakCheck.collect();
        assertThat(RecordingLeakDetector.installed()).as("the build sets io.netty.customResourceLeakDetector").isTrue();
        assertThat(leaks).anySatisfy(l -> assertThat(l).startsWith("LEAK: ByteBuf.release() was not called"));
        assertThat(NettyLeakCheck.collect()).isEmpty();
    }

    private static void leak() {
        ByteBufAllocator.DEFAULT.directBuffer(16).writeInt(42);
    }
}
