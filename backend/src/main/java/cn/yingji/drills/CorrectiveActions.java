package cn.yingji.drills;

import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.DRILL_CORRECTIVE_ACTION;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.TENANT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.CorrectiveActionStatus;
import cn.yingji.db.enums.RevisionTriggerKind;
import cn.yingji.db.tables.records.DrillCorrectiveActionRecord;
import cn.yingji.db.tables.records.DrillRecord;
import cn.yingji.drills.DrillViews.Action;
import cn.yingji.drills.DrillViews.ActionProgress;
import cn.yingji.drills.DrillViews.ActionRequest;
import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.plans.RevisionTriggers;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.China;
import cn.yingji.platform.Text;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 整改措施 (the improvement plan of a drill): the organizer decides what, which unit and by when; the unit may
 * belong to a region that took part, which then sees the action and reports its progress. An action open past
 * its due date is overdue (逾期), computed from the date, never flagged by hand. A lesson that concerns a plan
 * becomes a revision trigger on it (修订触发情形).
 */
@Component
class CorrectiveActions {

    static final String ENTITY = "drill_corrective_action";
    /** 整改措施: versioned; searched through its drill's document (open and overdue counts). */
    static final Versioned<DrillCorrectiveActionRecord> TYPE = Versioned.stored(ENTITY, "整改措施", DRILL_CORRECTIVE_ACTION,
            DRILL_CORRECTIVE_ACTION.ID, DRILL_CORRECTIVE_ACTION.VERSION, DRILL_CORRECTIVE_ACTION.UPDATED_AT);

    private final TenantTx tx;
    private final RecordWrites writes;
    private final RevisionTriggers triggers;
    private final Obligations obligations;

    CorrectiveActions(TenantTx tx, RecordWrites writes, RevisionTriggers triggers, Obligations obligations) {
        this.obligations = obligations;
        this.tx = tx;
        this.writes = writes;
        this.triggers = triggers;
    }

    /** Filters: {@code scope} assigned (to the viewer's region), own (of its drills), all; {@code state} open, overdue, done. */
    record Filter(String scope, String state) {
    }

    Mono<List<Action>> list(Viewer viewer, Filter f) {
        String me = viewer.tenant().code();
        LocalDate today = China.today();
        Condition where = switch (f.scope() == null ? "all" : f.scope()) {
            case "assigned" -> DRILL_CORRECTIVE_ACTION.ASSIGNEE_CODE.eq(me);
            case "own" -> DRILL_CORRECTIVE_ACTION.TENANT_CODE.eq(me);
            case "all" -> DSL.noCondition();
            default -> throw ApiException.badRequest("invalid-action-scope", "范围无效，可选值：assigned、own、all");
        };
        where = where.and(switch (f.state() == null ? "" : f.state()) {
            case "" -> DSL.noCondition();
            case "open" -> DRILL_CORRECTIVE_ACTION.STATUS.ne(CorrectiveActionStatus.done);
            case "overdue" -> overdue(today);
            case "done" -> DRILL_CORRECTIVE_ACTION.STATUS.eq(CorrectiveActionStatus.done);
            default -> throw ApiException.badRequest("invalid-action-state", "整改状态无效，可选值：open、overdue、done");
        });
        Condition filter = where;
        return tx.call(viewer, dsl -> actions(dsl, viewer, filter));
    }

    static Condition overdue(LocalDate today) {
        return DRILL_CORRECTIVE_ACTION.STATUS.ne(CorrectiveActionStatus.done).and(DRILL_CORRECTIVE_ACTION.DUE_ON.lt(today));
    }

    List<Action> ofDrill(DSLContext dsl, Viewer viewer, UUID drillId) {
        return actions(dsl, viewer, DRILL_CORRECTIVE_ACTION.DRILL_ID.eq(drillId));
    }

    Mono<Action> create(Viewer viewer, UUID drillId, ActionRequest request) {
        return tx.call(viewer, dsl -> {
            DrillRecord drill = Drills.loadOwn(dsl, viewer, drillId);
            DrillLifecycle.checkEvaluable(drill.getStatus());
            if (request.dueOn().isBefore(drill.getHeldOn())) {
                throw ApiException.badRequest("action-due-before-drill",
                        "整改期限不能早于演练举办日期 " + drill.getHeldOn());
            }
            String assignee = dsl.select(ORG_UNIT.TENANT_CODE).from(ORG_UNIT).where(ORG_UNIT.ID.eq(request.ownerUnitId()))
                    .fetchOne(ORG_UNIT.TENANT_CODE);
            if (assignee == null || !(assignee.equals(drill.getTenantCode())
                    || Arrays.asList(drill.getParticipantCodes()).contains(assignee))) {
                throw ApiException.badRequest("action-owner-invalid",
                        "责任单位须为本地区或参演地区的组织单位");
            }
            if (request.planId() != null && !Arrays.asList(drill.getPlanIds()).contains(request.planId())) {
                throw ApiException.badRequest("action-plan-invalid", "整改涉及的预案须为该演练关联的预案");
            }
            DrillCorrectiveActionRecord row = dsl.insertInto(DRILL_CORRECTIVE_ACTION)
                    .set(DRILL_CORRECTIVE_ACTION.DRILL_ID, drillId)
                    .set(DRILL_CORRECTIVE_ACTION.DESCRIPTION, request.description().strip())
                    .set(DRILL_CORRECTIVE_ACTION.OWNER_UNIT_ID, request.ownerUnitId())
                    .set(DRILL_CORRECTIVE_ACTION.ASSIGNEE_CODE, assignee)
                    .set(DRILL_CORRECTIVE_ACTION.DUE_ON, request.dueOn())
                    .set(DRILL_CORRECTIVE_ACTION.PLAN_ID, request.planId())
                    .set(DRILL_CORRECTIVE_ACTION.CREATED_BY, viewer.displayName())
                    .set(DRILL_CORRECTIVE_ACTION.UPDATED_BY, viewer.displayName())
                    .returning().fetchSingle();
            owe(dsl, drill.getTitle(), row, Instant.now());
            return written(dsl, viewer, "drill.action.create", null, row);
        });
    }

