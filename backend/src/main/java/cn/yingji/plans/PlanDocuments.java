package cn.yingji.plans;

import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_ALIGNMENT;
import static cn.yingji.db.Tables.PLAN_ATTACHMENT;
import static cn.yingji.db.Tables.PLAN_REVISION_TRIGGER;
import static cn.yingji.db.Tables.TENANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.PlanStatus;
import cn.yingji.search.SearchIndices;
import cn.yingji.search.TableDocuments;

/** How a plan row becomes a document of the {@code yingji-plans} index. */
@Component
class PlanDocuments extends TableDocuments {

    static final int MAX_ATTACHMENT_TEXT = 1_000_000;

    PlanDocuments(SearchIndices indices) {
        super(Plans.ENTITY, indices, "plans", PLAN.ID);
    }

    @Override
    public Map<UUID, Document> documents(DSLContext indexer, Collection<UUID> ids) {
        Map<UUID, Document> docs = new HashMap<>();
        Map<UUID, UUID> inForce = new HashMap<>();
        indexer.select(PLAN.fields()).select(TENANT.NAME, TENANT.TIER, ORG_UNIT.NAME)
                .from(PLAN)
                .join(TENANT).on(TENANT.CODE.eq(PLAN.TENANT_CODE))
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(PLAN.OWNER_UNIT_ID))
                .where(PLAN.ID.in(ids))
                .forEach(r -> {
                    var p = r.into(PLAN);
                    Map<String, Object> source = ownerSource(p.getTenantPath().data(), p.getSharing(), p.getTenantCode(),
                            r.get(TENANT.NAME), r.get(TENANT.TIER));
                    source.put("series_id", p.getSeriesId().toString());
                    source.put("version_no", p.getVersionNo());
                    source.put("title", p.getTitle());
                    source.put("summary", p.getSummary());
                    source.put("category", p.getCategory().getLiteral());
                    source.put("event_types", Arrays.asList(p.getEventTypes()));
                    source.put("status", p.getStatus().getLiteral());
                    source.put("doc_number", p.getDocNumber());
                    source.put("issued_on", p.getIssuedOn() == null ? null : p.getIssuedOn().toString());
                    source.put("owner_unit_name", r.get(ORG_UNIT.NAME));
                    source.put("updated_at", p.getUpdatedAt().toInstant().toString());
                    source.put("attachment_text", "");
                    source.put("evaluation_due_on", p.getEvaluationDueOn() == null ? null : p.getEvaluationDueOn().toString());
                    source.put("evaluation_reminder_on",
                            p.getEvaluationReminderOn() == null ? null : p.getEvaluationReminderOn().toString());
                    source.put("flags", new ArrayList<String>());
                    if (PlanLifecycle.IN_FORCE.contains(p.getStatus())) {
                        inForce.put(p.getId(), p.getSeriesId());
                    }
                    docs.put(p.getId(), new Document(p.getVersion(), source, meaning(p.getTitle(), p.getSummary())));
                });
        // the words of the attachments (正文 first), capped: search needs the plan's words, not every byte
        indexer.select(PLAN_ATTACHMENT.PLAN_ID, DSL.field("left(string_agg({0}, chr(10) order by {1}, {2}), {3})",
                        String.class, PLAN_ATTACHMENT.EXTRACTED_TEXT, PLAN_ATTACHMENT.ROLE, PLAN_ATTACHMENT.UPLOADED_AT,
                        DSL.inline(MAX_ATTACHMENT_TEXT)))
                .from(PLAN_ATTACHMENT).where(PLAN_ATTACHMENT.PLAN_ID.in(docs.keySet()))
                .groupBy(PLAN_ATTACHMENT.PLAN_ID)
                .forEach(r -> docs.get(r.value1()).source().put("attachment_text", r.value2()));
        flags(indexer, docs, inForce);
        return docs;
    }

    /**
     * Attention flags of versions in force: {@code revision_triggered} (open revision triggers in the series)
     * and {@code alignment_review} (an aligned upper-tier plan has a newer issued version: 需衔接复核).
     */
    @SuppressWarnings("unchecked")
    private static void flags(DSLContext indexer, Map<UUID, Document> docs, Map<UUID, UUID> inForce) {
        if (inForce.isEmpty()) {
            return;
        }
        var triggered = indexer.selectDistinct(PLAN_REVISION_TRIGGER.SERIES_ID).from(PLAN_REVISION_TRIGGER)
                .where(PLAN_REVISION_TRIGGER.SERIES_ID.in(inForce.values()))
                .and(PLAN_REVISION_TRIGGER.RESOLVED_AT.isNull()).fetchSet(PLAN_REVISION_TRIGGER.SERIES_ID);
        var upper = PLAN.as("upper");
        var review = indexer.selectDistinct(PLAN_ALIGNMENT.PLAN_ID).from(PLAN_ALIGNMENT)
                .where(PLAN_ALIGNMENT.PLAN_ID.in(inForce.keySet()))
                .andExists(DSL.selectOne().from(upper).where(upper.SERIES_ID.eq(PLAN_ALIGNMENT.UPPER_SERIES_ID))
                        .and(upper.STATUS.ne(PlanStatus.draft)).and(upper.VERSION_NO.gt(PLAN_ALIGNMENT.ALIGNED_VERSION_NO)))
                .fetchSet(PLAN_ALIGNMENT.PLAN_ID);
        inForce.forEach((id, series) -> {
            List<String> flags = (List<String>) docs.get(id).source().get("flags");
            if (triggered.contains(series)) {
                flags.add("revision_triggered");
            }
            if (review.contains(id)) {
                flags.add("alignment_review");
            }
        });
    }
}
