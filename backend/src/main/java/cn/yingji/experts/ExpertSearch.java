package cn.yingji.experts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import cn.yingji.db.enums.ExpertAvailability;
import cn.yingji.experts.ExpertViews.Candidate;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.search.HybridRanking;
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
 * Expert search over Elasticsearch (专家检索) and expert matching for a plan review (专家推荐) — always inside
 * the viewer's sharing filter.
 */
@Component
class ExpertSearch {

    static final int MAX_QUERY_LENGTH = 100;
    private static final List<String> FACETS = List.of("specialties", "level", "availability", "tier");
    /** Score of an expert of the viewer's own tenant; each tier further up the line scores one step less. */
    static final float NEAREST_TIER_BOOST = 1000f;
    /** What {@code q} searches: every word in the name, the organization or the professional title. */
    static final List<TextQuery.Field> TEXT_FIELDS = List.of(new TextQuery.Field("name", 3f),
            new TextQuery.Field("organization"), new TextQuery.Field("title"));
    /** What a hit ships: what an item shows (never the phone number). */
    private static final List<String> SOURCE_FIELDS = List.of("name", "organization", "title", "tenant_code",
            "tenant_name", "tier", "level", "specialties", "availability", "in_pool", "completed_invocations",
            "average_score");

    /** {@code facets}: count the facets too (only a page that shows them asks). */
    record Query(String q, String specialty, String level, String availability, String tier, String tenantCode,
            Boolean inPool, int page, int size, boolean facets) {
    }

    /**
     * {@code total}: the experts holding every word; {@code others}: those after them, found by some of the words or
     * by meaning; {@code match}: {@link MatchMode#FULL}, or {@link MatchMode#PARTIAL} when no expert matches every
     * word; {@code suggestions}: other words to try when not one expert matches even one of the words.
     */
    record Result(long total, int page, int size, List<Item> items, Map<String, List<Bucket>> facets,
            @Nullable Long tookMillis, long others, String match, List<String> suggestions) {

        Result withSuggestions(List<String> words) {
            return new Result(total, page, size, items, facets, tookMillis, others, match, words);
        }
    }

    record Item(String id, String name, String organization, String title, String tenantCode, String tenantName,
            String tier, String level, String levelLabel, List<String> specialties, String availability,
            String availabilityLabel, boolean inPool, @Nullable Integer completedInvocations,
            @Nullable Double averageScore, @Nullable String match) {

        Item as(HybridRanking.Match how) {
            return new Item(id, name, organization, title, tenantCode, tenantName, tier, level, levelLabel, specialties,
                    availability, availabilityLabel, inPool, completedInvocations, averageScore, how.label);
        }
    }

    /** A facet value; {@code label} is the region's name for the region facet, else null. */
    record Bucket(String key, @Nullable String label, long count) {
    }

    /** The plan under review, as matching needs it. */
    record ReviewedPlan(java.util.UUID id, List<String> eventTypes, java.util.UUID ownerUnitId, String ownerUnitName) {
    }

    record Candidates(List<Candidate> items, long tookMillis) {
    }

    private final ElasticsearchClient es;
    private final JdbcScheduler blocking;
    private final String index;
    private final Suggestions suggestions;
    private final HybridSearch hybrid;
    private final ProvinceTerms provinceTerms;

