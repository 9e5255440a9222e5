package cn.yingji.bench;

import static cn.yingji.bench.BenchSupport.f;
import static cn.yingji.bench.BenchSupport.iterations;
import static cn.yingji.bench.BenchSupport.jdbcUrl;
import static cn.yingji.bench.BenchSupport.ms;
import static cn.yingji.bench.BenchSupport.options;
import static cn.yingji.bench.BenchSupport.p;
import static cn.yingji.bench.BenchSupport.scalarLong;
import static cn.yingji.bench.BenchSupport.unbox;
import static cn.yingji.bench.BenchSupport.warmup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The expert-matching benchmark (docs/benchmarks.md, docs/experts.md), run by {@code infra/bench/bench-experts.sh}
 * against a running app, PostgreSQL, Elasticsearch and Keycloak holding the generated expert pool. Not a test
 * (the name keeps Surefire and Failsafe away): it prints figures and appends them to a file.
 * <p>
 * For a county, a city and a province viewer it asks {@code GET /api/v1/plans/{id}/expert-candidates} for the
 * viewer's own plans in turn (each with its event types and owning unit) and reports the API's latency and
 * Elasticsearch's {@code took} for the same request (the API returns it as {@code tookMillis}), p50 and p95.
 */
public final class ExpertBenchmark {

    private static final int PLANS_PER_VIEWER = 20;

    private final Map<String, String> opt;
    private final String app;
    private final String jdbcUrl;
    private final String pgUser;
    private final int iterations;
    private final Path out;
    private final BenchSupport.Api api;
    private final BenchSupport.Report report = new BenchSupport.Report();

    private record Viewer(String tier, String user, String code) {
    }

    private ExpertBenchmark(Map<String, String> opt) {
        this.opt = opt;
        this.app = opt.getOrDefault("app", "http://localhost:8090");
        this.api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));
        this.jdbcUrl = jdbcUrl(opt);
        this.pgUser = opt.getOrDefault("pg-user", "postgres");
        this.iterations = iterations(opt, 200);
        this.out = Path.of(opt.getOrDefault("out", "bench-results.md"));
    }

    public static void main(String[] args) throws Exception {
        new ExpertBenchmark(options(args)).run();
    }

    private void run() throws Exception {
        List<Viewer> viewers = List.of(new Viewer("county", "wc-county", "370702"), new Viewer("city", "wf-city", "370700"),
                new Viewer("province", "sd-province", "370000"));
        report.line("\n# Yingji expert matching benchmark — %s\n", OffsetDateTime.now());
        try (Connection c = DriverManager.getConnection(jdbcUrl, pgUser, "")) {
            report.line("experts: %,d (in pool and available: %,d); plans: %,d", scalarLong(c, "select count(*) from expert"),
                    scalarLong(c, "select count(*) from expert where in_pool and availability = 'available'"),
                    scalarLong(c, "select count(*) from plan"));
            report.line("iterations per viewer: %d (after %d warm-up), cycling through up to %d own plans\n", iterations,
                    warmup(iterations), PLANS_PER_VIEWER);
            report.line("| viewer | experts visible | candidates per plan (avg) | API p50 | API p95 | ES took p50 | ES took p95 |");
            report.line("|---|---:|---:|---:|---:|---:|---:|");
            List<Double> apiAll = new ArrayList<>(), tookAll = new ArrayList<>();
            List<BenchSupport.Call> calls = new ArrayList<>();
            for (Viewer v : viewers) {
                for (String plan : plans(c, v.code())) {
                    calls.add(() -> api.get(v.user(), app + "/api/v1/plans/" + plan + "/expert-candidates?size=20"));
                }
            }
            int warmed = calls.isEmpty() ? 0 : BenchSupport.warm(opt, calls);
            for (Viewer v : viewers) {
                List<String> plans = plans(c, v.code());
                if (plans.isEmpty()) {
                    report.line("| %s %s | | | no plan with event types: skipped | | | |", v.tier(), v.user());
                    continue;
                }
                long visible = api.get(v.user(), app + "/api/v1/experts/search?size=1").path("total").asLong();
                double[] apiMs = new double[iterations], took = new double[iterations];
                long offered = 0;
                for (int i = -warmup(iterations); i < iterations; i++) {
                    String plan = plans.get(Math.floorMod(i, plans.size()));
                    long t0 = System.nanoTime();
                    JsonNode result = api.get(v.user(), app + "/api/v1/plans/" + plan + "/expert-candidates?size=20");
                    long t1 = System.nanoTime();
                    if (i >= 0) {
                        apiMs[i] = ms(t1 - t0);
                        took[i] = result.path("tookMillis").asDouble();
                        offered += result.path("items").size();
                        apiAll.add(apiMs[i]);
                        tookAll.add(took[i]);
                    }
                }
                report.line("| %s %s | %,d | %.1f | %s | %s | %s | %s |", v.tier(), v.user(), visible, (double) offered / iterations,
                        f(p(apiMs, 50)), f(p(apiMs, 95)), f(p(took, 50)), f(p(took, 95)));
            }
            double[] a = unbox(apiAll), t = unbox(tookAll);
            report.line("| **all** | | | %s | **%s** | %s | **%s** |", f(p(a, 50)), f(p(a, 95)), f(p(t, 50)), f(p(t, 95)));
            report.line("\nafter a warm-up of %,d untimed requests (--warm-seconds); the app's own time (API p50 − took p50): %s",
                    warmed, f(p(a, 50) - p(t, 50)));
        }
        Files.writeString(out, report.text.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("\nfigures appended to " + out.toAbsolutePath());
    }

    /** The viewer's own plans that name event types (matching needs them), a stable sample. */
    private static List<String> plans(Connection c, String tenantCode) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id::text from plan where tenant_code = ?"
                + " and cardinality(event_types) > 0 order by id limit " + PLANS_PER_VIEWER)) {
            ps.setString(1, tenantCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

}
