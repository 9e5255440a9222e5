package cn.yingji.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Fails a test class after which Netty reports a buffer that was never released (issue 11, item 13). Netty notices a
 * leak only once the buffer was garbage-collected and a later buffer is tracked, so the check collects and allocates
 * first; a leak may therefore surface one class after the one that caused it — its records name the code.
 */
public class NettyLeakCheck implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        var leaks = collect();
        if (!leaks.isEmpty()) {
            throw new AssertionError("Netty reported " + leaks.size() + " buffer(s) never released:\n"
                    + String.join("\n\n", leaks));
        }
    }

    /** Makes Netty look for collected, unreleased buffers now, and returns what it reported. */
    static java.util.List<String> collect() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            System.gc();
            Thread.sleep(50);
            // every allocation a detector samples polls its queue of collected buffers (1 in 128 below paranoid)
            for (int i = 0; i < 512; i++) {
                ByteBuf probe = ByteBufAllocator.DEFAULT.directBuffer(1);
                probe.release();
                probe = ByteBufAllocator.DEFAULT.heapBuffer(1);
                probe.release();
            }
        }
        return RecordingLeakDetector.drain();
    }
}
