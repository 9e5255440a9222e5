package cn.yingji.bench;

import static cn.yingji.bench.BenchSupport.f;
import static cn.yingji.bench.BenchSupport.jdbcUrl;
import static cn.yingji.bench.BenchSupport.options;
import static cn.yingji.bench.BenchSupport.p;
import static cn.yingji.bench.BenchSupport.unbox;
import static cn.yingji.bench.BenchSupport.verdict;
import static cn.yingji.bench.BenchSupport.write;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * 消息中心 under load (issue 13): {@code --streams} (1,000) open notification streams of 潍坊市's reviewers, then
 * {@code --notifications} (50) notifications to them, each committed by its own transaction as the app's
 * {@code app.notify} writes them, {@code --gap-ms} (200) apart. For every stream and notification: the time from the
 * commit's return to the event's arrival at the client (commit → browser event). Goal: p99 ≤ 1 s.
 */
public final class NotificationBenchmark {

    private NotificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        BenchSupport.Report report = new BenchSupport.Report();
        String app = opt.getOrDefault("app", "http://localhost:8090");
        int streams = Integer.parseInt(opt.getOrDefault("streams", "1000"));
        int notifications = Integer.parseInt(opt.getOrDefault("notifications", "50"));
        long gap = Long.parseLong(opt.getOrDefault("gap-ms", "200"));
        BenchSupport.Api api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));

        report.line("# Yingji notification benchmark — %s", OffsetDateTime.now());
        report.line("streams: %,d (潍坊市's reviewers, one token); notifications: %d, %d ms apart", streams, notifications, gap);

        // the commit time of each notification's title, and every arrival
        Map<String, Long> committed = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        String run = "基准消息-" + Long.toHexString(System.nanoTime());
        BenchSupport.Streams open = new BenchSupport.Streams(api, app, java.util.Collections.nCopies(streams, "wf-city"), run,
                (who, line, now) -> {
                    int at = line.indexOf(run);
                    Long commit = committed.get(line.substring(at, line.indexOf('"', at)));
                    if (commit != null) {
                        // an event may come before the client hears its commit return
                        latencies.add(commit == 0 ? 0 : Math.max(0, (now - commit) / 1e6));
                    }
                });
        report.line(open.summary("streams"));

        try (Connection c = DriverManager.getConnection(jdbcUrl(opt), "yingji_app", "yingji_app")) {
            c.setAutoCommit(false);
            for (int i = 0; i < notifications; i++) {
                String title = run + "-" + i;
                try (var st = c.createStatement()) {
                    st.execute("select set_config('app.tenant_path', 'p37.c3707.x370702', true), "
                            + "set_config('app.tenant_code', '370702', true), set_config('app.readership', 'office', true), "
                            + "set_config('app.username', 'bench', true)");
                }
                try (var st = c.prepareStatement("select app.notify('370700', 'reviewer', null, 'filing_submitted', ?, "
                        + "'基准测试', null, null)")) {
                    st.setString(1, title);
                    st.execute();
                }
                committed.put(title, 0L);
                c.commit();
                committed.put(title, System.nanoTime());
                Thread.sleep(gap);
            }
            Thread.sleep(Duration.ofSeconds(3));
        }
        // the benchmark's notifications are no demo data
        try (Connection c = DriverManager.getConnection(jdbcUrl(opt), "postgres", ""); var st = c.createStatement()) {
            st.execute("delete from notification where title like '" + run + "%'");
        }
        open.close();
        int expected = open.open.get() * notifications;
        double[] l = unbox(new ArrayList<>(latencies));
        report.line("\n| events expected | received | p50 | p95 | p99 | max |");
        report.line("|---:|---:|---:|---:|---:|---:|");
        report.line("| %,d | %,d | %s | %s | **%s** | %s |", expected, l.length, f(p(l, 50)), f(p(l, 95)), f(p(l, 99)),
                f(p(l, 100)));
        report.line("\nGoal: commit → browser event p99 ≤ 1 s with %,d open streams → %s", streams,
                verdict(l.length == expected && p(l, 99) <= 1000));
        write(opt, "bench-notifications.md", report);
        System.exit(0);
    }
}
