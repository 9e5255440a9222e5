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
import static cn.yingji.bench.BenchSupport.warmup;
import static cn.yingji.bench.BenchSupport.write;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Like;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

import cn.yingji.search.SearchFilters;
import cn.yingji.search.TextQuery;
import cn.yingji.tenancy.SharingRule;
import tools.jackson.databind.JsonNode;

/**
 * The case-search benchmark (docs/benchmarks.md, docs/cases.md), run by {@code infra/bench/bench-cases.sh} against
 * a running app, PostgreSQL, Elasticsearch and Keycloak holding the generated case library. Not a test (the name
 * keeps Surefire and Failsafe away): it prints figures and writes them to a file; nothing is asserted beyond the
 * API and the direct query agreeing.
 * <ul>
 * <li>search: {@code GET /api/v1/cases/search} — single words, two words, facet filters, browsing without words —
 * for the expert {@code expert-demo} (published cases only), a province official ({@code sd-province}) and a county
 * officer ({@code wc-county});</li>
 * <li>similar cases: {@code GET /api/v1/cases/{id}/similar} for a sample of published cases, and
 * {@code POST /api/v1/cases/similar} with descriptions of unfolding events;</li>
 * </ul>
 * each against Elasticsearch's {@code took} of the identical request sent directly (the query of
 * {@code CaseQueries}, written out here: same total and same first page, or the run stops), p50, p95 and p99.
 */
public final class CaseBenchmark {

    private static final String INDEX = "yingji-cases";
    /** CaseQueries.TEXT_FIELDS, FACETS, SAME_TYPE_BONUS and CaseSearch.SUMMARY_FIELDS. */
    private static final List<String> TEXT_FIELDS = List.of("title", "summary", "timeline", "what_worked", "problems", "lessons");
    private static final List<String> FACETS = List.of("event_type", "severity", "province", "city", "year");
    private static final float SAME_TYPE_BONUS = 40f;
    private static final List<String> SUMMARY_FIELDS = List.of("title", "tenant_code", "tenant_name", "status",
            "event_type", "severity", "occurred_on", "place_name", "province", "city", "deaths");
    private static final int SIMILAR_SOURCES = 20;

    /** The case searches measured here and in {@link ThroughputBenchmark}. */
    static final List<SearchCase> SEARCHES = List.of(
            new SearchCase("word", "堤防", null, null, null, null),
            new SearchCase("word", "泄漏", null, null, null, null),
            new SearchCase("word", "脱轨", null, null, null, null),
            new SearchCase("word", "山洪", null, null, null, null),
            new SearchCase("word", "滑坡", null, null, null, null),
            new SearchCase("word", "火灾", null, null, null, null),
            new SearchCase("two words", "堤防 决口", null, null, null, null),
            new SearchCase("two words", "液氨 泄漏", null, null, null, null),
            new SearchCase("two words", "地质灾害 滑坡", null, null, null, null),
            new SearchCase("two words", "信息报送 预警", null, null, null, null),
            new SearchCase("facets", "决口", "洪涝灾害", null, null, null),
            new SearchCase("facets", "火灾", null, "major", null, null),
            new SearchCase("facets", "泄漏", "危险化学品", null, "山东省", null),
            new SearchCase("facets", null, "危险化学品", null, null, null),
            new SearchCase("facets", null, null, null, "山东省", "2020"));

    private static final List<String> DESCRIPTIONS = List.of(
            "今天凌晨持续强降雨，县城东河段堤防背水坡出现管涌，水位超过警戒水位，下游两个村约三千人受威胁，需要组织转移。",
            "高速公路上一辆液氨罐车追尾后发生泄漏，下风向有村庄和学校，现场有刺激性气味，交警已封闭道路。",
            "山区乡镇连续降雨后发生山体滑坡，掩埋多户民房，有群众被困，通往乡镇的道路中断。",
            "化工园区甲醇储罐着火并发生爆炸，有两名工人被困，消防救援力量正在赶赴现场。",
            "一列旅客列车在山区路段遇山体塌方脱轨，部分车厢侧翻，伤亡情况不明。");

