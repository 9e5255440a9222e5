package cn.yingji.bench;

import static cn.yingji.bench.BenchSupport.JSON;
import static cn.yingji.bench.BenchSupport.f;
import static cn.yingji.bench.BenchSupport.iterations;
import static cn.yingji.bench.BenchSupport.jdbcUrl;
import static cn.yingji.bench.BenchSupport.ms;
import static cn.yingji.bench.BenchSupport.options;
import static cn.yingji.bench.BenchSupport.p;
import static cn.yingji.bench.BenchSupport.scalar;
import static cn.yingji.bench.BenchSupport.scalarLong;
import static cn.yingji.bench.BenchSupport.unbox;
import static cn.yingji.bench.BenchSupport.verdict;
import static cn.yingji.bench.BenchSupport.warmup;
import static cn.yingji.bench.BenchSupport.write;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;


import tools.jackson.databind.JsonNode;

/**
 * The plan benchmark of issue 3 (docs/benchmarks.md), run by {@code infra/bench/bench.sh} against a running
 * app, PostgreSQL, Elasticsearch and Keycloak. Not a test (the name keeps Surefire and Failsafe away): it
 * prints figures and writes them to a file; goals are reported, never asserted.
 *
 * <ol>
 * <li>plan list: {@code GET /api/v1/plans} against the same two statements (count, page) over JDBC as
 * {@code yingji_app} with the same {@code set_config} calls in one transaction;</li>
 * <li>row-level security: that JDBC path against the same statements as {@code yingji_indexer}
 * (BYPASSRLS) with the read rule written out as an explicit WHERE; EXPLAIN of every statement must show
 * no sequential scan of {@code plan};</li>
 * <li>search: {@code GET /api/v1/plans/search} as the search page asks (facets included) against Elasticsearch's
 * {@code took} for the identical query sent directly — the app's own request, captured from the search slow log
 * (checked: same total and same first page);</li>
 * <li>outbox: plans created through the API at a steady rate, and the time from the API's answer until the
 * plan is searchable (a search by id sees it).</li>
 * </ol>
 */
public final class PlanBenchmark {

    private static final String INDEX = "yingji-plans";
    /** The plan searches measured here and in {@link ThroughputBenchmark}: what offices type into the search box. */
    static final List<String> SEARCH_QUERIES = List.of("危险化学品", "防汛", "森林火灾", "地震", "道路交通", "燃气 泄漏", "校园安全",
            "应急响应 先期处置", "大面积停电", "地质灾害 滑坡");
    /** cn.yingji.plans.Plans.SORTED_LIST_LIMIT */
    private static final int SORTED_LIST_LIMIT = 10_000;
    /** The read rule of app.protect_tenant_table, written out for a role that bypasses RLS. */
    private static final String VISIBLE = "(tenant_path = ?::ltree or sharing = 'public'"
            + " or (sharing in ('up', 'vertical') and tenant_path <@ ?::ltree)"
            + " or (sharing in ('down', 'vertical') and tenant_path @> ?::ltree))";

    private final Map<String, String> opt;
    private final String app;
    private final String esUrl;
    private final String kc;
    private final BenchSupport.Api api;
    private final HttpClient http;
    private final String jdbcUrl;
    private final int iterations;
    private final BenchSupport.Report report = new BenchSupport.Report();

    private record Viewer(String tier, String user, String code, String path) {
    }

    private record ListCase(String label, String status, String category) {
    }

    private PlanBenchmark(Map<String, String> opt) {
        this.opt = opt;
        this.app = opt.getOrDefault("app", "http://localhost:8090");
        this.esUrl = opt.getOrDefault("es", "http://127.0.0.1:29200");
        this.kc = opt.getOrDefault("kc", "http://localhost:28080");
        this.api = new BenchSupport.Api(kc);
        this.http = api.http;
        this.jdbcUrl = jdbcUrl(opt);
        this.iterations = iterations(opt, 100);
    }

    public static void main(String[] args) throws Exception {
        new PlanBenchmark(options(args)).run();
    }

