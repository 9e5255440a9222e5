package cn.yingji.drills;

import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.ORG_UNIT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import cn.yingji.platform.ApiException;
import cn.yingji.search.SearchFailures;
import cn.yingji.search.SearchFilters;
import cn.yingji.search.TextQuery;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.tenancy.SharingRule;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 演练检索: full text over title, scenario, summary and evaluation, with facets, through the viewer's sharing
 * filter widened by exactly one case, the mirror of the {@code participant_read} policy: joint drills the
 * viewer's region takes part in.
 */
@Component
class DrillSearch {

    static final List<String> FACETS = List.of("form", "status", "event_types", "year", "tier");
    private static final String CHINA_OFFSET = "+08:00";
    private static final List<TextQuery.Field> TEXT_FIELDS = List.of(new TextQuery.Field("title", 3f),
            new TextQuery.Field("scenario"), new TextQuery.Field("summary"), new TextQuery.Field("problems"),
            new TextQuery.Field("strengths"));

    record Query(String q, String form, String status, String eventType, String year, String tier, String attention,
            int page, int size) {
    }

    record Item(String id, String title, String tenantCode, String tenantName, String form, String status,
            @Nullable List<String> eventTypes, @Nullable String plannedOn, @Nullable String heldOn,
            @Nullable String organizerUnitName, @Nullable String rating, int openActions,
            @Nullable String firstOpenActionDueOn, @Nullable Map<String, List<String>> highlights) {

        Item withOrganizer(String name) {
            return new Item(id, title, tenantCode, tenantName, form, status, eventTypes, plannedOn, heldOn, name, rating,
                    openActions, firstOpenActionDueOn, highlights);
        }
    }

    record Bucket(String key, long count) {
    }

    record Result(long total, int page, int size, List<Item> items, Map<String, List<Bucket>> facets) {
    }

    private final ElasticsearchClient es;
    private final JdbcScheduler blocking;
    private final TenantTx tx;
    private final String index;

    DrillSearch(ElasticsearchClient es, JdbcScheduler blocking, TenantTx tx, DrillDocuments documents) {
        this.index = documents.index();
        this.es = es;
        this.blocking = blocking;
        this.tx = tx;
    }

    /** What the viewer may read: the sharing rule, or a joint drill its region takes part in. */
    static co.elastic.clients.elasticsearch._types.query_dsl.Query visibleTo(Viewer viewer) {
        return QueryBuilders.bool(b -> b
                .should(SharingRule.filter(viewer.tenant().path()))
                .should(QueryBuilders.term(t -> t.field(DrillDocuments.PARTICIPANTS).value(viewer.tenant().code())))
                .minimumShouldMatch("1")
                .filter(SharingRule.readable(viewer, Drills.ENTITY)));
    }

    Mono<Result> search(Viewer viewer, Query query) {
        String q = query.q() == null ? "" : query.q().strip();
        return SearchFailures.guarded(blocking.call(() -> run(viewer, query, q)),
                new Result(0, query.page(), query.size(), List.of(), Map.of())).flatMap(r -> visibleOrganizers(viewer, r));
    }

    /**
     * The organizing unit's name as the viewer may read it: a unit is shared up only, so a joint drill's participant
     * or a reader of a published drill from elsewhere sees the drill but not the unit (as on the drill's own page).
     */
    private Mono<Result> visibleOrganizers(Viewer viewer, Result result) {
        if (result.items().isEmpty()) {
            return Mono.just(result);
        }
        List<UUID> ids = result.items().stream().map(i -> UUID.fromString(i.id())).toList();
        return tx.call(viewer, dsl -> dsl.select(DRILL.ID, ORG_UNIT.NAME).from(DRILL)
                        .join(ORG_UNIT).on(ORG_UNIT.ID.eq(DRILL.ORGANIZER_UNIT_ID)).where(DRILL.ID.in(ids))
                        .fetchMap(DRILL.ID, ORG_UNIT.NAME))
                .map(names -> new Result(result.total(), result.page(), result.size(), result.items().stream()
                        .map(i -> i.withOrganizer(names.get(UUID.fromString(i.id())))).toList(), result.facets()));
    }

