package cn.yingji.cases;

import static cn.yingji.db.Tables.PLAN;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Like;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.search.HybridRanking;
import cn.yingji.search.HybridSearch;
import cn.yingji.search.MatchMode;
import cn.yingji.search.SearchFailures;
import cn.yingji.search.Suggestions;
import cn.yingji.searchterms.ProvinceTerms;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 案例检索: full text with facets and highlighted snippets, and 相似案例 — more like a case, like a plan the viewer
 * reads, or like a description of an unfolding event — always inside the viewer's sharing filter.
 */
@Component
class CaseSearch {

    /** At most this many similar cases are offered. */
    static final int MAX_SIMILAR = 20;
    /** A plan's text compared is cut here: the start of a plan says what it is about. */
    private static final int PLAN_TEXT_LIMIT = 5000;
    /** What a hit ships: the list's columns, never a case's whole text. */
    private static final List<String> SUMMARY_FIELDS = List.of("title", "tenant_code", "tenant_name", "status",
            "event_type", "severity", "occurred_on", "place_name", "province", "city", "deaths", "classic");

    /** {@code facets}: count the facets too (only a page that shows them asks). */
    record Query(String q, String eventType, String severity, String region, String year, int page, int size,
            boolean facets) {
    }

    /**
     * {@code classic}: published as a 经典案例; {@code match}: how a search found it ({@code full}: every word;
     * {@code partial}: some of the words, when no case holds all; {@code semantic}: by meaning), null for a similar
     * case.
     */
    record Item(String id, String title, String tenantCode, String tenantName, String status, String eventType,
            String severity, String occurredOn, String placeName, String province, @Nullable String city,
            @Nullable Integer deaths, boolean classic, Map<String, List<String>> highlights, @Nullable String match) {

        Item as(HybridRanking.Match how) {
            return new Item(id, title, tenantCode, tenantName, status, eventType, severity, occurredOn, placeName,
                    province, city, deaths, classic, highlights, how.label);
        }
    }

    record Bucket(String key, long count) {
    }

    /**
     * {@code total}: the cases holding every word; {@code others}: those after them, found by some of the words or by
     * meaning; {@code match}: {@link MatchMode#FULL}, or {@link MatchMode#PARTIAL} when no case holds every word;
     * {@code suggestions}: other words to try when not a single case holds even one of the words.
     */
    record Result(long total, int page, int size, List<Item> items, Map<String, List<Bucket>> facets, long others,
            String match, List<String> suggestions) {

        Result withSuggestions(List<String> words) {
            return new Result(total, page, size, items, facets, others, match, words);
        }
    }

    private final ElasticsearchClient es;
    private final JdbcScheduler blocking;
    private final TenantTx tx;
    private final ProvinceTerms provinceTerms;
    private final String index;
    private final HybridSearch hybrid;
    private final Suggestions suggestions;

    CaseSearch(ElasticsearchClient es, JdbcScheduler blocking, TenantTx tx, CaseDocuments documents,
            ProvinceTerms provinceTerms, HybridSearch hybrid, Suggestions suggestions) {
        this.index = documents.index();
        this.hybrid = hybrid;
        this.suggestions = suggestions;
        this.es = es;
        this.blocking = blocking;
        this.tx = tx;
        this.provinceTerms = provinceTerms;
    }

    Mono<Result> search(Viewer viewer, Query query) {
        String q;
        try {
            q = CaseQueries.searchText(query.q());
        } catch (ApiException e) {
            return Mono.error(e);
        }
        // the words of the viewer's province's search terms match like the words themselves (检索同义词)
        return provinceTerms.alternatives(viewer).flatMap(alternatives -> SearchFailures.guarded(
                blocking.call(() -> run(viewer, query, q, alternatives)),
                new Result(0, query.page(), query.size(), List.of(), Map.of(), 0, MatchMode.FULL, List.of())));
    }

    /** Cases like the given one (which the viewer must read), itself excluded. */
    Mono<List<Item>> similarToCase(Viewer viewer, UUID id, int size) {
        return tx.call(viewer, dsl -> Cases.load(dsl, viewer, id))
                .flatMap(c -> similar(viewer, List.of(CaseQueries.likeCase(index, id.toString())), List.of(c.getEventType()),
                        () -> hybrid.documentVector(index, id.toString()), id.toString(), size));
    }

    /** Cases like a plan the viewer reads: its title, event types and text; cases of its event types first. */
    Mono<List<Item>> similarToPlan(Viewer viewer, UUID planId, int size) {
        return tx.call(viewer, dsl -> {
            var plan = dsl.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
            if (plan == null) {
                throw ApiException.notFound("plan-not-found", "未找到预案 " + planId + "，或不在您的可见范围内");
            }
            return plan;
        }).flatMap(plan -> {
            String text = plan.getTitle() + "\n" + String.join(" ", plan.getEventTypes()) + "\n" + plan.getSummary();
            return similar(viewer, List.of(CaseQueries.likeText(text.length() > PLAN_TEXT_LIMIT
                    ? text.substring(0, PLAN_TEXT_LIMIT) : text)), List.of(plan.getEventTypes()),
                    () -> hybrid.queryVector(text), null, size);
        });
    }

    /** Cases like a free description of an event unfolding now. */
    Mono<List<Item>> similarToText(Viewer viewer, String description, int size) {
        try {
            String text = CaseQueries.description(description);
            return similar(viewer, List.of(CaseQueries.likeText(text)), List.of(), () -> hybrid.queryVector(text), null,
                    size);
        } catch (ApiException e) {
            return Mono.error(e);
        }
    }