    private void run() throws Exception {
        List<Viewer> viewers = List.of(viewer("county", "wc-county"), viewer("city", "wf-city"),
                viewer("province", "sd-province"));
        report.line("# Yingji plan benchmark — %s", OffsetDateTime.now());
        try (Connection c = connect("postgres", "")) {
            report.line("plans: %,d rows (table+indexes %s); search documents: %,d", scalarLong(c, "select count(*) from plan"),
                    scalar(c, "select pg_size_pretty(pg_total_relation_size('plan'))"), esCount());
        }
        report.line("iterations per case: %d (after %d warm-up)", iterations, warmup(iterations));
        if (!opt.containsKey("skip-list")) {
            planList(viewers);
        }
        if (!opt.containsKey("skip-search")) {
            search(viewers);
        }
        if (!opt.containsKey("skip-writes")) {
            int rate = Integer.parseInt(opt.getOrDefault("rate", "200"));
            // the same writes untimed first: a freshly started app measures its JIT, not its writes
            outbox(rate, Integer.parseInt(opt.getOrDefault("warm-seconds", "20")), false);
            outbox(rate, Integer.parseInt(opt.getOrDefault("seconds", "60")), true);
        }
        write(opt, "bench-results.md", report);
    }

    // ---------------------------------------------------------------- plan list and RLS

    private void planList(List<Viewer> viewers) throws Exception {
        List<ListCase> cases = List.of(new ListCase("all", null, null), new ListCase("status=filed", "filed", null),
                new ListCase("category=special", null, "special"));
        report.line("\n## Plan list: API vs direct SQL (RLS, yingji_app) vs explicit WHERE (yingji_indexer, BYPASSRLS)\n");
        report.line("| viewer | query | rows visible | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95 | no-RLS p50 | no-RLS p95 | RLS/no-RLS p50 | RLS/no-RLS p95 | indexes (RLS plan; no-RLS plan) |");
        report.line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        List<Double> apiAll = new ArrayList<>(), sqlAll = new ArrayList<>(), rawAll = new ArrayList<>();
        List<Double> inAppAll = new ArrayList<>(), fixedAll = new ArrayList<>();
        boolean allIndexed = true;
        int warmed;
        try (Connection rls = connect("yingji_app", "yingji_app"); Connection bypass = connect("yingji_indexer", "yingji_indexer")) {
            rls.setAutoCommit(false);
            bypass.setAutoCommit(false);
            List<BenchSupport.Call> calls = new ArrayList<>();
            for (Viewer v : viewers) {
                for (ListCase lc : cases) {
                    calls.add(() -> get(v, listUrl(lc)));
                    calls.add(() -> listRls(rls, v, lc));
                    calls.add(() -> listBypass(bypass, v, lc));
                }
            }
            warmed = BenchSupport.warm(opt, calls);
            for (Viewer v : viewers) {
                for (ListCase lc : cases) {
                    String url = listUrl(lc);
                    double[] api = new double[iterations], sql = new double[iterations], raw = new double[iterations];
                    long total = -1;
                    for (int i = -warmup(iterations); i < iterations; i++) {
                        long t0 = System.nanoTime();
                        JsonNode page = get(v, url);
                        long t1 = System.nanoTime();
                        BenchSupport.ServerTimes server = this.api.serverTiming();
                        long n = listRls(rls, v, lc);
                        long t2 = System.nanoTime();
                        long m = listBypass(bypass, v, lc);
                        long t3 = System.nanoTime();
                        if (i >= 0) {
                            api[i] = ms(t1 - t0);
                            sql[i] = ms(t2 - t1);
                            raw[i] = ms(t3 - t2);
                            inAppAll.add(server == null ? Double.NaN : server.appMs());
                            fixedAll.add(server == null ? Double.NaN : server.fixedMs());
                        }
                        total = page.path("total").asLong();
                        if (total != n || n != m) {
                            throw new IllegalStateException("the API (" + total + "), RLS SQL (" + n + ") and explicit WHERE ("
                                    + m + ") disagree for " + v.user() + " " + lc.label());
                        }
                    }
                    String plans = explainRls(rls, v, lc, total) + "; " + explainBypass(bypass, v, lc, total);
                    allIndexed &= !plans.contains("Seq Scan");
                    report.line("| %s %s | %s | %,d | %s | %s | %s | %s | %.2f | %.2f | %s | %s | %.2f | %.2f | %s |", v.tier(), v.user(),
                            lc.label(), total, f(p(api, 50)), f(p(api, 95)), f(p(sql, 50)), f(p(sql, 95)),
                            p(api, 50) / p(sql, 50), p(api, 95) / p(sql, 95), f(p(raw, 50)), f(p(raw, 95)),
                            p(sql, 50) / p(raw, 50), p(sql, 95) / p(raw, 95), plans);
                    for (int i = 0; i < iterations; i++) {
                        apiAll.add(api[i]);
                        sqlAll.add(sql[i]);
                        rawAll.add(raw[i]);
                    }
                }
            }
        }
        double[] a = unbox(apiAll), s = unbox(sqlAll), r = unbox(rawAll);
        report.line("| **all** | | | %s | %s | %s | %s | **%.2f** | **%.2f** | %s | %s | **%.2f** | **%.2f** | %s |", f(p(a, 50)),
                f(p(a, 95)), f(p(s, 50)), f(p(s, 95)), p(a, 50) / p(s, 50), p(a, 95) / p(s, 95), f(p(r, 50)), f(p(r, 95)),
                p(s, 50) / p(r, 50), p(s, 95) / p(r, 95), allIndexed ? "index in every plan" : "**SEQ SCAN FOUND**");
        report.line("\nafter a warm-up of %,d untimed calls (--warm-seconds); the app's fixed cost (API p50 − SQL p50): %s; "
                + "in the app (Server-Timing): answered in %s p50, of which %s outside its database work (app − db p50)",
                warmed, f(p(a, 50) - p(s, 50)), f(p(unbox(inAppAll), 50)), f(p(unbox(fixedAll), 50)));
        report.line("Goals: API/SQL ≤ 1.3 → p50 %s, p95 %s; RLS/no-RLS ≤ 1.1 → p50 %s, p95 %s; index used in every plan: %s",
                verdict(p(a, 50) / p(s, 50) <= 1.3), verdict(p(a, 95) / p(s, 95) <= 1.3), verdict(p(s, 50) / p(r, 50) <= 1.1),
                verdict(p(s, 95) / p(r, 95) <= 1.1), verdict(allIndexed));
    }