    ExpertSearch(ElasticsearchClient es, JdbcScheduler blocking, ExpertDocuments documents, Suggestions suggestions,
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
            return Mono.error(ApiException.badRequest("search-query-too-long", "检索词不能超过 " + MAX_QUERY_LENGTH + " 个字"));
        }
        // the words of the viewer's province's search terms match like the words themselves (检索同义词)
        return provinceTerms.alternatives(viewer).flatMap(alternatives -> SearchFailures.guarded(
                blocking.call(() -> run(viewer, query, q, alternatives)),
                new Result(0, query.page(), query.size(), List.of(), Map.of(), null, 0, MatchMode.FULL, List.of())));
    }

    /** Experts who match every word; else the best partial matches; else nobody, and other words to try. */
    private Result run(Viewer viewer, Query query, String q, Function<String, List<String>> alternatives)
            throws IOException {
        var filters = filters(viewer, query);
        Result words = MatchMode.answer(q, match -> run(query, filters, q, match, alternatives), Result::total,
                none -> none.withSuggestions(suggestions.near(index, filters, q,
                        TEXT_FIELDS.stream().map(TextQuery.Field::name).toList())));
        return hybrid(words, filters, q, alternatives, query);
    }

    /** The viewer's sharing filter and the facet filters. */
    private static List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters(Viewer viewer, Query query) {
        List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters = new ArrayList<>();
        filters.add(SharingRule.filter(viewer, Experts.ENTITY));
        SearchFilters.term(filters, "specialties", query.specialty());
        SearchFilters.term(filters, "level", query.level());
        SearchFilters.term(filters, "availability", query.availability());
        SearchFilters.term(filters, "tier", query.tier());
        SearchFilters.term(filters, "tenant_code", query.tenantCode());
        if (query.inPool() != null) {
            filters.add(QueryBuilders.term(t -> t.field("in_pool").value(query.inPool())));
        }
        return filters;
    }

    private Result run(Query query, List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters, String q,
            String match, Function<String, List<String>> alternatives) throws IOException {
        // partial matches are candidates for the hybrid order (HybridRanking), always from the best one
        boolean full = MatchMode.FULL.equals(match);
        SearchResponse<Map> response = es.search(s -> {
            s.index(index).from(full ? query.page() * query.size() : 0)
                    .size(full ? query.size() : HybridSearch.MAX_NEIGHBOURS)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(qb -> qb.bool(b -> {
                        b.filter(filters);
                        TextQuery.match(b, match, q, TextQuery.Analysis.WORDS, TEXT_FIELDS, List.of(), alternatives);
                        return b;
                    }));
            if (q.isEmpty()) {
                s.sort(o -> o.field(f -> f.field("updated_at").order(SortOrder.Desc)));
            }
            if (!query.facets()) {
                return s;
            }
            for (String facet : FACETS) {
                s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(50)));
            }
            s.aggregations("region", a -> a.terms(t -> t.field("tenant_code").size(50))
                    .aggregations("name", n -> n.terms(t -> t.field("tenant_name").size(1))));
            return s;
        }, Map.class);
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        if (query.facets()) {
            for (String facet : FACETS) {
                facets.put(facet, buckets(response.aggregations().get(facet)));
            }
            facets.put("region", buckets(response.aggregations().get("region")));
        }
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new Result(total, query.page(), query.size(), response.hits().hits().stream()
                .map(hit -> item(hit, match)).toList(), facets, response.took(), 0, match, List.of());
    }

    /**
     * The page in hybrid order (语义检索): the experts matching every word, then — past them, or in their place when
     * none matches every word — the partial matches and the experts found by meaning, fused by rank.
     */
    private Result hybrid(Result words, List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters, String q,
            Function<String, List<String>> alternatives, Query query) throws IOException {
        boolean full = MatchMode.FULL.equals(words.match());
        var fullMatch = QueryBuilders.bool(b -> {
            TextQuery.allWords(b, q, TextQuery.Analysis.WORDS, TEXT_FIELDS, List.of(), alternatives);
            return b;
        });
        var page = hybrid.page(index, q, filters, fullMatch, SOURCE_FIELDS, full ? words.items() : List.of(),
                full ? words.total() : 0, full ? List.of() : words.items(), query.page(), query.size(),
                hit -> item(hit, null), Item::id);
        return new Result(full ? words.total() : 0, query.page(), query.size(),
                page.items().stream().map(r -> r.hit().as(r.match())).toList(), words.facets(), words.tookMillis(),
                page.others(), words.match(), words.suggestions());
    }

    /**
     * 专家推荐: experts in the pool and available, whose specialties meet the plan's event types, never one
     * affiliated with the plan's owning unit; the viewer's own office first, then each tier up the line, then
     * the tiers below; within a tier, more matched specialties first, then the better evaluated.
     */
    Mono<Candidates> candidates(Viewer viewer, ReviewedPlan plan, int size) {
        if (plan.eventTypes().isEmpty()) {
            return Mono.error(ApiException.badRequest("plan-without-event-types",
                    "该预案未登记事件类型，无法匹配专家；请先在预案中填写事件类型"));
        }
        return SearchFailures.guarded(blocking.call(() -> {
            SearchResponse<Map> response = es.search(candidateRequest(index, viewer.tenant().path(), plan, size), Map.class);
            return new Candidates(response.hits().hits().stream().map(h -> candidate(h, plan)).toList(), response.took());
        }), new Candidates(List.of(), 0));
    }

    /** The matching query; built without a cluster, so its rules are unit-tested (ExpertSearchTest). */
    static SearchRequest candidateRequest(String index, String viewerPath, ReviewedPlan plan, int size) {
        List<FieldValue> types = plan.eventTypes().stream().map(FieldValue::of).toList();
        List<String> lineage = SharingRule.lineage(viewerPath);
        String organizationKey = ConflictOfInterest.organizationKey(plan.ownerUnitName());
        return SearchRequest.of(s -> s.index(index).size(size)
                .query(qb -> qb.bool(b -> {
                    b.filter(SharingRule.filter(viewerPath))
                            .filter(QueryBuilders.term(t -> t.field("in_pool").value(true)))
                            .filter(QueryBuilders.term(t -> t.field("availability")
                                    .value(ExpertAvailability.available.getLiteral())))
                            .filter(QueryBuilders.terms(t -> t.field("specialties").terms(v -> v.value(types))))
                            .mustNot(QueryBuilders.term(t -> t.field("affiliation_unit_id")
                                    .value(plan.ownerUnitId().toString())));
                    if (!organizationKey.isEmpty()) {
                        b.mustNot(QueryBuilders.term(t -> t.field("organization_key").value(organizationKey)));
                    }
                    // nearest tier first: own office, then parent, grandparent …; tiers below score nothing here
                    for (int i = 0; i < lineage.size(); i++) {
                        String path = lineage.get(i);
                        float boost = NEAREST_TIER_BOOST * (i + 1);
                        b.should(QueryBuilders.constantScore(c -> c.filter(QueryBuilders.term(t -> t.field(SharingRule.PATH)
                                .value(path))).boost(boost)));
                    }
                    // then relevance: one point per matched specialty
                    for (String type : plan.eventTypes()) {
                        b.should(QueryBuilders.constantScore(c -> c.filter(QueryBuilders.term(t -> t.field("specialties")
                                .value(type))).boost(1f)));
                    }
                    return b;
                }))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("average_score").order(SortOrder.Desc).missing("_last")))
                .sort(o -> o.field(f -> f.field("name.raw").order(SortOrder.Asc))));
    }

    private static List<Bucket> buckets(Aggregate aggregate) {
        if (aggregate == null) {
            return List.of();
        }
        return aggregate.sterms().buckets().array().stream().map(b -> {
            Aggregate name = b.aggregations().get("name");
            String label = name == null || name.sterms().buckets().array().isEmpty() ? null
                    : name.sterms().buckets().array().getFirst().key().stringValue();
            return new Bucket(b.key().stringValue(), label, b.docCount());
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static Item item(Hit<Map> hit, String match) {
        Map<String, Object> s = hit.source();
        String level = (String) s.get("level");
        String availability = (String) s.get("availability");
        return new Item(hit.id(), (String) s.get("name"), (String) s.get("organization"), (String) s.get("title"),
                (String) s.get("tenant_code"), (String) s.get("tenant_name"), (String) s.get("tier"), level,
                label(ExpertFields.LEVEL_LABELS, ExpertFields.level(level)), (List<String>) s.get("specialties"),
                availability, label(ExpertFields.AVAILABILITY_LABELS, ExpertFields.availability(availability)),
                Boolean.TRUE.equals(s.get("in_pool")), number(s.get("completed_invocations")) == null ? null
                        : number(s.get("completed_invocations")).intValue(),
                number(s.get("average_score")) == null ? null : number(s.get("average_score")).doubleValue(), match);
    }

    @SuppressWarnings("unchecked")
    private static Candidate candidate(Hit<Map> hit, ReviewedPlan plan) {
        Map<String, Object> s = hit.source();
        List<String> specialties = (List<String>) s.get("specialties");
        String level = (String) s.get("level");
        return new Candidate(java.util.UUID.fromString(hit.id()), (String) s.get("name"), (String) s.get("organization"),
                (String) s.get("title"), (String) s.get("tenant_code"), (String) s.get("tenant_name"),
                (String) s.get("tier"), level, label(ExpertFields.LEVEL_LABELS, ExpertFields.level(level)), specialties,
                specialties.stream().filter(plan.eventTypes()::contains).toList(),
                number(s.get("average_score")) == null ? null : number(s.get("average_score")).doubleValue());
    }

    private static <E> String label(Map<E, String> labels, E value) {
        return value == null ? null : labels.get(value);
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : null;
    }
}
