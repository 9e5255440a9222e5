package cn.yingji.bench;

import static cn.yingji.bench.BenchSupport.enter;
import static cn.yingji.bench.BenchSupport.f;
import static cn.yingji.bench.BenchSupport.iterations;
import static cn.yingji.bench.BenchSupport.jdbcUrl;
import static cn.yingji.bench.BenchSupport.ms;
import static cn.yingji.bench.BenchSupport.options;
import static cn.yingji.bench.BenchSupport.p;
import static cn.yingji.bench.BenchSupport.rows;
import static cn.yingji.bench.BenchSupport.scalar;
import static cn.yingji.bench.BenchSupport.scalarLong;
import static cn.yingji.bench.BenchSupport.single;
import static cn.yingji.bench.BenchSupport.unbox;
import static cn.yingji.bench.BenchSupport.verdict;
import static cn.yingji.bench.BenchSupport.warmup;
import static cn.yingji.bench.BenchSupport.write;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The drill benchmark (issue 4, docs/benchmarks.md), run by {@code ./yingji bench --drills N} against the data of
 * infra/bench/generate-drills.sql. For a county, a city and a province it times
 * <ol>
 * <li>the drill list API ({@code GET /api/v1/drills}, unfiltered, by year, planned, joint) against the same SQL
 * sent straight to PostgreSQL as the API's role under row-level security, in one transaction with the tenant
 * context, exactly as the API runs it;</li>
 * <li>the drill-frequency status ({@code GET /api/v1/drills/compliance}) against its four queries sent the same way.</li>
 * </ol>
 * Goal: API p95 / SQL p95 ≤ 1.3. The totals of API and SQL must agree, or the run fails.
 */
public final class DrillBenchmark {

    private final BenchSupport.Api api;
    private final BenchSupport.Report report = new BenchSupport.Report();
    private final String app;
    private final String jdbcUrl;
    private final int iterations;
    private final Map<String, String> opt;

    private record Viewer(String tier, String user, String code, String path) {
    }

    /** A list query: its URL parameters and the matching SQL condition with its binds. */
    private record ListCase(String label, String params, String where, List<Object> binds) {
    }

