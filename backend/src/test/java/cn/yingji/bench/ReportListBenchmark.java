package cn.yingji.bench;

import static cn.yingji.bench.BenchSupport.enter;
import static cn.yingji.bench.BenchSupport.f;
import static cn.yingji.bench.BenchSupport.iterations;
import static cn.yingji.bench.BenchSupport.jdbcUrl;
import static cn.yingji.bench.BenchSupport.ms;
import static cn.yingji.bench.BenchSupport.options;
import static cn.yingji.bench.BenchSupport.p;
import static cn.yingji.bench.BenchSupport.rows;
import static cn.yingji.bench.BenchSupport.scalarLong;
import static cn.yingji.bench.BenchSupport.unbox;
import static cn.yingji.bench.BenchSupport.verdict;
import static cn.yingji.bench.BenchSupport.warmup;
import static cn.yingji.bench.BenchSupport.write;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The report list at national scale (信息报送, issue 14, docs/benchmarks.md), run by {@code ./yingji bench
 * --report-list} on generated events and reports (infra/bench/generate-reports.sql: 1 M events, 5 M reports in every
 * county, the 初报 read by the city above). For a county, a city and a province official it times the list the
 * console and the reports page ask for ({@code GET /api/v1/reports?scope=…}, the newest 200) against the statements
 * the API sends for it (the newest 200 of the viewer's subtree under row-level security, then their events' titles,
 * the tenants' names and the readings), run as the API's role with the tenant context. API and SQL must return the same number of reports,
 * or the run fails. Goal: API p95 ≤ 1.3× its SQL.
 */
public final class ReportListBenchmark {

    private final BenchSupport.Api api;
    private final BenchSupport.Report report = new BenchSupport.Report();
    private final String app;
    private final String jdbcUrl;
    private final int iterations;

    private record Viewer(String tier, String user, String scope, String code, String path) {
    }

    private ReportListBenchmark(Map<String, String> opt) {
        this.app = opt.getOrDefault("app", "http://localhost:8090");
        this.api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));
        this.jdbcUrl = jdbcUrl(opt);
        this.iterations = iterations(opt, 100);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        ReportListBenchmark bench = new ReportListBenchmark(opt);
        bench.run();
        write(opt, "bench-report-list.md", bench.report);
    }

    private void run() throws Exception {
        report.line("# Yingji report list benchmark — %s", OffsetDateTime.now());
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            report.line("tenants: %,d; events: %,d; reports: %,d; readings: %,d",
                    scalarLong(c, "select count(*) from tenant"), scalarLong(c, "select count(*) from event"),
                    scalarLong(c, "select count(*) from event_report"), scalarLong(c, "select count(*) from report_reading"));
        }
        int warmup = warmup(iterations);
        report.line("iterations per viewer: %d (after %d warm-up)", iterations, warmup);
        List<Viewer> viewers = List.of(viewer("county", "wc-county", "all"), viewer("city", "wf-city", "below"),
                viewer("province", "sd-province", "below"));
        List<Double> allApi = new ArrayList<>(), allSql = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "yingji_app", "yingji_app")) {
            c.setAutoCommit(false);
            report.line("\n## GET /api/v1/reports (the newest 200) vs its statements under RLS (yingji_app)\n");
            report.line("| viewer | scope | reports | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95 |");
            report.line("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            for (Viewer v : viewers) {
                timed(c, v, warmup, allApi, allSql);
            }
        }
        double[] a = unbox(allApi), s = unbox(allSql);
        report.line("| **all three** | | | %s | **%s** | %s | %s | **%.2f** | **%.2f** |", f(p(a, 50)), f(p(a, 95)),
                f(p(s, 50)), f(p(s, 95)), p(a, 50) / p(s, 50), p(a, 95) / p(s, 95));
        report.line("\nGoal: the report list API p95 ≤ 1.3× its SQL (p95) at national scale → %s",
                verdict(p(a, 95) / p(s, 95) <= 1.3));
    }

    private void timed(Connection c, Viewer v, int warmup, List<Double> allApi, List<Double> allSql) throws Exception {
        String url = app + "/api/v1/reports?scope=" + v.scope();
        double[] apiMs = new double[iterations], sqlMs = new double[iterations];
        long counted = 0;
        for (int i = -warmup; i < iterations; i++) {
            JsonNode body = api.get(v.user(), url);
            long t1 = System.nanoTime();
            enter(c, v.path(), v.code());
            int n = statements(c, v);
            c.commit();
            long t2 = System.nanoTime();
            if (i >= 0) {
                apiMs[i] = api.lastExchangeMs();
                sqlMs[i] = ms(t2 - t1);
                allApi.add(apiMs[i]);
                allSql.add(sqlMs[i]);
            }
            if (body.size() != n) {
                throw new IllegalStateException("API (" + body.size() + ") and SQL (" + n + ") disagree for " + v.user());
            }
            counted = n;
        }
        report.line("| %s %s | %s | %,d | %s | %s | %s | %s | %.2f | %.2f |", v.tier(), v.user(), v.scope(), counted,
                f(p(apiMs, 50)), f(p(apiMs, 95)), f(p(sqlMs, 50)), f(p(sqlMs, 95)), p(apiMs, 50) / p(sqlMs, 50),
                p(apiMs, 95) / p(sqlMs, 95));
    }

    /** What Reports.list sends: the newest 200, then their events' titles, the tenants' names, the readings. */
    private static int statements(Connection c, Viewer v) throws SQLException {
        String where = "where tenant_code = any(array(select t.code from tenant t where t.path <@ ?::ltree)) "
                + (v.scope().equals("below") ? "and tenant_code <> ? " : "");
        List<UUID> ids = new ArrayList<>();
        Set<UUID> events = new LinkedHashSet<>();
        Set<String> tenants = new LinkedHashSet<>();
        try (PreparedStatement st = c.prepareStatement("select * from event_report " + where
                + "order by reported_at desc, id limit 200")) {
            st.setString(1, v.path());
            if (v.scope().equals("below")) {
                st.setString(2, v.code());
            }
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    ids.add(rs.getObject("id", UUID.class));
                    events.add(rs.getObject("event_id", UUID.class));
                    tenants.add(rs.getString("tenant_code"));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        rows(c, "select id, title from event where id = any(?)", c.createArrayOf("uuid", events.toArray()));
        rows(c, "select code, name from tenant where code = any(?)", c.createArrayOf("text", tenants.toArray()));
        rows(c, "select r.report_id, r.reader_name, r.tenant_code, t.name, r.read_at from report_reading r "
                + "join tenant t on t.code = r.tenant_code where r.report_id = any(?) order by r.read_at",
                c.createArrayOf("uuid", ids.toArray()));
        return ids.size();
    }

    private Viewer viewer(String tier, String user, String scope) throws Exception {
        JsonNode me = api.get(user, app + "/api/v1/me");
        return new Viewer(tier, user, scope, me.path("tenant").path("code").asString(),
                me.path("tenant").path("path").asString());
    }
}