    /** 整改进展: by the organizer or by the region responsible (row-level security lets only those two write). */
    Mono<Action> progress(Viewer viewer, UUID id, ActionProgress request) {
        CorrectiveActionStatus status = DrillLifecycle.actionStatus(request.status());
        LocalDate today = China.today();
        LocalDate completedOn = status == CorrectiveActionStatus.done
                ? (request.completedOn() == null ? today : request.completedOn()) : null;
        if (completedOn != null && completedOn.isAfter(today)) {
            return Mono.error(ApiException.badRequest("action-completed-in-future", "完成日期不能晚于今天"));
        }
        return tx.call(viewer, dsl -> {
            DrillCorrectiveActionRecord before = loadWritable(dsl, viewer, id);
            DrillCorrectiveActionRecord after = writes.update(dsl, TYPE, before, request.version(),
                    dsl.update(DRILL_CORRECTIVE_ACTION)
                            .set(DRILL_CORRECTIVE_ACTION.STATUS, status)
                            .set(DRILL_CORRECTIVE_ACTION.PROGRESS_NOTE, request.progressNote() == null
                                    ? before.getProgressNote() : request.progressNote().strip())
                            .set(DRILL_CORRECTIVE_ACTION.COMPLETED_ON, completedOn)
                            .set(DRILL_CORRECTIVE_ACTION.UPDATED_BY, viewer.displayName()));
            if (after.getStatus() == CorrectiveActionStatus.done && before.getStatus() != CorrectiveActionStatus.done) {
                obligations.closeOn(dsl, ObligationKind.CORRECTIVE_ACTION, id, after.getCompletedOn());
            } else if (after.getStatus() != CorrectiveActionStatus.done && before.getStatus() == CorrectiveActionStatus.done) {
                // reopened: owed again by the same day
                String drillTitle = dsl.select(DRILL.TITLE).from(DRILL).where(DRILL.ID.eq(after.getDrillId()))
                        .fetchOne(DRILL.TITLE);
                owe(dsl, drillTitle, after, after.getCreatedAt().toInstant());
            }
            return written(dsl, viewer, "drill.action.progress", before, after);
        });
    }

    /**
     * 登记修订触发情形: the lesson concerns one of the viewer's own plans in force (the action's plan, or one the
     * drill tested); the trigger keeps the plan flagged until a revision is issued.
     */
    Mono<Action> raiseTrigger(Viewer viewer, UUID id, UUID planId) {
        return tx.call(viewer, dsl -> {
            DrillCorrectiveActionRecord before = loadWritable(dsl, viewer, id);
            if (before.getTriggerId() != null) {
                throw ApiException.conflict("action-trigger-exists", "该整改措施已登记修订触发情形");
            }
            DrillRecord drill = dsl.selectFrom(DRILL).where(DRILL.ID.eq(before.getDrillId())).fetchOne();
            boolean concerned = planId.equals(before.getPlanId())
                    || drill != null && Arrays.asList(drill.getPlanIds()).contains(planId);
            if (!concerned) {
                throw ApiException.badRequest("action-plan-invalid", "整改涉及的预案须为该演练关联的预案");
            }
            String note = "演练「" + (drill == null ? "" : drill.getTitle()) + "」整改：" + before.getDescription();
            var trigger = triggers.raise(dsl, viewer, planId, RevisionTriggerKind.drill_lesson,
                    note.length() > 2000 ? note.substring(0, 2000) : note,
                    drill == null ? China.today() : drill.getHeldOn());
            DrillCorrectiveActionRecord after = writes.update(dsl, TYPE, before, before.getVersion(),
                    dsl.update(DRILL_CORRECTIVE_ACTION)
                            .set(DRILL_CORRECTIVE_ACTION.PLAN_ID, planId)
                            .set(DRILL_CORRECTIVE_ACTION.TRIGGER_ID, trigger.id())
                            .set(DRILL_CORRECTIVE_ACTION.UPDATED_BY, viewer.displayName()));
            return written(dsl, viewer, "drill.action.trigger", before, after);
        });
    }

