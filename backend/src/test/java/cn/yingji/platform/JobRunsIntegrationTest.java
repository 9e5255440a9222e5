package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.TestServices;

/**
 * Two instances of the app against one database, as two {@link JobRuns} of other names over the real PostgreSQL: a
 * job's pass runs on one of them at a time, once per interval, and neither a failed pass nor a dead instance keeps
 * the job from running again.
 */
class JobRunsIntegrationTest extends ApiIntegrationTest {

    @Autowired
    DataSource dataSource;

    final String job = "test-job-" + UUID.randomUUID();

    @AfterEach
    void removeRow() throws Exception {
        try (Connection c = TestServices.ownerConnection(); var st = c.prepareStatement("delete from job_run where name = ?")) {
            st.setString(1, job);
            st.executeUpdate();
        }
    }

    @Test
    void whileOneInstanceRunsAPassTheOtherDoesNot() throws Exception {
        JobRuns a = new JobRuns(dataSource, "instance-a"), b = new JobRuns(dataSource, "instance-b");
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> {
            try {
                return a.runIfDue(job, Duration.ZERO, () -> {
                    started.countDown();
                    await(release);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        AtomicInteger passesOfB = new AtomicInteger();

        assertThat(b.runIfDue(job, Duration.ZERO, passesOfB::incrementAndGet)).isEqualTo(JobRuns.Outcome.RUNNING_ELSEWHERE);

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(JobRuns.Outcome.RAN);
        assertThat(b.runIfDue(job, Duration.ZERO, passesOfB::incrementAndGet)).isEqualTo(JobRuns.Outcome.RAN);
        assertThat(passesOfB).hasValue(1);
        assertThat(row()).isEqualTo("instance-b 2 null");
    }

    @Test
    void aPassRunsOncePerIntervalWhicheverInstanceAsks() throws Exception {
        JobRuns a = new JobRuns(dataSource, "instance-a"), b = new JobRuns(dataSource, "instance-b");
        AtomicInteger passes = new AtomicInteger();
        Duration hour = Duration.ofHours(1);

        assertThat(a.runIfDue(job, hour, passes::incrementAndGet)).isEqualTo(JobRuns.Outcome.RAN);
        assertThat(b.runIfDue(job, hour, passes::incrementAndGet)).isEqualTo(JobRuns.Outcome.NOT_DUE);
        assertThat(a.runIfDue(job, hour, passes::incrementAndGet)).isEqualTo(JobRuns.Outcome.NOT_DUE);
        assertThat(passes).hasValue(1);
        assertThat(row()).isEqualTo("instance-a 1 null");

        // a shorter interval has passed since: due again, for whichever instance asks first
        Thread.sleep(20);
        assertThat(b.runIfDue(job, Duration.ofMillis(10), passes::incrementAndGet)).isEqualTo(JobRuns.Outcome.RAN);
        assertThat(passes).hasValue(2);
        assertThat(row()).isEqualTo("instance-b 2 null");
    }

    @Test
    void aFailedPassIsRecordedAndLeavesTheJobToTheNext() throws Exception {
        JobRuns a = new JobRuns(dataSource, "instance-a"), b = new JobRuns(dataSource, "instance-b");

        assertThatThrownBy(() -> a.runIfDue(job, Duration.ZERO, () -> {
            throw new IllegalStateException("目录不可用");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(row()).isEqualTo("instance-a 1 java.lang.IllegalStateException: 目录不可用");

        assertThat(b.runIfDue(job, Duration.ZERO, () -> { })).isEqualTo(JobRuns.Outcome.RAN);
        assertThat(row()).isEqualTo("instance-b 2 null");
    }

    @Test
    void anInstanceThatDiesDuringAPassBlocksNoOne() throws Exception {
        JobRuns b = new JobRuns(dataSource, "instance-b");
        // an instance in the middle of a pass holds the job's lock on a session of its own …
        Connection dying = TestServices.appConnection();
        try (var st = dying.prepareStatement("select pg_try_advisory_lock(hashtext('yingji-job'), hashtext(?))")) {
            st.setString(1, job);
            var rs = st.executeQuery();
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
        assertThat(b.runIfDue(job, Duration.ZERO, () -> { })).isEqualTo(JobRuns.Outcome.RUNNING_ELSEWHERE);

        // … and dies: its session ends without unlocking (the server ends the session a moment after the client
        // hangs up, so the next instance may look once or twice before it finds the lock free)
        dying.close();

        JobRuns.Outcome outcome = JobRuns.Outcome.RUNNING_ELSEWHERE;
        for (int look = 0; look < 50 && outcome == JobRuns.Outcome.RUNNING_ELSEWHERE; look++) {
            if (look > 0) {
                Thread.sleep(100);
            }
            outcome = b.runIfDue(job, Duration.ZERO, () -> { });
        }
        assertThat(outcome).isEqualTo(JobRuns.Outcome.RAN);
    }

    @Test
    void twoInstancesOfAPeriodicJobRunItsPassesOneAtATimeAndNotTwicePerInterval() throws Exception {
        AtomicInteger running = new AtomicInteger(), mostAtOnce = new AtomicInteger(), passes = new AtomicInteger();
        Runnable pass = () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            passes.incrementAndGet();
            sleep(Duration.ofMillis(300));
            running.decrementAndGet();
        };
        Duration interval = Duration.ofSeconds(1);
        PeriodicJob a = job(new JobRuns(dataSource, "instance-a"), interval, pass);
        PeriodicJob b = job(new JobRuns(dataSource, "instance-b"), interval, pass);

        a.start();
        b.start();
        sleep(Duration.ofMillis(3_500));
        a.stop();
        b.stop();

        // each instance alone would run 3–4 passes in 3.5 s (a pass, then a second's pause): 6–8 together
        assertThat(passes.get()).isBetween(1, 4);
        assertThat(mostAtOnce).hasValue(1);
    }

    private PeriodicJob job(JobRuns runs, Duration interval, Runnable pass) {
        return new PeriodicJob(runs, job, true, Duration.ZERO, interval) {
            @Override
            protected void pass() {
                pass.run();
            }
        };
    }

    /** The job's row: instance, passes and last error. */
    private String row() throws Exception {
        try (Connection c = TestServices.ownerConnection();
                var st = c.prepareStatement("select instance, passes, last_error from job_run where name = ?")) {
            st.setString(1, job);
            var rs = st.executeQuery();
            assertThat(rs.next()).as("the job's row").isTrue();
            return rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