    private final Map<String, String> opt;
    private final String app;
    private final String esUrl;
    private final BenchSupport.Api api;
    private final String jdbcUrl;
    private final int iterations;
    private final BenchSupport.Report report = new BenchSupport.Report();

    private record Viewer(String label, String user, String code, String path, boolean publishedOnly) {
    }

    record SearchCase(String kind, String q, String eventType, String severity, String region, String year) {

        String label() {
            List<String> parts = new ArrayList<>();
            if (q != null) {
                parts.add("「" + q + "」");
            }
            for (String[] kv : new String[][] {{"eventType", eventType}, {"severity", severity}, {"region", region},
                    {"year", year}}) {
                if (kv[1] != null) {
                    parts.add(kv[0] + "=" + kv[1]);
                }
            }
            return String.join(" ", parts);
        }

        String params() {
            StringBuilder s = new StringBuilder("size=20");
            for (String[] kv : new String[][] {{"q", q}, {"eventType", eventType}, {"severity", severity},
                    {"region", region}, {"year", year}}) {
                if (kv[1] != null) {
                    s.append('&').append(kv[0]).append('=').append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
                }
            }
            return s.toString();
        }
    }

    /** One timed pair: the API's latency at the client, Elasticsearch's {@code took}, the hits. */
    private record Sample(double api, double took, long hits) {
    }

    /** The samples of one cell of a table. */
    private static final class Cell {
        final List<Double> api = new ArrayList<>();
        final List<Double> took = new ArrayList<>();
        long minHits = Long.MAX_VALUE;
        long maxHits;

        void add(Sample s) {
            api.add(s.api());
            took.add(s.took());
            minHits = Math.min(minHits, s.hits());
            maxHits = Math.max(maxHits, s.hits());
        }

        void addAll(Cell other) {
            api.addAll(other.api);
            took.addAll(other.took);
            minHits = Math.min(minHits, other.minHits);
            maxHits = Math.max(maxHits, other.maxHits);
        }

        String figures() {
            double[] a = unbox(api), t = unbox(took);
            return String.format("%s | %s | %s | %s | %s | %s", f(p(a, 50)), f(p(a, 95)), f(p(a, 99)), f(p(t, 50)),
                    f(p(t, 95)), f(p(t, 99)));
        }

        String hits() {
            return minHits == Long.MAX_VALUE ? "" : String.format("%,d–%,d", minHits, maxHits);
        }
    }

