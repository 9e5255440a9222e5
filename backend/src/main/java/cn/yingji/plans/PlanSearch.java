package cn.yingji.plans;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;

import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.search.HybridSearch;
import cn.yingji.search.MatchMode;
import cn.yingji.search.SearchFailures;
import cn.yingji.search.SearchFilters;
import cn.yingji.search.Suggestions;
import cn.yingji.search.TextQuery;
import cn.yingji.searchterms.ProvinceTerms;
import cn.yingji.tenancy.SharingRule;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * Plan search over Elasticsearch: Chinese word and phrase matching in title and text ({@link TextQuery}), facets, highlighted snippets,
 * relevance or date order — always inside the viewer's sharing filter.
 */
@Component
class PlanSearch {

    static final int MAX_QUERY_LENGTH = 200;
    /** Hits per request of an export (search_after pages through a point in time). */
    static final int EXPORT_BATCH = 1_000;
    private static final List<String> FACETS = List.of("category", "status", "event_types", "tier", "flags");
    private static final String CHINA_OFFSET = "+08:00";
    /**
     * What a hit ships: what an item shows. The text (summary, the attachments' text) is searched and highlighted,
     * never shipped whole: at national scale it is most of a document, and Elasticsearch would serialise it and the
     * app parse it for every hit of every search.
     */
    private static final List<String> SOURCE_FIELDS = List.of("title", "tenant_code", "tenant_name", "category",
            "status", "event_types", "doc_number", "issued_on", "evaluation_due_on", "flags");
    /** What {@code q} searches: every word in one of these (docs/search.md), or exactly as the 文号. */
    static final List<TextQuery.Field> TEXT_FIELDS = List.of(new TextQuery.Field("title", 3f),
            TextQuery.Field.body("summary"), TextQuery.Field.body("attachment_text"));
    /** Marks in title, summary and the attachments' text, from the words and the characters that matched. */
    static final Highlight HIGHLIGHT = Highlight.of(h -> h.encoder(HighlighterEncoder.Html)
            .preTags("<em>").postTags("</em>")
            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0)
                    .matchedFields("title", "title" + TextQuery.CHARS))))
            .fields(NamedValue.of("summary", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(3)
                    .matchedFields("summary", "summary" + TextQuery.CHARS))))
            .fields(NamedValue.of("attachment_text", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(3)
                    .matchedFields("attachment_text", "attachment_text" + TextQuery.CHARS)))));

    /** {@code facets}: count the facets too (only a page that shows them asks; the count costs a pass over every hit). */
    record Query(String q, String category, String status, String eventType, String tier, String evaluation,
            String flag, String sort, int page, int size, boolean facets) {
    }

    /**
     * {@code total}: the plans holding every word; {@code others}: those after them, found by some of the words or by
     * meaning (relevance order only); {@code match}: {@link MatchMode#FULL}, or {@link MatchMode#PARTIAL} when no
     * plan holds every word; {@code suggestions}: other words to try when not one plan holds even one of the words.
     */
    record Result(long total, int page, int size, List<Item> items, Map<String, List<Bucket>> facets, long others,
            String match, List<String> suggestions) {

        Result withSuggestions(List<String> words) {
            return new Result(total, page, size, items, facets, others, match, words);
        }
    }

    record Item(String id, String title, String tenantCode, String tenantName, String category, String status,
            List<String> eventTypes, @Nullable String docNumber, @Nullable String issuedOn,
            @Nullable String evaluationDueOn, List<String> flags, @Nullable Map<String, List<String>> highlights,
            @Nullable String match) {

        Item as(cn.yingji.search.HybridRanking.Match how) {
            return new Item(id, title, tenantCode, tenantName, category, status, eventTypes, docNumber, issuedOn,
                    evaluationDueOn, flags, highlights, how.label);
        }
    }

    record Bucket(String key, long count) {
    }

    private final ElasticsearchClient es;
    private final JdbcScheduler blocking;
    private final String index;
    private final Suggestions suggestions;
    private final HybridSearch hybrid;
    private final ProvinceTerms provinceTerms;

    PlanSearch(ElasticsearchClient es, JdbcScheduler blocking, PlanDocuments documents, Suggestions suggestions,
            HybridSearch hybrid, ProvinceTerms provinceTerms) {
        this.index = documents.index();
        this.suggestions = suggestions;
        this.hybrid = hybrid;
        this.provinceTerms = provinceTerms;
        this.es = es;
        this.blocking = blocking;
    }

    Mono<Result> search(Viewer viewer, Query query) {
        String q = query.q() == null ? "" : query.q().strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            return Mono.error(ApiException.badRequest("search-query-too-long",
                    "检索词不能超过 " + MAX_QUERY_LENGTH + " 个字"));
        }
        // the words of the viewer's province's search terms match like the words themselves (检索同义词)
        return provinceTerms.alternatives(viewer).flatMap(alternatives -> SearchFailures.guarded(
                blocking.call(() -> run(viewer, query, q, alternatives)),
                new Result(0, query.page(), query.size(), List.of(), Map.of(), 0, MatchMode.FULL, List.of())));
    }

    /** The hits of an export, in the page's order, and how many matched in all (more than {@code items} when cut). */
    record Export(long total, List<Item> items) {
    }

    /**
     * Every hit of the search, up to {@code max}, for an export: no highlights, no facets, paged with {@code
     * search_after} through a point in time (a consistent view; no 10,000-hit result window; the implicit
     * {@code _shard_doc} tiebreaker makes the order total).
     */
    Mono<Export> export(Viewer viewer, Query query, int batch, int max) {
        String q = query.q() == null ? "" : query.q().strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            return Mono.error(ApiException.badRequest("search-query-too-long",
                    "检索词不能超过 " + MAX_QUERY_LENGTH + " 个字"));
        }
        return provinceTerms.alternatives(viewer).flatMap(alternatives -> SearchFailures.guarded(
                blocking.call(() -> exportAll(viewer, query, q, alternatives, batch, max)), new Export(0, List.of())));
    }

    private Export exportAll(Viewer viewer, Query query, String q, Function<String, List<String>> alternatives,
            int batch, int max) throws IOException {
        var bool = query(viewer, query, q, MatchMode.FULL, alternatives);
        boolean byRelevance = byRelevance(query, q);
        String pit = es.openPointInTime(o -> o.index(index).keepAlive(t -> t.time("1m"))).id();
        try {
            List<Item> items = new ArrayList<>();
            List<co.elastic.clients.elasticsearch._types.FieldValue> after = null;
            long total = 0;
            while (items.size() < max) {
                var searchAfter = after;
                int size = Math.min(batch, max - items.size());
                SearchResponse<Map> response = es.search(s -> {
                    s.source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)))
                            .pit(p -> p.id(pit).keepAlive(t -> t.time("1m")))
                            .size(size).trackTotalHits(t -> t.enabled(true)).query(bool);
                    s.sort(o -> byRelevance ? o.score(sc -> sc.order(SortOrder.Desc))
                            : o.field(f -> f.field("updated_at").order(SortOrder.Desc)));
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, Map.class);
                total = response.hits().total() == null ? total : response.hits().total().value();
                var hits = response.hits().hits();
                hits.forEach(hit -> items.add(item(hit, MatchMode.FULL)));
                if (hits.size() < size) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
            return new Export(Math.max(total, items.size()), items);
        } finally {
            es.closePointInTime(c -> c.id(pit));
        }
    }

    private static boolean byRelevance(Query query, String q) {
        return !q.isEmpty() && !"date".equals(query.sort());
    }

    /** The viewer's sharing filter, the facet filters and the words: the same for the page and its export. */
    private co.elastic.clients.elasticsearch._types.query_dsl.Query query(Viewer viewer, Query query, String q,
            String match, Function<String, List<String>> alternatives) {
        var filters = filters(viewer, query);
        return QueryBuilders.bool(b -> {
            b.filter(filters);
            TextQuery.match(b, match, q, TextQuery.Analysis.WORDS, TEXT_FIELDS, List.of("doc_number"), alternatives);
            return b;
        });
    }

    /** The viewer's sharing filter and the facet filters. */
    private static List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters(Viewer viewer, Query query) {
        List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters = new ArrayList<>();
        filters.add(SharingRule.filter(viewer, Plans.ENTITY));
        SearchFilters.term(filters, "category", query.category());
        SearchFilters.term(filters, "status", query.status());
        SearchFilters.term(filters, "event_types", query.eventType());
        SearchFilters.term(filters, "tier", query.tier());
        SearchFilters.term(filters, "flags", query.flag());
        if (query.evaluation() != null && !query.evaluation().isBlank()) {
            EvaluationClock.State state = EvaluationClock.State.fromLiteral(query.evaluation());
            if (state == null) {
                throw ApiException.badRequest("invalid-evaluation-state", "评估状态无效，可选值：ok、due_soon、overdue");
            }
            filters.add(evaluationIs(state));
        }
        return filters;
    }

    /** Plans that hold every word; else the best partial matches; else no plan, and other words to try. */
    private Result run(Viewer viewer, Query query, String q, Function<String, List<String>> alternatives)
            throws IOException {
        Result words = MatchMode.answer(q, match -> run(viewer, query, q, match, alternatives), Result::total,
                none -> none.withSuggestions(suggestions.near(index, filters(viewer, query), q,
                        TEXT_FIELDS.stream().map(TextQuery.Field::name).toList())));
        return hybrid(viewer, query, q, alternatives, words);
    }

    private Result run(Viewer viewer, Query query, String q, String match, Function<String, List<String>> alternatives)
            throws IOException {
        var bool = query(viewer, query, q, match, alternatives);
        // partial matches always by relevance, and from the best one: candidates for the hybrid order
        boolean full = MatchMode.FULL.equals(match);
        boolean byRelevance = byRelevance(query, q) || !full;
        SearchResponse<Map> response = es.search(s -> {
            s.source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)));
            s.index(index)
                    .from(full ? query.page() * query.size() : 0).size(full ? query.size() : HybridSearch.MAX_NEIGHBOURS)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(bool)
                    .highlight(HIGHLIGHT);
            if (!byRelevance) {
                s.sort(o -> o.field(f -> f.field("updated_at").order(SortOrder.Desc)));
            }
            if (!query.facets()) {
                return s;
            }
            for (String facet : FACETS) {
                s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(50)));
            }
            // 评估状态: date ranges relative to today in China, the twin of Plans' SQL filter
            s.aggregations("evaluation", a -> a.filters(f -> f.filters(b -> b.keyed(Map.of(
                    EvaluationClock.State.OVERDUE.literal, evaluationIs(EvaluationClock.State.OVERDUE),
                    EvaluationClock.State.DUE_SOON.literal, evaluationIs(EvaluationClock.State.DUE_SOON))))));
            return s;
        }, Map.class);
        List<Item> items = response.hits().hits().stream().map(hit -> item(hit, match)).toList();
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        if (!query.facets()) {
            return new Result(total, query.page(), query.size(), items, Map.of(), 0, match, List.of());
        }
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            var a = response.aggregations().get(facet);
            List<Bucket> buckets = a == null ? List.of() : a.sterms().buckets().array().stream()
                    .map((StringTermsBucket bk) -> new Bucket(bk.key().stringValue(), bk.docCount())).toList();
            facets.put(facet, buckets);
        }
        var evaluation = response.aggregations().get("evaluation");
        facets.put("evaluation", evaluation == null ? List.of() : List.of(EvaluationClock.State.OVERDUE.literal,
                        EvaluationClock.State.DUE_SOON.literal).stream()
                .map(key -> new Bucket(key, evaluation.filters().buckets().keyed().get(key).docCount())).toList());
        return new Result(total, query.page(), query.size(), items, facets, 0, match, List.of());
    }

    /**
     * The page in hybrid order (语义检索), by relevance only: the plans holding every word (or the 文号), then — past
     * them, or in their place when no plan holds every word — the partial matches and the plans found by meaning,
     * fused by rank. Date order stays the words' own.
     */
    private Result hybrid(Viewer viewer, Query query, String q, Function<String, List<String>> alternatives,
            Result words) throws IOException {
        boolean full = MatchMode.FULL.equals(words.match());
        if (full && !byRelevance(query, q)) {
            return words;
        }
        var fullMatch = QueryBuilders.bool(b -> {
            TextQuery.allWords(b, q, TextQuery.Analysis.WORDS, TEXT_FIELDS, List.of("doc_number"), alternatives);
            return b;
        });
        var page = hybrid.page(index, q, filters(viewer, query), fullMatch, SOURCE_FIELDS,
                full ? words.items() : List.of(), full ? words.total() : 0, full ? List.of() : words.items(),
                query.page(), query.size(), hit -> item(hit, null), Item::id);
        return new Result(full ? words.total() : 0, query.page(), query.size(),
                page.items().stream().map(r -> r.hit().as(r.match())).toList(), words.facets(), page.others(),
                words.match(), words.suggestions());
    }

    private static co.elastic.clients.elasticsearch._types.query_dsl.Query evaluationIs(EvaluationClock.State state) {
        return switch (state) {
            case OVERDUE -> dateRange("evaluation_due_on", null, "now/d-1d");
            case DUE_SOON -> QueryBuilders.bool(b -> b.filter(dateRange("evaluation_due_on", "now/d", null))
                    .filter(dateRange("evaluation_reminder_on", null, "now/d")));
            case OK -> QueryBuilders.bool(b -> b.filter(dateRange("evaluation_due_on", "now/d", null))
                    .mustNot(dateRange("evaluation_reminder_on", null, "now/d")));
        };
    }

    /** Inclusive date range in China's calendar; null ends are open. */
    private static co.elastic.clients.elasticsearch._types.query_dsl.Query dateRange(String field, String from, String to) {
        return QueryBuilders.range(r -> r.date(d -> {
            d.field(field).timeZone(CHINA_OFFSET);
            if (from != null) {
                d.gte(from);
            }
            if (to != null) {
                d.lte(to);
            }
            return d;
        }));
    }

    @SuppressWarnings("unchecked")
    private static Item item(Hit<Map> hit, String match) {
        Map<String, Object> s = hit.source();
        return new Item(hit.id(), (String) s.get("title"), (String) s.get("tenant_code"), (String) s.get("tenant_name"),
                (String) s.get("category"), (String) s.get("status"), (List<String>) s.get("event_types"),
                (String) s.get("doc_number"), (String) s.get("issued_on"), (String) s.get("evaluation_due_on"),
                s.get("flags") == null ? List.of() : (List<String>) s.get("flags"), hit.highlight(), match);
    }
}
