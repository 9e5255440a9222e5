package cn.yingji.drills;

import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.CORRECTIVE_ACTION;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.TENANT;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.CorrectiveActionStatus;
import cn.yingji.search.SearchIndices;
import cn.yingji.search.TableDocuments;

/**
 * How a drill becomes a document of the {@code yingji-drills} index: its words (title, scenario, summary,
 * evaluation), its facets, the sharing fields plus the regions taking part (a joint drill is theirs to read
 * too), and its open corrective actions.
 */
@Component
class DrillDocuments extends TableDocuments {

    static final String PARTICIPANTS = "participant_codes";

    DrillDocuments(SearchIndices indices) {
        super(Drills.ENTITY, indices, "drills", DRILL.ID);
    }

    @Override
    public Map<UUID, Document> documents(DSLContext indexer, Collection<UUID> ids) {
        Map<UUID, Document> docs = new HashMap<>();
        indexer.select(DRILL.fields()).select(TENANT.NAME, TENANT.TIER, ORG_UNIT.NAME)
                .from(DRILL)
                .join(TENANT).on(TENANT.CODE.eq(DRILL.TENANT_CODE))
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(DRILL.ORGANIZER_UNIT_ID))
                .where(DRILL.ID.in(ids))
                .forEach(r -> {
                    var d = r.into(DRILL);
                    Map<String, Object> source = ownerSource(d.getTenantPath().data(), d.getSharing(), d.getTenantCode(),
                            r.get(TENANT.NAME), r.get(TENANT.TIER));
                    source.put(PARTICIPANTS, Arrays.asList(d.getParticipantCodes()));
                    source.put("title", d.getTitle());
                    source.put("scenario", d.getScenario());
                    source.put("summary", d.getSummary());
                    source.put("strengths", d.getStrengths());
                    source.put("problems", d.getProblems());
                    source.put("form", d.getForm().getLiteral());
                    source.put("status", d.getStatus().getLiteral());
                    source.put("event_types", Arrays.asList(d.getEventTypes()));
                    LocalDate date = d.getHeldOn() != null ? d.getHeldOn() : d.getPlannedOn();
                    source.put("year", String.valueOf(date.getYear()));
                    source.put("planned_on", d.getPlannedOn() == null ? null : d.getPlannedOn().toString());
                    source.put("held_on", d.getHeldOn() == null ? null : d.getHeldOn().toString());
                    source.put("organizer_unit_name", r.get(ORG_UNIT.NAME));
                    source.put("rating", d.getRating() == null ? null : d.getRating().getLiteral());
                    source.put("open_actions", 0);
                    source.put("first_open_action_due_on", null);
                    source.put("updated_at", d.getUpdatedAt().toInstant().toString());
                    docs.put(d.getId(), new Document(d.getVersion(), source));
                });
        // open corrective actions: a drill with one open past its due date shows as 整改逾期
        indexer.select(CORRECTIVE_ACTION.DRILL_ID, DSL.count(), DSL.min(CORRECTIVE_ACTION.DUE_ON))
                .from(CORRECTIVE_ACTION)
                .where(CORRECTIVE_ACTION.DRILL_ID.in(docs.keySet()))
                .and(CORRECTIVE_ACTION.STATUS.ne(CorrectiveActionStatus.done))
                .groupBy(CORRECTIVE_ACTION.DRILL_ID)
                .forEach(r -> {
                    Map<String, Object> source = docs.get(r.value1()).source();
                    source.put("open_actions", r.value2());
                    source.put("first_open_action_due_on", r.value3().toString());
                });
        return docs;
    }
}