    private CaseBenchmark(Map<String, String> opt) {
        this.opt = opt;
        this.app = opt.getOrDefault("app", "http://localhost:8090");
        this.esUrl = opt.getOrDefault("es", "http://127.0.0.1:29200");
        this.api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));
        this.jdbcUrl = jdbcUrl(opt);
        this.iterations = iterations(opt, 100);
    }

    public static void main(String[] args) throws Exception {
        new CaseBenchmark(options(args)).run();
    }

    private void run() throws Exception {
        List<Viewer> viewers;
        List<String[]> sources;
        report.line("\n# Yingji case search benchmark — %s\n", OffsetDateTime.now());
        try (Connection c = DriverManager.getConnection(jdbcUrl, opt.getOrDefault("pg-user", "postgres"), "")) {
            viewers = List.of(viewer(c, "expert", "expert-demo", "370000", true),
                    viewer(c, "province", "sd-province", "370000", false), viewer(c, "county", "wc-county", "370702", false));
            report.line("cases: %,d (published %,d, reviewed %,d, draft %,d; generated %,d); timeline steps: %,d of %,d cases;"
                    + " table+indexes %s", scalarLong(c, "select count(*) from case_record"),
                    scalarLong(c, "select count(*) from case_record where status = 'published'"),
                    scalarLong(c, "select count(*) from case_record where status = 'reviewed'"),
                    scalarLong(c, "select count(*) from case_record where status = 'draft'"),
                    scalarLong(c, "select count(*) from case_record where created_by = 'bench'"),
                    scalarLong(c, "select count(*) from case_step"), scalarLong(c, "select count(distinct case_id) from case_step"),
                    scalar(c, "select pg_size_pretty(pg_total_relation_size('case_record') + pg_total_relation_size('case_step'))"));
            sources = similarSources(c);
        }
        JsonNode stats = esGet("/" + INDEX + "/_stats/docs,store").path("_all").path("primaries");
        report.line("index %s: %,d documents, %s MB", INDEX, stats.path("docs").path("count").asLong(),
                stats.path("store").path("size_in_bytes").asLong() / (1024 * 1024));
        report.line("per viewer: %d searches (%d rounds of the %d queries, after one warm-up round), %d similar-case requests of"
                + " each kind (after %d warm-up); requests one at a time", Math.max(1, iterations / SEARCHES.size()) * SEARCHES.size(),
                Math.max(1, iterations / SEARCHES.size()), SEARCHES.size(), iterations, warmup(iterations));
        try (ElasticsearchClient es = ElasticsearchClient.of(b -> b.host(esUrl))) {
            search(es, viewers);
            similar(es, viewers, sources);
        }
        write(opt, "bench-cases.md", report);
    }

    // ---------------------------------------------------------------- search

    private void search(ElasticsearchClient es, List<Viewer> viewers) throws Exception {
        report.line("\n## Case search: `GET /api/v1/cases/search` against Elasticsearch `took` of the identical query\n");
        report.line("| viewer | cases visible | API p50 | API p95 | API p99 | took p50 | took p95 | took p99 | hits (min–max) |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        Map<SearchCase, Cell> byQuery = new LinkedHashMap<>();
        Map<String, Cell> byKind = new LinkedHashMap<>();
        Cell all = new Cell();
        int rounds = Math.max(1, iterations / SEARCHES.size());
        for (Viewer v : viewers) {
            long visible = api.get(v.user(), app + "/api/v1/cases/search?size=1").path("total").asLong();
            Cell cell = new Cell();
            for (int round = -1; round < rounds; round++) {
                for (SearchCase sc : SEARCHES) {
                    Sample s = timedSearch(es, v, sc);
                    if (round >= 0) {
                        cell.add(s);
                        byQuery.computeIfAbsent(sc, k -> new Cell()).add(s);
                        byKind.computeIfAbsent(sc.kind(), k -> new Cell()).add(s);
                    }
                }
            }
            report.line("| %s %s | %,d | %s | %s |", v.label(), v.user(), visible, cell.figures(), cell.hits());
            all.addAll(cell);
        }
        report.line("| **all** | | %s | |", all.figures().replaceAll("([0-9.]+ ms)", "**$1**"));
        report.line("\n| query (all three viewers) | API p50 | API p95 | API p99 | took p50 | took p95 | took p99 | hits (min–max) |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---|");
        for (var e : byKind.entrySet()) {
            report.line("| **%s** | %s | %s |", e.getKey(), e.getValue().figures(), e.getValue().hits());
        }
        for (var e : byQuery.entrySet()) {
            report.line("| %s: %s | %s | %s |", e.getKey().kind(), e.getKey().label(), e.getValue().figures(), e.getValue().hits());
        }
    }

    @SuppressWarnings("rawtypes")
    private Sample timedSearch(ElasticsearchClient es, Viewer v, SearchCase sc) throws Exception {
        long t0 = System.nanoTime();
        // with the facets, as the case search page asks (the API counts them only when asked; the direct query counts them)
        JsonNode result = api.get(v.user(), app + "/api/v1/cases/search?" + sc.params() + "&facets=true");
        double apiMs = ms(System.nanoTime() - t0);
        SearchResponse<Map> raw = es.search(s -> {
            List<Query> filters = visibleTo(v);
            SearchFilters.term(filters, "event_type", sc.eventType());
            SearchFilters.term(filters, "severity", sc.severity());
            SearchFilters.term(filters, "regions", sc.region());
            SearchFilters.term(filters, "year", sc.year());
            BoolQuery.Builder words = new BoolQuery.Builder();
            TextQuery.allWords(words, sc.q() == null ? "" : sc.q(), TextQuery.Analysis.WORDS,
                    TEXT_FIELDS.stream().map(f -> new TextQuery.Field(f, f.equals("title") ? 3f : 1f)).toList(), List.of());
            List<Query> must = words.build().must();
            s.index(INDEX).from(0).size(20).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(SUMMARY_FIELDS)))
                    .query(qb -> qb.bool(b -> b.filter(filters).must(must)))
                    .highlight(h -> {
                        h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                                .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0)
                                        .matchedFields("title", "title" + TextQuery.CHARS))));
                        for (String field : TEXT_FIELDS.subList(1, TEXT_FIELDS.size())) {
                            h.fields(NamedValue.of(field, HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(2)
                                    .matchedFields(field, field + TextQuery.CHARS))));
                        }
                        return h;
                    });
            if (must.isEmpty()) {
                s.sort(o -> o.field(f -> f.field("occurred_on").order(SortOrder.Desc)));
            }
            for (String facet : FACETS) {
                s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(50)));
            }
            return s;
        }, Map.class);
        long total = result.path("total").asLong();
        same(v, sc.label(), ids(result.path("items")), raw, () -> total + " vs " + raw.hits().total().value());
        if (total != raw.hits().total().value()) {
            throw new IllegalStateException("API and direct query differ for " + v.user() + " " + sc.label() + ": "
                    + total + " vs " + raw.hits().total().value());
        }
        return new Sample(apiMs, raw.took(), total);
    }

    // ---------------------------------------------------------------- similar cases

    private void similar(ElasticsearchClient es, List<Viewer> viewers, List<String[]> sources) throws Exception {
        report.line("\n## Similar cases (相似案例, more-like-this) against Elasticsearch `took` of the identical query\n");
        report.line("sources: %d published cases (`GET /api/v1/cases/{id}/similar?size=5`), %d descriptions of an"
                + " unfolding event (`POST /api/v1/cases/similar?size=10`)\n", sources.size(), DESCRIPTIONS.size());
        report.line("| viewer | request | API p50 | API p95 | API p99 | took p50 | took p95 | took p99 | similar found (min–max) |");
        report.line("|---|---|---:|---:|---:|---:|---:|---:|---|");
        Cell ofCase = new Cell(), ofText = new Cell();
        for (Viewer v : viewers) {
            Cell byCase = new Cell(), byText = new Cell();
            for (int i = -warmup(iterations); i < iterations; i++) {
                String[] src = sources.get(Math.floorMod(i, sources.size()));
                Sample s = timedSimilar(es, v, "GET", src[0], src[1], null, 5);
                String d = DESCRIPTIONS.get(Math.floorMod(i, DESCRIPTIONS.size()));
                Sample t = timedSimilar(es, v, "POST", null, null, d, 10);
                if (i >= 0) {
                    byCase.add(s);
                    byText.add(t);
                }
            }
            report.line("| %s %s | like a case | %s | %s |", v.label(), v.user(), byCase.figures(), byCase.hits());
            report.line("| %s %s | like a description | %s | %s |", v.label(), v.user(), byText.figures(), byText.hits());
            ofCase.addAll(byCase);
            ofText.addAll(byText);
        }
        report.line("| **all** | like a case | %s | |", ofCase.figures().replaceAll("([0-9.]+ ms)", "**$1**"));
        report.line("| **all** | like a description | %s | |", ofText.figures().replaceAll("([0-9.]+ ms)", "**$1**"));
    }

    @SuppressWarnings("rawtypes")
    private Sample timedSimilar(ElasticsearchClient es, Viewer v, String method, String id, String eventType,
            String description, int size) throws Exception {
        long t0 = System.nanoTime();
        JsonNode result = method.equals("GET")
                ? api.get(v.user(), app + "/api/v1/cases/" + id + "/similar?size=" + size)
                : post(v.user(), app + "/api/v1/cases/similar?size=" + size, Map.of("description", description));
        double apiMs = ms(System.nanoTime() - t0);
        Like like = id != null ? Like.of(l -> l.document(d -> d.index(INDEX).id(id))) : Like.of(l -> l.text(description));
        Query text = QueryBuilders.moreLikeThis(m -> m.fields(TEXT_FIELDS).like(like)
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("10%"));
        Query similar = eventType == null ? text
                : QueryBuilders.bool(b -> b.must(text).should(QueryBuilders.constantScore(c -> c.boost(SAME_TYPE_BONUS)
                        .filter(QueryBuilders.terms(t -> t.field("event_type").terms(tv -> tv.value(List.of(FieldValue.of(eventType)))))))));
        SearchResponse<Map> raw = es.search(s -> s.index(INDEX).size(size)
                .source(src -> src.filter(f -> f.includes(SUMMARY_FIELDS)))
                .query(qb -> qb.bool(b -> {
                    b.filter(visibleTo(v)).must(similar);
                    if (id != null) {
                        b.mustNot(QueryBuilders.ids(i -> i.values(id)));
                    }
                    return b;
                })), Map.class);
        List<String> apiIds = ids(result);
        same(v, id != null ? "similar to " + id : "similar to 「" + description.substring(0, 12) + "…」", apiIds, raw,
                () -> apiIds.size() + " vs " + raw.hits().hits().size());
        return new Sample(apiMs, raw.took(), apiIds.size());
    }

    /** Up to {@value #SIMILAR_SOURCES} published cases, a stable sample (ordered by a hash of the id): id and event type. */
    private static List<String[]> similarSources(Connection c) throws SQLException {
        List<String[]> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id::text, event_type from case_record where status = 'published'"
                + " order by md5(id::text) limit " + SIMILAR_SOURCES)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no published case: generate the cases first (infra/bench/bench-cases.sh)");
        }
        return ids;
    }

    // ---------------------------------------------------------------- helpers

    /** CaseQueries.visibleTo: the sharing rule, and for viewers who neither compile nor review, published only. */
    private static List<Query> visibleTo(Viewer v) {
        List<Query> filters = new ArrayList<>();
        filters.add(SharingRule.filter(v.path()));
        if (v.publishedOnly()) {
            filters.add(QueryBuilders.term(t -> t.field("status").value("published")));
        }
        return filters;
    }

    private static Viewer viewer(Connection c, String label, String user, String code, boolean publishedOnly) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select path::text from tenant where code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("tenant " + code + " missing: load the catalog first");
                }
                return new Viewer(label, user, code, rs.getString(1), publishedOnly);
            }
        }
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(it -> ids.add(it.path("id").asString()));
        return ids;
    }

    @SuppressWarnings("rawtypes")
    private static void same(Viewer v, String what, List<String> apiIds, SearchResponse<Map> raw, Supplier<String> detail) {
        List<String> rawIds = raw.hits().hits().stream().map(h -> h.id()).toList();
        if (!apiIds.equals(rawIds)) {
            throw new IllegalStateException("API and direct query differ for " + v.user() + " " + what + ": " + detail.get()
                    + "\n  API " + apiIds + "\n  ES  " + rawIds);
        }
    }

    private JsonNode post(String user, String url, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = api.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + api.token(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private JsonNode esGet(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = api.http.send(HttpRequest.newBuilder(URI.create(esUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
