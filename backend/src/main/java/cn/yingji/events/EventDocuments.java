package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT;
import static cn.yingji.db.Tables.TENANT;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.yingji.search.SearchIndices;
import cn.yingji.search.TableDocuments;

/**
 * How an event becomes a document of the {@code yingji-events} index: its words (title, summary, address, the
 * 总结评估), its
 * facets (type, severity, status), its place as a {@code geo_point} (the one map), and the sharing fields.
 */
@Component
class EventDocuments extends TableDocuments {

    EventDocuments(SearchIndices indices) {
        super(Events.ENTITY, indices, "events", EVENT.ID);
    }

    @Override
    public Map<UUID, Document> documents(DSLContext indexer, Collection<UUID> ids) {
        Map<UUID, Document> docs = new HashMap<>();
        indexer.select(EVENT.fields()).select(TENANT.NAME, TENANT.TIER).from(EVENT)
                .join(TENANT).on(TENANT.CODE.eq(EVENT.TENANT_CODE))
                .where(EVENT.ID.in(ids))
                .forEach(r -> {
                    var e = r.into(EVENT);
                    Map<String, Object> source = ownerSource(e.getTenantPath().data(), e.getSharing(), e.getTenantCode(),
                            r.get(TENANT.NAME), r.get(TENANT.TIER));
                    source.put("title", e.getTitle());
                    source.put("summary", e.getSummary());
                    source.put("address", e.getAddress());
                    // the 总结评估's words: an office finds the event by what it taught
                    source.put("evaluation", String.join("\n", java.util.stream.Stream.of(e.getEvaluationProcess(),
                            e.getEvaluationWhatWorked(), e.getEvaluationProblems(), e.getEvaluationLessons())
                            .filter(t -> t != null && !t.isBlank()).toList()));
                    source.put("event_type", e.getEventType());
                    source.put("severity", e.getSeverity().getLiteral());
                    source.put("status", e.getStatus().getLiteral());
                    source.put("occurred_at", e.getOccurredAt().toInstant().toString());
                    source.put("location", Map.of("lat", e.getLatitude(), "lon", e.getLongitude()));
                    source.put("updated_at", e.getUpdatedAt().toInstant().toString());
                    docs.put(e.getId(), new Document(e.getVersion(), source));
                });
        return docs;
    }
}