    private DrillBenchmark(Map<String, String> opt) {
        this.opt = opt;
        this.app = opt.getOrDefault("app", "http://localhost:8090");
        this.api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));
        this.jdbcUrl = jdbcUrl(opt);
        this.iterations = iterations(opt, 100);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        DrillBenchmark bench = new DrillBenchmark(opt);
        bench.run();
        write(opt, "bench-drills.md", bench.report);
    }

    private void run() throws Exception {
        List<Viewer> viewers = List.of(viewer("county", "wc-county"), viewer("city", "wf-city"),
                viewer("province", "sd-province"));
        report.line("# Yingji drill benchmark — %s", OffsetDateTime.now());
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            report.line("drills: %,d rows (table+indexes %s); corrective actions: %,d; plans: %,d; org units: %,d",
                    scalarLong(c, "select count(*) from drill"), scalar(c, "select pg_size_pretty(pg_total_relation_size('drill'))"),
                    scalarLong(c, "select count(*) from corrective_action"), scalarLong(c, "select count(*) from plan"),
                    scalarLong(c, "select count(*) from org_unit"));
        }
        report.line("iterations per case: %d (after %d warm-up)", iterations, warmup(iterations));
        int year = cn.yingji.platform.China.today().getYear() - 1;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "yingji_app", "yingji_app")) {
            c.setAutoCommit(false);
            List<Double> apiAll = new ArrayList<>(), sqlAll = new ArrayList<>();
            if (!opt.containsKey("skip-list")) {
                report.line("\n## Drill list: API vs the same SQL under RLS (yingji_app)\n");
                report.line("| viewer | query | rows visible | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95 |");
                report.line("|---|---|---:|---:|---:|---:|---:|---:|---:|");
                for (Viewer v : viewers) {
                    for (ListCase lc : List.of(
                            new ListCase("all", "", "true", List.of()),
                            new ListCase("year=" + year, "&year=" + year,
                                    "drill_on between date '" + year + "-01-01' and date '" + year + "-12-31'", List.of()),
                            new ListCase("status=planned", "&status=planned", "status = 'planned'::drill_status", List.of()),
                            new ListCase("scope=joint", "&scope=joint", "participant_codes @> array[?]::text[]", List.of(v.code())))) {
                        listCase(c, v, lc, apiAll, sqlAll);
                    }
                }
                summary(apiAll, sqlAll, " | |");
            }

            apiAll.clear();
            sqlAll.clear();
            report.line("\n## Drill-frequency status (演练频次): API vs its four queries under RLS\n");
            report.line("| viewer | plans / units | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95 |");
            report.line("|---|---:|---:|---:|---:|---:|---:|---:|");
            for (Viewer v : viewers) {
                complianceCase(c, v, year, apiAll, sqlAll);
            }
            summary(apiAll, sqlAll, " |");
        }
    }

    private void listCase(Connection c, Viewer v, ListCase lc, List<Double> apiAll, List<Double> sqlAll) throws Exception {
        String url = app + "/api/v1/drills?page=0&size=20" + lc.params();
        double[] apiMs = new double[iterations], sqlMs = new double[iterations];
        long total = -1;
        for (int i = -warmup(iterations); i < iterations; i++) {
            long t0 = System.nanoTime();
            JsonNode page = api.get(v.user(), url);
            long t1 = System.nanoTime();
            long n = listSql(c, v, lc);
            long t2 = System.nanoTime();
            if (i >= 0) {
                apiMs[i] = ms(t1 - t0);
                sqlMs[i] = ms(t2 - t1);
                apiAll.add(apiMs[i]);
                sqlAll.add(sqlMs[i]);
            }
            total = page.path("total").asLong();
            if (total != n) {
                throw new IllegalStateException("API (" + total + ") and SQL (" + n + ") disagree for " + v.user() + " " + lc.label());
            }
        }
        report.line("| %s %s | %s | %,d | %s | %s | %s | %s | %.2f | %.2f |", v.tier(), v.user(), lc.label(), total,
                f(p(apiMs, 50)), f(p(apiMs, 95)), f(p(sqlMs, 50)), f(p(sqlMs, 95)), p(apiMs, 50) / p(sqlMs, 50),
                p(apiMs, 95) / p(sqlMs, 95));
    }

    /**
     * What {@code Drills.list} sends: the count, then the page with the tenant's, the organizer's and the regions'
     * names, sorted or read in index order by the count as {@code Drills.newestFirst} decides (threshold 10,000).
     */
    private static long listSql(Connection c, Viewer v, ListCase lc) throws SQLException {
        enter(c, v.path(), v.code());
        long total = single(c, "select count(*) from drill where " + lc.where(), lc.binds().toArray());
        rows(c, "select drill.*, tenant.name, org_unit.name, (select"
                + " coalesce(array_agg(t.name order by t.code), '{}') from tenant t where t.code = any(drill.participant_codes))"
                + " from drill"
                + " join tenant on tenant.code = drill.tenant_code left join org_unit on org_unit.id = drill.organizer_unit_id"
                + " where " + lc.where().replace("participant_codes", "drill.participant_codes")
                + " order by " + (total <= 10_000 ? "drill.drill_on + 0" : "drill.drill_on")
                + " desc, drill.id limit 20 offset 0", lc.binds().toArray());
        c.commit();
        return total;
    }

    private void complianceCase(Connection c, Viewer v, int year, List<Double> apiAll, List<Double> sqlAll) throws Exception {
        String url = app + "/api/v1/drills/compliance?year=" + year;
        double[] apiMs = new double[iterations], sqlMs = new double[iterations];
        int[] sizes = new int[2];
        for (int i = -warmup(iterations); i < iterations; i++) {
            long t0 = System.nanoTime();
            JsonNode body = api.get(v.user(), url);
            long t1 = System.nanoTime();
            int[] n = complianceSql(c, v, year);
            long t2 = System.nanoTime();
            if (i >= 0) {
                apiMs[i] = ms(t1 - t0);
                sqlMs[i] = ms(t2 - t1);
                apiAll.add(apiMs[i]);
                sqlAll.add(sqlMs[i]);
            }
            sizes = new int[] {body.path("plans").size(), body.path("units").size()};
            if (n[0] < sizes[0] || n[1] < sizes[1]) {
                throw new IllegalStateException("the API lists more plans/units than SQL finds for " + v.user());
            }
        }
        report.line("| %s %s | %,d / %,d | %s | %s | %s | %s | %.2f | %.2f |", v.tier(), v.user(), sizes[0], sizes[1],
                f(p(apiMs, 50)), f(p(apiMs, 95)), f(p(sqlMs, 50)), f(p(sqlMs, 95)), p(apiMs, 50) / p(sqlMs, 50),
                p(apiMs, 95) / p(sqlMs, 95));
    }

    /** What {@code DrillCompliance.of} sends: policy, last drills by plan, plans in force, last drills by unit, units, year counts, townships. */
    private static int[] complianceSql(Connection c, Viewer v, int year) throws SQLException {
        enter(c, v.path(), v.code());
        rows(c, "select policy from tenant where code = ?", v.code());
        rows(c, "select p.plan_id, max(d.held_on) from drill d cross join"
                + " lateral unnest(d.plan_ids) as p(plan_id) where d.status = 'held' and d.tenant_code in"
                + " (select code from tenant where path @> ?::ltree) group by p.plan_id", v.path());
        int plans = rows(c, "select plan.id, plan.title, plan.category, plan.issued_on,"
                + " org_unit.kind, org_unit.high_risk from plan join org_unit on org_unit.id = plan.owner_unit_id"
                + " where plan.tenant_code = ? and plan.status in ('issued', 'submitted', 'filed', 'returned')", v.code());
        rows(c, "select u.unit_id, max(d.held_on) from drill d cross join"
                + " lateral unnest(d.participating_unit_ids || d.organizer_unit_id) as u(unit_id)"
                + " where d.status = 'held' and d.tenant_code = ? group by u.unit_id", v.code());
        int units = rows(c, "select org_unit.id, org_unit.name, org_unit.kind,"
                + " org_unit.high_risk, org_unit.created_at from org_unit where org_unit.tenant_code = ?"
                + " and org_unit.kind <> 'village'", v.code());
        String held = "drill.status = 'held' and drill.held_on between ? and ?";
        LocalDate from = LocalDate.of(year, 1, 1), to = LocalDate.of(year, 12, 31);
        rows(c, "select count(*) filter (where tenant_code = ? and plan_year = ?),"
                + " count(*) filter (where tenant_code = ? and plan_year = ? and status = 'held'),"
                + " count(*) filter (where tenant_code = ? and plan_year = ? and status = 'cancelled'),"
                + " count(*) filter (where tenant_code = ? and " + held + "),"
                + " count(*) filter (where participant_codes @> array[?]::text[] and " + held + "),"
                + " count(*) filter (where tenant_code = ? and " + held + " and form = 'comprehensive')"
                + " from drill where tenant_code = ? or participant_codes @> array[?]::text[]", v.code(), year, v.code(), year,
                v.code(), year, v.code(), from, to, v.code(), from, to, v.code(), from, to, v.code(), v.code());
        rows(c, "select org_unit.id, org_unit.name, (select count(*) from drill"
                + " where drill.status = 'held' and drill.form = 'comprehensive' and drill.held_on between ? and ? and"
                + " drill.tenant_code = org_unit.tenant_code and"
                + " (drill.organizer_unit_id = org_unit.id or drill.participating_unit_ids @> array[org_unit.id]::uuid[]))"
                + " from org_unit where org_unit.tenant_code = ? and org_unit.kind = 'township' order by org_unit.name",
                from, to, v.code());
        c.commit();
        return new int[] {plans, units};
    }

    private void summary(List<Double> apiAll, List<Double> sqlAll, String leadingCells) {
        double[] a = unbox(apiAll), s = unbox(sqlAll);
        report.line("| **all** |" + leadingCells + " %s | %s | %s | %s | **%.2f** | **%.2f** |", f(p(a, 50)), f(p(a, 95)), f(p(s, 50)),
                f(p(s, 95)), p(a, 50) / p(s, 50), p(a, 95) / p(s, 95));
        report.line("\nGoal: API/SQL p95 ≤ 1.3 → %s", verdict(p(a, 95) / p(s, 95) <= 1.3));
    }

    private Viewer viewer(String tier, String user) throws Exception {
        JsonNode me = api.get(user, app + "/api/v1/me");
        return new Viewer(tier, user, me.path("tenant").path("code").asString(), me.path("tenant").path("path").asString());
    }
}