    private String listUrl(ListCase lc) {
        return app + "/api/v1/plans?page=0&size=20" + (lc.status() == null ? "" : "&status=" + lc.status())
                + (lc.category() == null ? "" : "&category=" + lc.category());
    }

    private static String filter(ListCase lc) {
        return (lc.status() == null ? "" : " and status = ?::plan_status")
                + (lc.category() == null ? "" : " and category = ?::plan_category");
    }

    private static int bindFilter(PreparedStatement ps, int i, ListCase lc) throws SQLException {
        if (lc.status() != null) {
            ps.setString(i++, lc.status());
        }
        if (lc.category() != null) {
            ps.setString(i++, lc.category());
        }
        return i;
    }

    private static String countSql(String where) {
        return "select count(*) from plan where " + where;
    }

    /** Plans.list's page: sorted when few rows are visible (Plans.newestFirst), else in index order. */
    private static String pageSql(String where, long visible) {
        return "select plan.* from plan where " + where + " order by "
                + (visible <= SORTED_LIST_LIMIT ? "updated_at + interval '0 seconds'" : "updated_at") + " desc, id limit ? offset ?";
    }

    /** What Plans.list does: set_config, count, page — one transaction as yingji_app. */
    private static long listRls(Connection c, Viewer v, ListCase lc) throws SQLException {
        try (PreparedStatement ctx = c.prepareStatement(
                "select set_config('app.tenant_path', ?, true), set_config('app.tenant_code', ?, true), set_config('app.readership', 'office', true)")) {
            ctx.setString(1, v.path());
            ctx.setString(2, v.code());
            ctx.executeQuery().close();
        }
        long total = count(c, countSql("true" + filter(lc)), ps -> bindFilter(ps, 1, lc));
        page(c, pageSql("true" + filter(lc), total), ps -> bindFilter(ps, 1, lc));
        c.commit();
        return total;
    }

    private static long listBypass(Connection c, Viewer v, ListCase lc) throws SQLException {
        Binder bind = ps -> {
            ps.setString(1, v.path());
            ps.setString(2, v.path());
            ps.setString(3, v.path());
            return bindFilter(ps, 4, lc);
        };
        long total = count(c, countSql(VISIBLE + filter(lc)), bind);
        page(c, pageSql(VISIBLE + filter(lc), total), bind);
        c.commit();
        return total;
    }

