package cn.yingji.platform;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import jakarta.annotation.PreDestroy;

/**
 * A pass that repeats in the background on a virtual thread: when enabled, first {@code initialDelay} after the
 * application is ready, then every {@code interval}, until the application stops — on one instance of the app at a
 * time, once per interval across all of them ({@link JobRuns}). The one loop behind the scheduled passes
 * (compliance snapshots, bulletins); a pass handles its items' failures ({@link #each}), a failure of the whole
 * pass is logged and the loop goes on.
 */
public abstract class PeriodicJob {

    /** How soon an instance looks again when the pass was not its to run: at most this long past its due time. */
    static final Duration RETRY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final JobRuns runs;
    private final String name;
    private final boolean enabled;
    private final Duration initialDelay;
    private final Duration interval;
    private volatile Thread worker;

    protected PeriodicJob(JobRuns runs, String name, boolean enabled, Duration initialDelay, Duration interval) {
        this.runs = runs;
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
        worker = Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                Thread.sleep(initialDelay);
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(ranHere() ? interval : shorter(interval, RETRY));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Runs a pass here if it is due and no other instance runs it; whether it ran without failing. A failure is
     * logged (and recorded in {@code job_run}); the next look comes soon, and the claim decides whether it is due.
     */
    private boolean ranHere() {
        try {
            return runs.runIfDue(name, interval, this::pass) == JobRuns.Outcome.RAN;
        } catch (SQLException | RuntimeException e) {
            log.warn("periodic job {} failed: {}", name, e.toString());
            return false;
        }
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
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
