package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT;
import static cn.yingji.db.Tables.EVENT_REPORT;
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
 * How a report becomes a document of the {@code yingji-reports} index: its words (the content, the event's title),
 * what it is (初报/续报n/终报, channel, 迟报), whose and when, and the sharing fields (shared up, as the report).
 */
@Component
class ReportDocuments extends TableDocuments {

    ReportDocuments(SearchIndices indices) {
        super(Reports.ENTITY, indices, "reports", EVENT_REPORT.ID);
    }

    @Override
    public Map<UUID, Document> documents(DSLContext indexer, Collection<UUID> ids) {
        Map<UUID, Document> docs = new HashMap<>();
        indexer.select(EVENT_REPORT.fields()).select(TENANT.NAME, TENANT.TIER, EVENT.TITLE).from(EVENT_REPORT)
                .join(TENANT).on(TENANT.CODE.eq(EVENT_REPORT.TENANT_CODE))
                .join(EVENT).on(EVENT.ID.eq(EVENT_REPORT.EVENT_ID))
                .where(EVENT_REPORT.ID.in(ids))
                .forEach(r -> {
                    var report = r.into(EVENT_REPORT);
                    Map<String, Object> source = ownerSource(report.getTenantPath().data(), report.getSharing(),
                            report.getTenantCode(), r.get(TENANT.NAME), r.get(TENANT.TIER));
                    source.put("title", ReportSequence.title(ReportStage.of(report.getStage().getLiteral()),
                            report.getFollowUpNo()));
                    source.put("event_id", report.getEventId().toString());
                    source.put("event_title", r.get(EVENT.TITLE));
                    source.put("content", report.getContent());
                    source.put("stage", report.getStage().getLiteral());
                    source.put("channel", report.getChannel().getLiteral());
                    source.put("late", report.getLate());
                    source.put("reported_at", report.getReportedAt().toInstant().toString());
                    docs.put(report.getId(), new Document(report.getVersion(), source));
                });
        return docs;
    }
}