    private String explainRls(Connection c, Viewer v, ListCase lc, long total) throws SQLException {
        try (PreparedStatement ctx = c.prepareStatement(
                "select set_config('app.tenant_path', ?, true), set_config('app.tenant_code', ?, true), set_config('app.readership', 'office', true)")) {
            ctx.setString(1, v.path());
            ctx.setString(2, v.code());
            ctx.executeQuery().close();
        }
        String s = scans(c, countSql("true" + filter(lc)), ps -> bindFilter(ps, 1, lc)) + " / "
                + scans(c, pageSql("true" + filter(lc), total), ps -> bindPage(ps, bindFilter(ps, 1, lc)));
        c.commit();
        return s;
    }

    private String explainBypass(Connection c, Viewer v, ListCase lc, long total) throws SQLException {
        Binder bind = ps -> {
            ps.setString(1, v.path());
            ps.setString(2, v.path());
            ps.setString(3, v.path());
            return bindFilter(ps, 4, lc);
        };
        String s = scans(c, countSql(VISIBLE + filter(lc)), bind) + " / "
                + scans(c, pageSql(VISIBLE + filter(lc), total), ps -> bindPage(ps, bind.bind(ps)));
        c.commit();
        return s;
    }

    private interface Binder {
        int bind(PreparedStatement ps) throws SQLException;
    }

    private static int bindPage(PreparedStatement ps, int i) throws SQLException {
        ps.setInt(i++, 20);
        ps.setLong(i++, 0);
        return i;
    }

