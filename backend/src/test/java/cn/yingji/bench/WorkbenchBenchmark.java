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
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The workbench benchmark (工作台, issue 13, docs/benchmarks.md), run by {@code ./yingji bench --workbench} on the
 * generated plans, drills and units with their obligations (infra/bench/generate-obligations.sql). For a county, a
 * city and a province official it times what the workbench asks — 待办 ({@code GET /api/v1/obligations?scope=assigned
 * &state=open&limit=50}), 下级逾期 ({@code scope=below}), 关键数字 ({@code /summary}) — against the statements each
 * sends, run straight against PostgreSQL as the API's role under row-level security with the tenant context, as
 * the API runs them; API and SQL must return the same number of obligations, or the run fails. 时限办理
 * ({@code /figures}) is timed through the API only. Goals: a province official's workbench requests p95 ≤ 100 ms, and
 * ≤ 1.3× their SQL.
 */
public final class WorkbenchBenchmark {

    private static final String ITEM = "select o.*, owner.name, assignee.name from obligation o "
            + "join tenant owner on owner.code = o.tenant_code join tenant assignee on assignee.code = o.assignee_tenant_code ";
    private static final String BELOW = "assignee.path <@ ?::ltree and assignee.code <> ? and o.state = 'open' "
            + "and o.due_at < now()";

    private final BenchSupport.Api api;
    private final BenchSupport.Report report = new BenchSupport.Report();
    private final String app;
    private final String jdbcUrl;
    private final int iterations;

    private record Viewer(String tier, String user, String code, String path) {
    }

    /** One request of the workbench: its path, the statements it sends, and how many obligations the answer counts. */
    private interface Case {
        String path(Viewer v);

        long sql(Connection c, Viewer v) throws SQLException;

        long counted(JsonNode answer);
    }

