package cn.yingji.platform;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import jakarta.annotation.PreDestroy;

/**
 * A pass that repeats in the background on a virtual thread: when enabled, first {@code initialDelay} after the
 * application is ready, then every {@code interval}, until the application stops. The one loop behind the
 * scheduled passes (compliance snapshots, bulletins); a pass handles its own failures ({@link #each}).
 */
public abstract class PeriodicJob {

    private final String name;
    private final boolean enabled;
    private final Duration initialDelay;
    private final Duration interval;
    private volatile Thread worker;

    protected PeriodicJob(String name, boolean enabled, Duration initialDelay, Duration interval) {
        this.name = name;
        this.enabled = enabled;
        this.initialDelay = initialDelay;
        this.interval = interval;
    }

    /** One pass; it checks {@link Thread#isInterrupted()} between items ({@link #each} does). */
    protected abstract void pass();

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        if (!enabled) {
            return;
        }
        worker = Thread.ofVirtual().name(name).start(() -> {
            try {
                Thread.sleep(initialDelay);
                while (!Thread.currentThread().isInterrupted()) {
                    pass();
                    Thread.sleep(interval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Interrupts the pass and waits up to 10 s for it to end. */
    @PreDestroy
    public void stop() throws InterruptedException {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
            running.join(Duration.ofSeconds(10));
        }
    }

    /**
     * Runs {@code step} on each item (a tenant) until the job is stopped; a failing item is handed to
     * {@code failed} (to be logged) and the pass goes on with the next. Returns how many steps answered true.
     */
    protected static <T> int each(Iterable<T> items, Predicate<T> step, BiConsumer<T, RuntimeException> failed) {
        int done = 0;
        for (T item : items) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            try {
                if (step.test(item)) {
                    done++;
                }
            } catch (RuntimeException e) {
                failed.accept(item, e);
            }
        }
        return done;
    }
}