    @SuppressWarnings("rawtypes")
    private Result run(Viewer viewer, Query query, String q) throws IOException {
        List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters = new ArrayList<>();
        filters.add(visibleTo(viewer));
        SearchFilters.term(filters, "form", query.form());
        SearchFilters.term(filters, "status", query.status());
        SearchFilters.term(filters, "event_types", query.eventType());
        SearchFilters.term(filters, "year", query.year());
        SearchFilters.term(filters, "tier", query.tier());
        if (query.attention() != null && !query.attention().isBlank()) {
            filters.add(switch (query.attention()) {
                case "actions_overdue" -> actionsOverdue();
                case "unevaluated" -> unevaluated();
                default -> throw ApiException.badRequest("invalid-drill-attention",
                        "关注项无效，可选值：actions_overdue（整改逾期）、unevaluated（已举办未评估）");
            });
        }
        boolean byRelevance = !q.isEmpty();
        SearchResponse<Map> response = es.search(s -> {
            s.index(index)
                    .from(query.page() * query.size()).size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(qb -> qb.bool(b -> {
                        b.filter(filters);
                        // the drills' index is analyzed per character: each word as an exact phrase
                        TextQuery.allWords(b, q, TextQuery.Analysis.CHARACTERS, TEXT_FIELDS, List.of());
                        return b;
                    }))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("scenario", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(2))))
                            .fields(NamedValue.of("problems", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(2)))));
            if (!byRelevance) {
                s.sort(o -> o.field(f -> f.field("held_on").order(SortOrder.Desc).missing("_first")))
                        .sort(o -> o.field(f -> f.field("planned_on").order(SortOrder.Desc)));
            }
            for (String facet : FACETS) {
                s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(50)));
            }
            s.aggregations("attention", a -> a.filters(f -> f.filters(b -> b.keyed(Map.of(
                    "actions_overdue", actionsOverdue(), "unevaluated", unevaluated())))));
            return s;
        }, Map.class);
        List<Item> items = response.hits().hits().stream().map(DrillSearch::item).toList();
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            var a = response.aggregations().get(facet);
            facets.put(facet, a == null ? List.of() : a.sterms().buckets().array().stream()
                    .map((StringTermsBucket bk) -> new Bucket(bk.key().stringValue(), bk.docCount())).toList());
        }
        var attention = response.aggregations().get("attention");
        facets.put("attention", attention == null ? List.of() : List.of("actions_overdue", "unevaluated").stream()
                .map(key -> new Bucket(key, attention.filters().buckets().keyed().get(key).docCount())).toList());
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new Result(total, query.page(), query.size(), items, facets);
    }

    /** 整改逾期: an open corrective action due before today (China's calendar), as CorrectiveActions computes it. */
    private static co.elastic.clients.elasticsearch._types.query_dsl.Query actionsOverdue() {
        return QueryBuilders.range(r -> r.date(d -> d.field("first_open_action_due_on").timeZone(CHINA_OFFSET)
                .lte("now/d-1d")));
    }

    /** 已举办未评估. */
    private static co.elastic.clients.elasticsearch._types.query_dsl.Query unevaluated() {
        return QueryBuilders.bool(b -> b.filter(QueryBuilders.term(t -> t.field("status").value("held")))
                .mustNot(QueryBuilders.exists(e -> e.field("rating"))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Item item(Hit<Map> hit) {
        Map<String, Object> s = hit.source();
        Number open = (Number) s.get("open_actions");
        return new Item(hit.id(), (String) s.get("title"), (String) s.get("tenant_code"), (String) s.get("tenant_name"),
                (String) s.get("form"), (String) s.get("status"), (List<String>) s.get("event_types"),
                (String) s.get("planned_on"), (String) s.get("held_on"), (String) s.get("organizer_unit_name"),
                (String) s.get("rating"), open == null ? 0 : open.intValue(), (String) s.get("first_open_action_due_on"),
                hit.highlight());
    }
}