    private WorkbenchBenchmark(Map<String, String> opt) {
        this.app = opt.getOrDefault("app", "http://localhost:8090");
        this.api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));
        this.jdbcUrl = jdbcUrl(opt);
        this.iterations = iterations(opt, 100);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        WorkbenchBenchmark bench = new WorkbenchBenchmark(opt);
        bench.run();
        write(opt, "bench-workbench.md", bench.report);
    }

    private void run() throws Exception {
        report.line("# Yingji workbench benchmark — %s", OffsetDateTime.now());
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            report.line("tenants: %,d; plans: %,d; drills: %,d; units: %,d; obligations: %,d (open: %,d, open and overdue: %,d)",
                    scalarLong(c, "select count(*) from tenant"), scalarLong(c, "select count(*) from plan"),
                    scalarLong(c, "select count(*) from drill"), scalarLong(c, "select count(*) from org_unit"),
                    scalarLong(c, "select count(*) from obligation"),
                    scalarLong(c, "select count(*) from obligation where state = 'open'"),
                    scalarLong(c, "select count(*) from obligation where state = 'open' and due_at < now()"));
        }
        int warmup = warmup(iterations);
        report.line("iterations per case: %d (after %d warm-up)", iterations, warmup);
        List<Viewer> viewers = List.of(viewer("county", "wc-county"), viewer("city", "wf-city"), viewer("province", "sd-province"));
        Map<String, Case> cases = Map.of(
                "待办 (assigned, open, 50)", new Case() {
                    public String path(Viewer v) {
                        return "/api/v1/obligations?scope=assigned&state=open&limit=50";
                    }

                    public long sql(Connection c, Viewer v) throws SQLException {
                        rows(c, "select policy from tenant where code = ?", v.code());
                        return rows(c, ITEM + "where o.assignee_tenant_code = ? and o.state = 'open' order by case when "
                                + "o.state = 'open' then 0 else 1 end, case when o.state = 'open' then o.due_at end, "
                                + "o.done_at desc limit 50", v.code());
                    }

                    public long counted(JsonNode answer) {
                        return answer.size();
                    }
                },
                "下级逾期 (below, 50)", new Case() {
                    public String path(Viewer v) {
                        return "/api/v1/obligations?scope=below&limit=50";
                    }

                    public long sql(Connection c, Viewer v) throws SQLException {
                        rows(c, "select policy from tenant where code = ?", v.code());
                        // each region's 50 longest overdue, then the 50 longest of them (Obligations.overdueBelow)
                        return rows(c, ITEM + "where o.id in (select oldest.id from tenant region cross join lateral "
                                + "(select each.id, each.due_at from obligation each where each.assignee_tenant_code = "
                                + "region.code and each.state = 'open' and each.due_at < now() order by each.due_at, "
                                + "each.id limit 50) oldest where region.path <@ ?::ltree and region.code <> ? "
                                + "order by oldest.due_at, oldest.id limit 50) order by o.due_at, o.id limit 50",
                                v.path(), v.code());
                    }

                    public long counted(JsonNode answer) {
                        return answer.size();
                    }
                },
                "关键数字 (summary)", new Case() {
                    public String path(Viewer v) {
                        return "/api/v1/obligations/summary";
                    }

                    public long sql(Connection c, Viewer v) throws SQLException {
                        single(c, "select count(*) from obligation where assignee_tenant_code = ? and state = 'open'", v.code());
                        single(c, "select count(*) from obligation where assignee_tenant_code = ? and state = 'open' "
                                + "and due_at < now()", v.code());
                        return single(c, "select count(*) from obligation o join tenant assignee on assignee.code = "
                                + "o.assignee_tenant_code where " + BELOW, v.path(), v.code());
                    }

                    public long counted(JsonNode answer) {
                        return answer.path("overdueBelow").asLong();
                    }
                });
        List<Double> provinceApi = new ArrayList<>(), provinceSql = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "yingji_app", "yingji_app")) {
            c.setAutoCommit(false);
            report.line("\n## The workbench's requests: API vs their statements under RLS (yingji_app)\n");
            report.line("| request | viewer | obligations | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95 "
                    + "| in the app p50 | app − db p50 |");
            report.line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (String name : List.of("待办 (assigned, open, 50)", "下级逾期 (below, 50)", "关键数字 (summary)")) {
                for (Viewer v : viewers) {
                    timed(c, name, cases.get(name), v, warmup, v.tier().equals("province") ? provinceApi : null,
                            v.tier().equals("province") ? provinceSql : null);
                }
            }
        }
        double[] a = unbox(provinceApi), s = unbox(provinceSql);
        report.line("| **province, all three** | | | %s | **%s** | %s | %s | **%.2f** | **%.2f** |", f(p(a, 50)),
                f(p(a, 95)), f(p(s, 50)), f(p(s, 95)), p(a, 50) / p(s, 50), p(a, 95) / p(s, 95));

        report.line("\n## 时限办理 (GET /api/v1/obligations/figures?region=own): API only\n");
        report.line("| viewer | lines | API p50 | API p95 |");
        report.line("|---|---:|---:|---:|");
        for (Viewer v : viewers) {
            double[] apiMs = new double[iterations];
            int lines = 0;
            for (int i = -warmup; i < iterations; i++) {
                JsonNode body = api.get(v.user(), app + "/api/v1/obligations/figures?region=" + v.code());
                if (i >= 0) {
                    apiMs[i] = api.lastExchangeMs();
                }
                lines = body.path("lines").size();
            }
            report.line("| %s %s | %d | %s | %s |", v.tier(), v.user(), lines, f(p(apiMs, 50)), f(p(apiMs, 95)));
        }
        report.line("\nGoals: a province official's workbench requests p95 ≤ 100 ms → %s; ≤ 1.3× their SQL (p95) → %s",
                verdict(p(a, 95) <= 100), verdict(p(a, 95) / p(s, 95) <= 1.3));
    }

    private void timed(Connection c, String name, Case kase, Viewer v, int warmup, List<Double> apiAll, List<Double> sqlAll)
            throws Exception {
        String url = app + kase.path(v);
        double[] apiMs = new double[iterations], sqlMs = new double[iterations];
        double[] inAppMs = new double[iterations], fixedMs = new double[iterations];
        long counted = 0;
        for (int i = -warmup; i < iterations; i++) {
            JsonNode body = api.get(v.user(), url);
            long t1 = System.nanoTime();
            BenchSupport.ServerTimes server = api.serverTiming();
            enter(c, v.path(), v.code());
            long n = kase.sql(c, v);
            c.commit();
            long t2 = System.nanoTime();
            if (i >= 0) {
                apiMs[i] = api.lastExchangeMs();
                sqlMs[i] = ms(t2 - t1);
                inAppMs[i] = server == null ? Double.NaN : server.appMs();
                fixedMs[i] = server == null ? Double.NaN : server.fixedMs();
                if (apiAll != null) {
                    apiAll.add(apiMs[i]);
                    sqlAll.add(sqlMs[i]);
                }
            }
            if (kase.counted(body) != n) {
                throw new IllegalStateException("API (" + kase.counted(body) + ") and SQL (" + n + ") disagree for "
                        + v.user() + " " + name);
            }
            counted = n;
        }
        report.line("| %s | %s %s | %,d | %s | %s | %s | %s | %.2f | %.2f | %s | %s |", name, v.tier(), v.user(), counted,
                f(p(apiMs, 50)), f(p(apiMs, 95)), f(p(sqlMs, 50)), f(p(sqlMs, 95)), p(apiMs, 50) / p(sqlMs, 50),
                p(apiMs, 95) / p(sqlMs, 95), f(p(inAppMs, 50)), f(p(fixedMs, 50)));
    }

    private Viewer viewer(String tier, String user) throws Exception {
        JsonNode me = api.get(user, app + "/api/v1/me");
        return new Viewer(tier, user, me.path("tenant").path("code").asString(), me.path("tenant").path("path").asString());
    }
}