    /**
     * 相似案例: the cases more like the given words (with the same-type bonus) and the nearest by meaning to {@code
     * vector} (inside the viewer's filter, above the similarity floor), fused by rank (RRF): a description that
     * shares no word with a case still finds it, and a case both ways ranks first.
     */
    private Mono<List<Item>> similar(Viewer viewer, List<Like> like, List<String> eventTypes,
            Callable<float[]> vector, String exclude, int size) {
        if (size < 1 || size > MAX_SIMILAR) {
            return Mono.error(ApiException.badRequest("invalid-page", "size 取 1–" + MAX_SIMILAR));
        }
        return SearchFailures.guarded(blocking.call(() -> {
            List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters = new ArrayList<>(
                    CaseQueries.visibleTo(viewer));
            if (exclude != null) {
                filters.add(QueryBuilders.bool(b -> b.mustNot(QueryBuilders.ids(i -> i.values(exclude)))));
            }
            SearchResponse<Map> response = es.search(s -> s.index(index).size(size)
                    .source(src -> src.filter(f -> f.includes(SUMMARY_FIELDS)))
                    .query(qb -> qb.bool(b -> b.filter(filters).must(CaseQueries.similarTo(like, eventTypes)))),
                    Map.class);
            List<Item> words = response.hits().hits().stream().map(hit -> item(hit, null)).toList();
            List<Item> meaning = hybrid.neighbours(index, vector.call(), filters, size, SUMMARY_FIELDS).stream()
                    .map(hit -> item(hit, null)).toList();
            return HybridRanking.fuse(List.of(words, meaning), Item::id).stream().limit(size).toList();
        }), List.of());
    }

    /** Cases that hold every word; else the best partial matches; else no case, and other words to try. */
    private Result run(Viewer viewer, Query query, String q, Function<String, List<String>> alternatives)
            throws IOException {
        List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters = new ArrayList<>(CaseQueries.visibleTo(viewer));
        filters.addAll(CaseQueries.facetFilters(query.eventType(), query.severity(), query.region(), query.year()));
        Result words = MatchMode.answer(q, match -> run(query, filters, q, match, alternatives), Result::total,
                none -> none.withSuggestions(suggestions.near(index, filters, q, CaseQueries.TEXT_FIELDS)));
        return hybrid(words, filters, q, alternatives, query);
    }

    @SuppressWarnings("rawtypes")
    private Result run(Query query, List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters, String q,
            String match, Function<String, List<String>> alternatives) throws IOException {
        List<co.elastic.clients.elasticsearch._types.query_dsl.Query> words = CaseQueries.words(q, match, alternatives);
        // partial matches are candidates for the hybrid order (HybridRanking), always from the best one
        boolean full = MatchMode.FULL.equals(match);
        SearchResponse<Map> response = es.search(s -> {
            s.index(index)
                    .from(full ? query.page() * query.size() : 0).size(full ? query.size() : HybridSearch.MAX_NEIGHBOURS)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(SUMMARY_FIELDS)))
                    .query(qb -> qb.bool(b -> b.filter(filters).must(words)))
                    .highlight(CaseQueries.highlight());
            if (words.isEmpty()) {
                s.sort(o -> o.field(f -> f.field("occurred_on").order(SortOrder.Desc)));
            } else if (full) {
                // 经典案例 first among the cases holding every word, each group by relevance (docs/cases.md)
                s.sort(o -> o.field(f -> f.field("classic").order(SortOrder.Desc)))
                        .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            if (query.facets()) {
                for (String facet : CaseQueries.FACETS) {
                    s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(50)));
                }
            }
            return s;
        }, Map.class);
        List<Item> items = response.hits().hits().stream().map(hit -> item(hit, match)).toList();
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        for (String facet : query.facets() ? CaseQueries.FACETS : List.<String>of()) {
            var a = response.aggregations().get(facet);
            facets.put(facet, a == null ? List.of() : a.sterms().buckets().array().stream()
                    .map((StringTermsBucket bk) -> new Bucket(bk.key().stringValue(), bk.docCount())).toList());
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new Result(total, query.page(), query.size(), items, facets, 0, match, List.of());
    }

    /**
     * The page in hybrid order (语义检索): the cases holding every word, then — past them, or in their place when no
     * case holds every word — the partial matches and the cases found by meaning, fused by rank.
     */
    private Result hybrid(Result words, List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters, String q,
            Function<String, List<String>> alternatives, Query query) throws IOException {
        boolean full = MatchMode.FULL.equals(words.match());
        var fullMatch = QueryBuilders.bool(b -> b.must(CaseQueries.words(q, MatchMode.FULL, alternatives)));
        var page = hybrid.page(index, q, filters, fullMatch, SUMMARY_FIELDS, full ? words.items() : List.of(),
                full ? words.total() : 0, full ? List.of() : words.items(), query.page(), query.size(),
                hit -> item(hit, null), Item::id);
        return new Result(full ? words.total() : 0, query.page(), query.size(),
                page.items().stream().map(r -> r.hit().as(r.match())).toList(), words.facets(), page.others(),
                words.match(), words.suggestions());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Item item(Hit<Map> hit, String match) {
        Map<String, Object> s = hit.source();
        Number deaths = (Number) s.get("deaths");
        return new Item(hit.id(), (String) s.get("title"), (String) s.get("tenant_code"), (String) s.get("tenant_name"),
                (String) s.get("status"), (String) s.get("event_type"), (String) s.get("severity"),
                (String) s.get("occurred_on"), (String) s.get("place_name"), (String) s.get("province"),
                (String) s.get("city"), deaths == null ? null : deaths.intValue(), Boolean.TRUE.equals(s.get("classic")),
                hit.highlight(), match);
    }
}
