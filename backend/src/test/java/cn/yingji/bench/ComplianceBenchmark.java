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
import static cn.yingji.bench.BenchSupport.single;
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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The compliance-dashboard benchmark (合规看板, docs/compliance.md), run by {@code ./yingji bench} after the national
 * snapshot of the month has been computed from the 2 M plans and 5 M drills ({@code --yingji.compliance.snapshot-now}).
 * For a county, a city and a province it times the dashboard API ({@code GET /api/v1/compliance/{own code}}) and
 * the trend API against the statements they send, run straight against PostgreSQL as the API's role under
 * row-level security, in transactions with the tenant context, exactly as the API runs them. The totals of API
 * and SQL must agree, or the run fails. Goals: dashboard API p95 ≤ 300 ms and API/SQL p95 ≤ 1.2.
 */
public final class ComplianceBenchmark {

    private static final String SUBTREE = "tenant_path <@ ?::ltree";

    private final BenchSupport.Api api;
    private final BenchSupport.Report report = new BenchSupport.Report();
    private final String app;
    private final String jdbcUrl;
    private final int iterations;

    private record Viewer(String tier, String user, String code, String path) {
    }

    private ComplianceBenchmark(Map<String, String> opt) {
        this.app = opt.getOrDefault("app", "http://localhost:8090");
        this.api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));
        this.jdbcUrl = jdbcUrl(opt);
        this.iterations = iterations(opt, 100);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        ComplianceBenchmark bench = new ComplianceBenchmark(opt);
        bench.run();
        write(opt, "bench-compliance.md", bench.report);
    }

    private void run() throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        report.line("# Yingji compliance-dashboard benchmark — %s", OffsetDateTime.now());
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            long snapshots = scalarLong(c, "select count(*) from compliance_snapshot where month = date '" + month.atDay(1) + "'");
            long tenants = scalarLong(c, "select count(*) from tenant");
            if (snapshots != tenants) {
                throw new IllegalStateException(snapshots + " snapshots of " + month + " for " + tenants + " tenants: compute them first");
            }
            // the trend reads twelve months: earlier months are copies of this one (the job keeps one row a month)
            try (var st = c.createStatement()) {
                st.execute("delete from compliance_snapshot where computed_by = 'bench-copy'");
                st.execute("insert into compliance_snapshot (tenant_code, tenant_path, sharing, month, as_of, plans_required, "
                        + "plans_filed, plans_in_force, filings, filings_on_time, evaluations_overdue, drill_items, drills_overdue, "
                        + "drills_held, actions_total, actions_overdue, experts, expert_types, tasks_total, tasks_done, tasks_overdue, "
                        + "computed_by) select tenant_code, tenant_path, sharing, (month - make_interval(months => m))::date, "
                        + "(month - make_interval(months => m))::date, plans_required, plans_filed, plans_in_force, filings, "
                        + "filings_on_time, evaluations_overdue, drill_items, drills_overdue, drills_held, actions_total, "
                        + "actions_overdue, experts, expert_types, tasks_total, tasks_done, tasks_overdue, 'bench-copy' "
                        + "from compliance_snapshot cross join generate_series(1, 11) m where month = date '" + month.atDay(1)
                        + "' on conflict (tenant_code, month) do nothing");
                st.execute("vacuum analyze compliance_snapshot");
            }
            report.line("tenants: %,d; snapshots: %,d (this month, computed from plans: %,d, drills: %,d, corrective actions: %,d, "
                    + "experts: %,d); 11 earlier months copied for the trend", tenants, snapshots,
                    scalarLong(c, "select count(*) from plan"), scalarLong(c, "select count(*) from drill"),
                    scalarLong(c, "select count(*) from corrective_action"), scalarLong(c, "select count(*) from expert"));
            report.line("computed by: %s", BenchSupport.scalar(c, "select string_agg(distinct computed_by, ', ') from compliance_snapshot"
                    + " where month = date '" + month.atDay(1) + "'"));
        }
        int warmup = warmup(iterations);
        report.line("iterations per case: %d (after %d warm-up)", iterations, warmup);
        List<Viewer> viewers = List.of(viewer("county", "wc-county"), viewer("city", "wf-city"), viewer("province", "sd-province"));
        try (Connection c = DriverManager.getConnection(jdbcUrl, "yingji_app", "yingji_app")) {
            c.setAutoCommit(false);
            List<Double> apiAll = new ArrayList<>(), sqlAll = new ArrayList<>();
            report.line("\n## Dashboard (GET /api/v1/compliance/{code}): API vs its statements under RLS (yingji_app)\n");
            report.line("| viewer | tenants in subtree | lines | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95 |");
            report.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (Viewer v : viewers) {
                timed(c, v, "", warmup, apiAll, sqlAll, month, false);
            }
            double[] a = unbox(apiAll), s = unbox(sqlAll);
            report.line("| **all** | | | %s | **%s** | %s | %s | **%.2f** | **%.2f** |", f(p(a, 50)), f(p(a, 95)), f(p(s, 50)),
                    f(p(s, 95)), p(a, 50) / p(s, 50), p(a, 95) / p(s, 95));
            report.line("\nGoals: dashboard API p95 ≤ 300 ms → %s; API/SQL p95 ≤ 1.2 → %s", verdict(p(a, 95) <= 300),
                    verdict(p(a, 95) / p(s, 95) <= 1.2));

            apiAll.clear();
            sqlAll.clear();
            report.line("\n## Trend (GET /api/v1/compliance/{code}/trend, 12 months): API vs its statements\n");
            report.line("| viewer | tenants in subtree | months | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95 |");
            report.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (Viewer v : viewers) {
                timed(c, v, "/trend", warmup, apiAll, sqlAll, month, true);
            }
            a = unbox(apiAll);
            s = unbox(sqlAll);
            report.line("| **all** | | | %s | **%s** | %s | %s | **%.2f** | **%.2f** |", f(p(a, 50)), f(p(a, 95)), f(p(s, 50)),
                    f(p(s, 95)), p(a, 50) / p(s, 50), p(a, 95) / p(s, 95));
        }
    }

    private void timed(Connection c, Viewer v, String part, int warmup, List<Double> apiAll, List<Double> sqlAll,
            YearMonth month, boolean trend) throws Exception {
        String url = app + "/api/v1/compliance/" + v.code() + part;
        double[] apiMs = new double[iterations], sqlMs = new double[iterations];
        int[] sizes = {0, 0};
        for (int i = -warmup; i < iterations; i++) {
            long t0 = System.nanoTime();
            JsonNode body = api.get(v.user(), url);
            long t1 = System.nanoTime();
            int[] n = trend ? trendSql(c, v, month) : dashboardSql(c, v, month);
            long t2 = System.nanoTime();
            if (i >= 0) {
                apiMs[i] = ms(t1 - t0);
                sqlMs[i] = ms(t2 - t1);
                apiAll.add(apiMs[i]);
                sqlAll.add(sqlMs[i]);
            }
            int lines = trend ? body.path("months").size() : body.path("rows").size();
            int required = trend ? body.path("months").get(11).path("values").path("plans-required").asInt()
                    : body.path("total").path("values").path("plans-required").asInt();
            if (lines != n[1] || required != n[2]) {
                throw new IllegalStateException("API (" + lines + " lines, " + required + " required plans) and SQL (" + n[1]
                        + ", " + n[2] + ") disagree for " + v.user() + part);
            }
            sizes = n;
        }
        report.line("| %s %s | %,d | %d | %s | %s | %s | %s | %.2f | %.2f |", v.tier(), v.user(), sizes[0], sizes[1],
                f(p(apiMs, 50)), f(p(apiMs, 95)), f(p(sqlMs, 50)), f(p(sqlMs, 95)), p(apiMs, 50) / p(sqlMs, 50),
                p(apiMs, 95) / p(sqlMs, 95));
    }

    /**
     * What {@code ComplianceService.dashboard} sends: the tenant within the viewer's subtree (its own transaction),
     * then the month's snapshots of the subtree, the subtree's size, the tenant's policy, its children with theirs,
     * and the breadcrumbs. Returns {tenants, lines, 应有预案 in total}.
     */
    private static int[] dashboardSql(Connection c, Viewer v, YearMonth month) throws SQLException {
        enter(c, v.path(), v.code());
        rows(c, "select code, name, tier, path from tenant where code = ? and path <@ ?::ltree", v.code(), v.path());
        c.commit();
        enter(c, v.path(), v.code());
        int required = 0;
        int snapshots = 0;
        try (PreparedStatement st = c.prepareStatement("select * from compliance_snapshot where month between ? and ? and "
                + SUBTREE)) {
            st.setObject(1, month.atDay(1));
            st.setObject(2, month.atDay(1));
            st.setString(3, v.path());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    required += rs.getInt("plans_required");
                    snapshots++;
                }
            }
        }
        int tenants = (int) single(c, "select count(*) from tenant where path <@ ?::ltree", v.path());
        if (tenants != snapshots) {
            throw new IllegalStateException(v.user() + ": " + snapshots + " snapshots for " + tenants + " tenants");
        }
        rows(c, "select policy from tenant where code = ?", v.code());
        int children = rows(c, "select code, name, tier, path, policy from tenant where parent_code = ? order by code", v.code());
        rows(c, "select code, name, tier from tenant where path @> ?::ltree and path <@ ?::ltree and code <> ? order by nlevel(path)",
                v.path(), v.path(), v.code());
        c.commit();
        return new int[] {tenants, children + 1, required};
    }

    /** What {@code ComplianceService.trend} sends: the tenant, the current month's completeness, twelve months of snapshots. */
    private static int[] trendSql(Connection c, Viewer v, YearMonth month) throws SQLException {
        enter(c, v.path(), v.code());
        rows(c, "select code, name, tier, path from tenant where code = ? and path <@ ?::ltree", v.code(), v.path());
        c.commit();
        enter(c, v.path(), v.code());
        int current = rows(c, "select * from compliance_snapshot where month between ? and ? and " + SUBTREE, month.atDay(1),
                month.atDay(1), v.path());
        int tenants = (int) single(c, "select count(*) from tenant where path <@ ?::ltree", v.path());
        if (current != tenants) {
            throw new IllegalStateException(v.user() + ": " + current + " snapshots for " + tenants + " tenants");
        }
        c.commit();
        enter(c, v.path(), v.code());
        rows(c, "select policy from tenant where code = ?", v.code());
        int required = 0;
        try (PreparedStatement st = c.prepareStatement("select * from compliance_snapshot where month between ? and ? and "
                + SUBTREE)) {
            st.setObject(1, month.minusMonths(11).atDay(1));
            st.setObject(2, month.atDay(1));
            st.setString(3, v.path());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (rs.getObject("month", java.time.LocalDate.class).equals(month.atDay(1))) {
                        required += rs.getInt("plans_required");
                    }
                }
            }
        }
        c.commit();
        return new int[] {tenants, 12, required};
    }

    private Viewer viewer(String tier, String user) throws Exception {
        JsonNode me = api.get(user, app + "/api/v1/me");
        return new Viewer(tier, user, me.path("tenant").path("code").asString(), me.path("tenant").path("path").asString());
    }
}