    /**
     * 整改落实: the region responsible and its unit owe the action by its due day (the organizer oversees it: the
     * region is its own or one below, and obligations are shared up).
     */
    private void owe(DSLContext dsl, String drillTitle, DrillCorrectiveActionRecord action, Instant arises) {
        obligations.openBelow(dsl, new Obligations.Opening(ObligationKind.CORRECTIVE_ACTION, action.getId(),
                Text.abbreviate(action.getDescription(), 300), action.getAssigneeCode(), action.getOwnerUnitId(),
                arises, new DueRule.OnDay(action.getDueOn()).dueAt(), drillTitle == null ? null : "演练：" + drillTitle));
    }

    /** Removing a region from a drill is refused while actions are assigned to it. */
    void checkAssigneesRemain(DSLContext dsl, UUID drillId, List<String> participants, String organizer) {
        var orphaned = dsl.selectDistinct(DRILL_CORRECTIVE_ACTION.ASSIGNEE_CODE).from(DRILL_CORRECTIVE_ACTION)
                .where(DRILL_CORRECTIVE_ACTION.DRILL_ID.eq(drillId))
                .and(DRILL_CORRECTIVE_ACTION.ASSIGNEE_CODE.notIn(participants))
                .and(DRILL_CORRECTIVE_ACTION.ASSIGNEE_CODE.ne(organizer))
                .fetch(DRILL_CORRECTIVE_ACTION.ASSIGNEE_CODE);
        if (!orphaned.isEmpty()) {
            throw ApiException.conflict("drill-participant-has-actions",
                    "参演地区 " + String.join("、", orphaned) + " 还有整改措施，不能从演练中移除");
        }
    }

    private DrillCorrectiveActionRecord loadWritable(DSLContext dsl, Viewer viewer, UUID id) {
        DrillCorrectiveActionRecord row = dsl.selectFrom(DRILL_CORRECTIVE_ACTION)
                .where(DRILL_CORRECTIVE_ACTION.ID.eq(id)).fetchOne();
        if (row == null) {
            throw ApiException.notFound("action-not-found", "未找到整改措施 " + id + "，或不在您的可见范围内");
        }
        String me = viewer.tenant().code();
        if (!row.getTenantCode().equals(me) && !row.getAssigneeCode().equals(me)) {
            throw ApiException.forbidden("not-owner", "只有组织演练的地区和责任地区可以更新整改措施");
        }
        return row;
    }

    private Action written(DSLContext dsl, Viewer viewer, String action, DrillCorrectiveActionRecord before,
            DrillCorrectiveActionRecord after) {
        Action view = actions(dsl, viewer, DRILL_CORRECTIVE_ACTION.ID.eq(after.getId())).getFirst();
        writes.written(dsl, viewer, TYPE, action, after.getId(), before == null ? null : before.intoMap(), view);
        // the drill's document counts its open and overdue actions
        writes.reindex(dsl, Drills.TYPE, after.getDrillId());
        return view;
    }

    private static List<Action> actions(DSLContext dsl, Viewer viewer, Condition where) {
        String me = viewer.tenant().code();
        LocalDate today = China.today();
        var assignee = TENANT.as("assignee");
        var organizer = TENANT.as("organizer");
        return dsl.select(DRILL_CORRECTIVE_ACTION.fields())
                .select(DRILL.TITLE, organizer.NAME, assignee.NAME, ORG_UNIT.NAME)
                .from(DRILL_CORRECTIVE_ACTION)
                .join(organizer).on(organizer.CODE.eq(DRILL_CORRECTIVE_ACTION.TENANT_CODE))
                .join(assignee).on(assignee.CODE.eq(DRILL_CORRECTIVE_ACTION.ASSIGNEE_CODE))
                // the drill and the unit as far as the viewer may read them
                .leftJoin(DRILL).on(DRILL.ID.eq(DRILL_CORRECTIVE_ACTION.DRILL_ID))
                .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(DRILL_CORRECTIVE_ACTION.OWNER_UNIT_ID))
                .where(where)
                .orderBy(DRILL_CORRECTIVE_ACTION.STATUS.eq(CorrectiveActionStatus.done), DRILL_CORRECTIVE_ACTION.DUE_ON,
                        DRILL_CORRECTIVE_ACTION.ID)
                .fetch(r -> {
                    var a = r.into(DRILL_CORRECTIVE_ACTION);
                    return new Action(a.getId(), a.getDrillId(), r.get(DRILL.TITLE), a.getTenantCode(),
                            r.get(organizer.NAME), a.getDescription(), a.getOwnerUnitId(), r.get(ORG_UNIT.NAME),
                            a.getAssigneeCode(), r.get(assignee.NAME), a.getDueOn(), a.getStatus().getLiteral(),
                            DrillLifecycle.label(a.getStatus()),
                            a.getStatus() != CorrectiveActionStatus.done && a.getDueOn().isBefore(today),
                            a.getProgressNote(), a.getCompletedOn(), a.getPlanId(), a.getTriggerId(),
                            a.getTenantCode().equals(me), a.getAssigneeCode().equals(me), a.getVersion(),
                            a.getUpdatedAt());
                });
    }
}
