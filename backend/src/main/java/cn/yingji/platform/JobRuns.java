package cn.yingji.platform;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs a periodic job's pass (定时任务) on one instance of the app only, however many run against the database:
 * <ul>
 * <li>one pass of a job at a time: the pass runs while this instance holds the job's PostgreSQL advisory lock, on
 * a connection of its own; PostgreSQL releases it when that connection ends, so an instance that dies mid-pass
 * blocks no one;</li>
 * <li>one pass per interval: the instance then claims the job's {@code job_run} row, which succeeds only when the
 * last pass, wherever it ran, started at least one interval ago.</li>
 * </ul>
 * The row tells an operator which instance ran the job last, when, how often, and its last failure.
 */
@Component
public class JobRuns {

    /** First key of the two-key advisory locks of the jobs (the second is the job's name). */
    private static final String LOCK_SPACE = "yingji-job";

    private final DataSource dataSource;
    private final String instance;

    @Autowired
    JobRuns(DataSource dataSource) {
        this(dataSource, ManagementFactory.getRuntimeMXBean().getName());
    }

    /** @param instance how this instance is named in {@code job_run} (by default {@code pid@host}) */
    JobRuns(DataSource dataSource, String instance) {
        this.dataSource = dataSource;
        this.instance = instance;
    }

    /** What became of a call of {@link #runIfDue}. */
    public enum Outcome {
        /** This instance ran the pass. */
        RAN,
        /** Another instance is running a pass now. */
        RUNNING_ELSEWHERE,
        /** A pass started less than an interval ago (here or elsewhere). */
        NOT_DUE
    }

    /**
     * Runs {@code pass} here if no instance is running the job and its last pass started at least {@code interval}
     * ago. A pass that throws is recorded ({@code last_error}) and rethrown; its interval counts from its start.
     */
    public Outcome runIfDue(String job, Duration interval, Runnable pass) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!lock(c, "pg_try_advisory_lock", job)) {
                return Outcome.RUNNING_ELSEWHERE;
            }
            try {
                if (!claim(c, job, interval)) {
                    return Outcome.NOT_DUE;
                }
                try {
                    pass.run();
                } catch (RuntimeException e) {
                    finish(c, job, e.toString());
                    throw e;
                }
                finish(c, job, null);
                return Outcome.RAN;
            } finally {
                lock(c, "pg_advisory_unlock", job);
            }
        }
    }

    private static boolean lock(Connection c, String function, String job) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select " + function + "(hashtext(?), hashtext(?))")) {
            st.setString(1, LOCK_SPACE);
            st.setString(2, job);
            var rs = st.executeQuery();
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private boolean claim(Connection c, String job, Duration interval) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                insert into job_run as r (name, instance, started_at) values (?, ?, now())
                on conflict (name) do update set instance = excluded.instance, started_at = excluded.started_at,
                    finished_at = null
                  where r.started_at <= now() - make_interval(secs => ?)
                returning r.name""")) {
            st.setString(1, job);
            st.setString(2, instance);
            st.setDouble(3, interval.toMillis() / 1000.0);
            return st.executeQuery().next();
        }
    }

    private void finish(Connection c, String job, String error) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "update job_run set finished_at = now(), passes = passes + 1, last_error = ? where name = ? and instance = ?")) {
            st.setString(1, error);
            st.setString(2, job);
            st.setString(3, instance);
            st.executeUpdate();
        }
    }
}