    private static long count(Connection c, String sql, Binder bind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void page(Connection c, String sql, Binder bind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindPage(ps, bind.bind(ps));
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getString(i);
                    }
                }
            }
        }
    }

    /** The scan nodes on table plan in the statement's EXPLAIN, e.g. "Bitmap Index Scan plan_tenant_path_idx". */
    private static String scans(Connection c, String sql, Binder bind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("explain (format json) " + sql)) {
            bind.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Set<String> found = new TreeSet<>();
                collectScans(JSON.readTree(rs.getString(1)), found);
                return String.join(", ", found);
            }
        }
    }

    private static void collectScans(JsonNode node, Set<String> found) {
        if (node.isObject()) {
            String type = node.path("Node Type").asString("");
            if (type.endsWith("Scan") && ("plan".equals(node.path("Relation Name").asString("")) || node.has("Index Name"))) {
                found.add(node.has("Index Name") ? type.replace(" Scan", "") + " " + node.path("Index Name").asString() : type);
            }
        }
        for (JsonNode child : node) {
            collectScans(child, found);
        }
    }

    // ---------------------------------------------------------------- search

    private void search(List<Viewer> viewers) throws Exception {
        List<String> queries = SEARCH_QUERIES;
        report.line("\n## Search: API vs Elasticsearch `took` of the identical query\n");
        SearchSlowLog slowLog = new SearchSlowLog(http, esUrl, INDEX, opt.containsKey("slowlog") ? Path.of(opt.get("slowlog")) : null);
        if (!slowLog.available()) {
            report.line("no search slow log (--slowlog): the app's requests cannot be captured, search skipped");
            return;
        }
        report.line("| viewer | API p50 | API p95 | took p50 | took p95 | API/took p95 | hits (min–max) |");
        report.line("|---|---:|---:|---:|---:|---:|---|");
        List<Double> apiAll = new ArrayList<>(), tookAll = new ArrayList<>();
        Map<Viewer, Map<String, String>> captured = new HashMap<>();
        List<BenchSupport.Call> calls = new ArrayList<>();
        for (Viewer v : viewers) {
            Map<String, String> sent = new HashMap<>();
            for (String q : queries) {
                sent.put(q, captured(slowLog, v, q));
                calls.add(() -> get(v, searchUrl(q)));
                calls.add(() -> http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + INDEX + "/_search"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(sent.get(q))).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            captured.put(v, sent);
        }
        int warmed = BenchSupport.warm(opt, calls);
        for (Viewer v : viewers) {
            List<Double> api = new ArrayList<>(), took = new ArrayList<>();
            long minHits = Long.MAX_VALUE, maxHits = 0;
            Map<String, String> sent = captured.get(v);
            int rounds = Math.max(1, iterations / queries.size() * 2);
            for (int round = -1; round < rounds; round++) {
                for (String q : queries) {
                    long t0 = System.nanoTime();
                    JsonNode result = get(v, searchUrl(q));
                    double apiMs = ms(System.nanoTime() - t0);
                    JsonNode raw = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + INDEX + "/_search"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(sent.get(q))).build(),
                            HttpResponse.BodyHandlers.ofString()).body());
                    List<String> apiIds = new ArrayList<>(), rawIds = new ArrayList<>();
                    // the direct request is the full-match one: past its hits the API adds partial matches and
                    // neighbours by meaning (a query no plan holds in full has only those)
                    result.path("items").forEach(it -> {
                        if ("full".equals(it.path("match").asString())) {
                            apiIds.add(it.path("id").asString());
                        }
                    });
                    raw.path("hits").path("hits").forEach(h -> rawIds.add(h.path("_id").asString()));
                    long total = result.path("total").asLong(), rawTotal = raw.path("hits").path("total").path("value").asLong();
                    if (total != rawTotal || !apiIds.equals(rawIds)) {
                        throw new IllegalStateException("API and direct query differ for " + v.user() + " q=" + q + ": "
                                + total + " vs " + rawTotal);
                    }
                    if (round >= 0) {
                        api.add(apiMs);
                        took.add(raw.path("took").asDouble());
                        minHits = Math.min(minHits, total);
                        maxHits = Math.max(maxHits, total);
                    }
                }
            }
            double[] a = unbox(api), t = unbox(took);
            report.line("| %s %s | %s | %s | %s | %s | %.2f | %,d–%,d |", v.tier(), v.user(), f(p(a, 50)), f(p(a, 95)), f(p(t, 50)),
                    f(p(t, 95)), p(a, 95) / p(t, 95), minHits, maxHits);
            apiAll.addAll(api);
            tookAll.addAll(took);
        }
        double[] a = unbox(apiAll), t = unbox(tookAll);
        report.line("| **all** | %s | **%s** | %s | %s | **%.2f** | |", f(p(a, 50)), f(p(a, 95)), f(p(t, 50)), f(p(t, 95)),
                p(a, 95) / p(t, 95));
        report.line("\nqueries: %s", String.join(" · ", queries));
        report.line("requests as the plan search page sends them (relevance order, first page of 20, facets=true); the direct"
                + " request is the app's own, taken from Elasticsearch's search slow log; after a warm-up of %,d untimed calls"
                + " (--warm-seconds); the app's own time (API p50 − took p50): %s", warmed, f(p(a, 50) - p(t, 50)));
        report.line("Goal: API/took p95 ≤ 1.2 → %s; absolute search API p95 at %,d documents: %s", verdict(p(a, 95) / p(t, 95) <= 1.2),
                esCount(), f(p(a, 95)));
    }

    /** What the plan search page asks (frontend/src/features/plans/plans.ts searchParams). */
    private String searchUrl(String q) {
        return app + "/api/v1/plans/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&sort=relevance&page=0&size=20&facets=true";
    }

    /** The request the app sends Elasticsearch for this viewer's search, as the slow log recorded it. */
    private String captured(SearchSlowLog slowLog, Viewer v, String q) throws Exception {
        slowLog.on();
        try {
            get(v, searchUrl(q));
        } finally {
            slowLog.off();
        }
        return slowLog.entries().stream().filter(e -> e.phase().equals("query") && !e.source().isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the slow log recorded no plan search for " + v.user() + " q=" + q))
                .source();
    }

    // ---------------------------------------------------------------- outbox

    /** Plans written at {@code rate} for {@code seconds}; the figures reported when {@code measured}. */
    private void outbox(int rate, int seconds, boolean measured) throws Exception {
        if (seconds <= 0) {
            return;
        }
        List<Viewer> writers = new ArrayList<>();
        for (String user : List.of("wc-county", "ht-county", "szq-county", "zs-county")) {
            writers.add(viewer("county", user));
        }
        Map<String, String> units = new HashMap<>();
        for (Viewer w : writers) {
            JsonNode list = get(w, app + "/api/v1/org-units");
            JsonNode first = list.isArray() ? list.get(0) : list.path("items").get(0);
            units.put(w.user(), first.path("id").asString());
        }
        int total = rate * seconds;
        long[] sent = new long[total], answered = new long[total], seen = new long[total];
        String[] ids = new String[total];
        int[] status = new int[total];
        Map<String, Integer> pending = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        String run = Long.toString(System.currentTimeMillis(), 36);
        var scheduler = Executors.newScheduledThreadPool(2);
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;
        AtomicInteger next = new AtomicInteger();
        var ticker = scheduler.scheduleAtFixedRate(() -> {
            // catch up to the schedule: the rate is kept even when a tick comes late
            long due = Math.min(total, (System.nanoTime() - start) / periodNanos + 1);
            for (int i = next.get(); i < due; i = next.incrementAndGet()) {
                int k = i;
                Viewer w = writers.get(k % writers.size());
                String body = JSON.writeValueAsString(Map.of("title", "基准测试" + run + "号危险化学品事故应急预案第" + k + "稿",
                        "category", "special", "eventTypes", List.of("危险化学品"), "ownerUnitId", units.get(w.user()),
                        "summary", "为提高危险化学品泄漏事故应急处置能力，最大程度减少人员伤亡和财产损失，制定本预案。基准测试写入。"));
                sent[k] = System.nanoTime();
                http.sendAsync(HttpRequest.newBuilder(URI.create(app + "/api/v1/plans")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token(w.user())).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((resp, err) -> {
                            answered[k] = System.nanoTime();
                            status[k] = resp == null ? -1 : resp.statusCode();
                            if (resp != null && resp.statusCode() / 100 == 2) {
                                ids[k] = JSON.readTree(resp.body()).path("id").asString();
                                pending.put(ids[k], k);
                            } else {
                                failures.incrementAndGet();
                            }
                            done.countDown();
                        });
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        // the searchable probe: every 50 ms one search by the ids still missing
        Thread probe = Thread.ofPlatform().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    List<String> batch = pending.keySet().stream().limit(2000).toList();
                    if (!batch.isEmpty()) {
                        String q = JSON.writeValueAsString(Map.of("size", batch.size(), "_source", false,
                                "query", Map.of("ids", Map.of("values", batch))));
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + INDEX + "/_search"))
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(q)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long now = System.nanoTime();
                        for (JsonNode hit : JSON.readTree(r.body()).path("hits").path("hits")) {
                            Integer k = pending.remove(hit.path("_id").asString());
                            if (k != null) {
                                seen[k] = now;
                            }
                        }
                    }
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    System.err.println("probe: " + e);
                }
            }
        });
        done.await(seconds + 120L, TimeUnit.SECONDS);
        ticker.cancel(false);
        long lastAnswer = Arrays.stream(answered).max().orElse(start);
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(measured ? 60 : 0);
        while (!pending.isEmpty() && System.nanoTime() < waitUntil) {
            Thread.sleep(100);
        }
        probe.interrupt();
        probe.join();
        scheduler.shutdownNow();
        if (!measured) {
            return;
        }
        List<Double> writeMs = new ArrayList<>(), visibleMs = new ArrayList<>();
        int ok = 0;
        for (int k = 0; k < total; k++) {
            if (answered[k] > 0) {
                writeMs.add(ms(answered[k] - sent[k]));
            }
            if (status[k] / 100 == 2) {
                ok++;
                if (seen[k] > 0) {
                    visibleMs.add(ms(seen[k] - answered[k]));
                }
            }
        }
        double achieved = ok / ((lastAnswer - start) / 1e9);
        double[] w = unbox(writeMs), vis = unbox(visibleMs);
        report.line("\n## Outbox: commit-to-searchable at %d writes/s for %d s (POST /api/v1/plans, 4 county users)\n", rate, seconds);
        report.line("| writes ok / sent | achieved rate | write p50 | write p95 | write p99 | searchable p50 | p95 | **p99** | max | never seen (60 s grace) |");
        report.line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        report.line("| %,d / %,d | %.0f/s | %s | %s | %s | %s | %s | **%s** | %s | %d |", ok, total, achieved, f(p(w, 50)), f(p(w, 95)),
                f(p(w, 99)), f(p(vis, 50)), f(p(vis, 95)), f(p(vis, 99)), f(p(vis, 100)), pending.size());
        report.line("\n(searchable = a search by id sees the plan; measured from the moment the API's answer arrived, i.e. after commit; probe every 50 ms)");
        if (failures.get() > 0) {
            report.line("failed writes: %d (status codes other than 2xx)", failures.get());
        }
    }

    // ---------------------------------------------------------------- helpers

    private Viewer viewer(String tier, String user) throws Exception {
        JsonNode me = get(new Viewer(tier, user, null, null), app + "/api/v1/me");
        return new Viewer(tier, user, me.path("tenant").path("code").asString(), me.path("tenant").path("path").asString());
    }

    private JsonNode get(Viewer v, String url) throws IOException, InterruptedException {
        return api.get(v.user(), url);
    }

    private String token(String user) {
        return api.token(user);
    }

    private long esCount() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + INDEX + "/_count")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).path("count").asLong(-1);
    }

    private Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

}
