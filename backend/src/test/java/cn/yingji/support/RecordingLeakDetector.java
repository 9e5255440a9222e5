package cn.yingji.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.netty.util.ResourceLeakDetector;

/**
 * Netty's leak detector in the tests (set by the build: {@code io.netty.customResourceLeakDetector}): besides
 * logging {@code LEAK: ByteBuf.release() was not called…} as usual, it keeps each report so {@link NettyLeakCheck}
 * can fail the tests.
 */
public class RecordingLeakDetector<T> extends ResourceLeakDetector<T> {

    private static final Queue<String> LEAKS = new ConcurrentLinkedQueue<>();
    private static volatile boolean installed;

    public RecordingLeakDetector(Class<?> resourceType, int samplingInterval) {
        super(resourceType, samplingInterval);
        installed = true;
    }

    /** The constructor Netty's factory looks for first (without it, it logs an error before taking the other). */
    @SuppressWarnings("deprecation")
    public RecordingLeakDetector(Class<?> resourceType, int samplingInterval, long maxActive) {
        super(resourceType, samplingInterval, maxActive);
        installed = true;
    }

    /** Whether Netty uses this detector (it creates one per resource type when the type is first allocated). */
    static boolean installed() {
        return installed;
    }

    /** The reports since the last call. */
    static List<String> drain() {
        List<String> leaks = new ArrayList<>();
        for (String leak; (leak = LEAKS.poll()) != null;) {
            leaks.add(leak);
        }
        return leaks;
    }

    @Override
    protected boolean needReport() {
        return true;
    }

    @Override
    protected void reportTracedLeak(String resourceType, String records) {
        LEAKS.add("LEAK: " + resourceType + ".release() was not called" + records);
        super.reportTracedLeak(resourceType, records);
    }

    @Override
    protected void reportUntracedLeak(String resourceType) {
        LEAKS.add("LEAK: " + resourceType + ".release() was not called (no records at this detection level)");
        super.reportUntracedLeak(resourceType);
    }
}
