package cn.yingji.platform;

import java.time.Duration;

/**
 * A pass that repeats in the background on a virtual thread: first after {@code initialDelay}, then every
 * {@code interval}, until {@link #close()} (the application stopping). The one loop behind the scheduled passes
 * (compliance snapshots, bulletins); a pass handles its own failures.
 */
public final class PeriodicJob implements AutoCloseable {

    private final Thread worker;

    private PeriodicJob(String name, Duration initialDelay, Duration interval, Runnable pass) {
        worker = Thread.ofVirtual().name(name).start(() -> {
            try {
                Thread.sleep(initialDelay);
                while (!Thread.currentThread().isInterrupted()) {
                    pass.run();
                    Thread.sleep(interval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public static PeriodicJob start(String name, Duration initialDelay, Duration interval, Runnable pass) {
        return new PeriodicJob(name, initialDelay, interval, pass);
    }

    /** Interrupts the pass (a pass checks {@link Thread#isInterrupted()} between items) and waits up to 10 s. */
    @Override
    public void close() throws InterruptedException {
        worker.interrupt();
        worker.join(Duration.ofSeconds(10));
    }
}
