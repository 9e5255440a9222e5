package cn.yingji.drills;

import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.EVENT;
import static cn.yingji.db.Tables.CORRECTIVE_ACTION;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.TENANT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.CorrectiveActionStatus;
import cn.yingji.db.enums.RevisionTriggerKind;
import cn.yingji.db.tables.records.CorrectiveActionRecord;
import cn.yingji.db.tables.records.DrillRecord;
import cn.yingji.drills.CorrectiveActionViews.Action;
import cn.yingji.drills.CorrectiveActionViews.ActionProgress;
import cn.yingji.drills.CorrectiveActionViews.ActionRequest;
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
 * 整改措施, of a drill's evaluation or an event's 总结评估 (the one mechanism of both): the owner (the drill's
 * organizer, the event's office) decides what, which unit and by when; the unit may belong to a region concerned (a
 * drill's participant, a region below the event's office), which then sees the action and reports its progress.
 * An action open past its due date is overdue (逾期), computed from the date, never flagged by hand. A lesson that
 * concerns a plan becomes a revision trigger on it (修订触发情形).
 */
@Component
public class CorrectiveActions {

    static final String ENTITY = "drill_corrective_action";
    /** 整改措施: versioned; searched through its drill's document (open and overdue counts). */
    static final Versioned<CorrectiveActionRecord> TYPE = Versioned.stored(ENTITY, "整改措施", CORRECTIVE_ACTION,
            CORRECTIVE_ACTION.ID, CORRECTIVE_ACTION.VERSION, CORRECTIVE_ACTION.UPDATED_AT);

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

    /**
     * What actions are taken on: a drill or an event of the viewer's tenant ({@code drillId} or {@code eventId}),
     * its title, the first day an action may be due, the regions besides the owner whose units may be responsible
     * ({@code null}: any region below the owner), and the plans a lesson may concern ({@code null}: the owner's own).
     */
    public record Subject(@org.jspecify.annotations.Nullable UUID drillId,
            @org.jspecify.annotations.Nullable UUID eventId, String title, LocalDate since, String sinceLabel,
            @org.jspecify.annotations.Nullable Set<String> regions,
            @org.jspecify.annotations.Nullable Set<UUID> planIds) {

        /** The subject's name in an obligation's note and a revision trigger (演练：… / 事件：…). */
        String label() {
            return (drillId != null ? "演练：" : "事件：") + title;
        }
    }

    /** Filters: {@code scope} assigned (to the viewer's region), own (of its drills), all; {@code state} open, overdue, done. */
    record Filter(String scope, String state) {
    }

    Mono<List<Action>> list(Viewer viewer, Filter f) {
        String me = viewer.tenant().code();
        LocalDate today = China.today();
        Condition where = switch (f.scope() == null ? "all" : f.scope()) {
            case "assigned" -> CORRECTIVE_ACTION.ASSIGNEE_CODE.eq(me);
            case "own" -> CORRECTIVE_ACTION.TENANT_CODE.eq(me);
            case "all" -> DSL.noCondition();
            default -> throw ApiException.badRequest("invalid-action-scope", "范围无效，可选值：assigned、own、all");
        };
        where = where.and(switch (f.state() == null ? "" : f.state()) {
            case "" -> DSL.noCondition();
            case "open" -> CORRECTIVE_ACTION.STATUS.ne(CorrectiveActionStatus.done);
            case "overdue" -> overdue(today);
            case "done" -> CORRECTIVE_ACTION.STATUS.eq(CorrectiveActionStatus.done);
            default -> throw ApiException.badRequest("invalid-action-state", "整改状态无效，可选值：open、overdue、done");
        });
        Condition filter = where;
        return tx.call(viewer, dsl -> actions(dsl, viewer, filter));
    }

    static Condition overdue(LocalDate today) {
        return CORRECTIVE_ACTION.STATUS.ne(CorrectiveActionStatus.done).and(CORRECTIVE_ACTION.DUE_ON.lt(today));
    }

    List<Action> ofDrill(DSLContext dsl, Viewer viewer, UUID drillId) {
        return actions(dsl, viewer, CORRECTIVE_ACTION.DRILL_ID.eq(drillId));
    }

    Mono<Action> create(Viewer viewer, UUID drillId, ActionRequest request) {
        return tx.call(viewer, dsl -> {
            DrillRecord drill = Drills.loadOwn(dsl, viewer, drillId);
            DrillLifecycle.checkEvaluable(drill.getStatus());
            return create(dsl, viewer, new Subject(drillId, null, drill.getTitle(), drill.getHeldOn(), "演练举办日期",
                    Set.copyOf(Arrays.asList(drill.getParticipantCodes())), Set.copyOf(Arrays.asList(drill.getPlanIds()))), request);
        });
    }

    /** An action on {@code subject}, of the viewer's tenant, with its obligation, in the caller's transaction. */
    public Action create(DSLContext dsl, Viewer viewer, Subject subject, ActionRequest request) {
        if (request.dueOn().isBefore(subject.since())) {
            throw ApiException.badRequest("action-due-before-drill",
                    "整改期限不能早于" + subject.sinceLabel() + " " + subject.since());
        }
        String me = viewer.tenant().code();
        var assignee = dsl.select(ORG_UNIT.TENANT_CODE, TENANT.PATH).from(ORG_UNIT)
                .join(TENANT).on(TENANT.CODE.eq(ORG_UNIT.TENANT_CODE))
                .where(ORG_UNIT.ID.eq(request.ownerUnitId())).fetchOne();
        boolean allowed = assignee != null && (assignee.value1().equals(me) || (subject.regions() == null
                ? assignee.value2().data().startsWith(viewer.tenant().path() + ".")
                : subject.regions().contains(assignee.value1())));
        if (!allowed) {
            throw ApiException.badRequest("action-owner-invalid", subject.regions() == null
                    ? "责任单位须为本地区或下级地区的组织单位" : "责任单位须为本地区或参演地区的组织单位");
        }
        if (request.planId() != null && !(subject.planIds() == null ? ownPlan(dsl, viewer, request.planId())
                : subject.planIds().contains(request.planId()))) {
            throw ApiException.badRequest("action-plan-invalid", subject.drillId() != null
                    ? "整改涉及的预案须为该演练关联的预案" : "整改涉及的预案须为本地区的预案");
        }
        CorrectiveActionRecord row = dsl.insertInto(CORRECTIVE_ACTION)
                .set(CORRECTIVE_ACTION.DRILL_ID, subject.drillId())
                .set(CORRECTIVE_ACTION.EVENT_ID, subject.eventId())
                .set(CORRECTIVE_ACTION.DESCRIPTION, request.description().strip())
                .set(CORRECTIVE_ACTION.OWNER_UNIT_ID, request.ownerUnitId())
                .set(CORRECTIVE_ACTION.ASSIGNEE_CODE, assignee.value1())
                .set(CORRECTIVE_ACTION.DUE_ON, request.dueOn())
                .set(CORRECTIVE_ACTION.PLAN_ID, request.planId())
                .set(CORRECTIVE_ACTION.CREATED_BY, viewer.displayName())
                .set(CORRECTIVE_ACTION.UPDATED_BY, viewer.displayName())
                .returning().fetchSingle();
        owe(dsl, subject.label(), row, Instant.now());
        return written(dsl, viewer, subject.drillId() != null ? "drill.action.create" : "event.action.create", null, row);
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
            CorrectiveActionRecord before = loadWritable(dsl, viewer, id);
            CorrectiveActionRecord after = writes.update(dsl, TYPE, before, request.version(),
                    dsl.update(CORRECTIVE_ACTION)
                            .set(CORRECTIVE_ACTION.STATUS, status)
                            .set(CORRECTIVE_ACTION.PROGRESS_NOTE, request.progressNote() == null
                                    ? before.getProgressNote() : request.progressNote().strip())
                            .set(CORRECTIVE_ACTION.COMPLETED_ON, completedOn)
                            .set(CORRECTIVE_ACTION.UPDATED_BY, viewer.displayName()));
            if (after.getStatus() == CorrectiveActionStatus.done && before.getStatus() != CorrectiveActionStatus.done) {
                obligations.closeOn(dsl, ObligationKind.CORRECTIVE_ACTION, id, after.getCompletedOn());
            } else if (after.getStatus() != CorrectiveActionStatus.done && before.getStatus() == CorrectiveActionStatus.done) {
                // reopened: owed again by the same day
                owe(dsl, subjectLabel(dsl, after), after, after.getCreatedAt().toInstant());
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
            CorrectiveActionRecord before = loadWritable(dsl, viewer, id);
            if (before.getTriggerId() != null) {
                throw ApiException.conflict("action-trigger-exists", "该整改措施已登记修订触发情形");
            }
            DrillRecord drill = before.getDrillId() == null ? null
                    : dsl.selectFrom(DRILL).where(DRILL.ID.eq(before.getDrillId())).fetchOne();
            boolean concerned = planId.equals(before.getPlanId()) || (drill != null
                    ? Arrays.asList(drill.getPlanIds()).contains(planId) : ownPlan(dsl, viewer, planId));
            if (!concerned) {
                throw ApiException.badRequest("action-plan-invalid", drill != null
                        ? "整改涉及的预案须为该演练关联的预案" : "整改涉及的预案须为本地区的预案");
            }
            String note = subjectLabel(dsl, before) + "，整改：" + before.getDescription();
            var trigger = triggers.raise(dsl, viewer, planId, drill != null ? RevisionTriggerKind.drill_lesson
                    : RevisionTriggerKind.incident_lesson, note.length() > 2000 ? note.substring(0, 2000) : note,
                    drill == null ? China.today() : drill.getHeldOn());
            CorrectiveActionRecord after = writes.update(dsl, TYPE, before, before.getVersion(),
                    dsl.update(CORRECTIVE_ACTION)
                            .set(CORRECTIVE_ACTION.PLAN_ID, planId)
                            .set(CORRECTIVE_ACTION.TRIGGER_ID, trigger.id())
                            .set(CORRECTIVE_ACTION.UPDATED_BY, viewer.displayName()));
            return written(dsl, viewer, "drill.action.trigger", before, after);
        });
    }

    /**
     * 整改落实: the region responsible and its unit owe the action by its due day (the organizer oversees it: the
     * region is its own or one below, and obligations are shared up).
     */
    private void owe(DSLContext dsl, String subject, CorrectiveActionRecord action, Instant arises) {
        obligations.openBelow(dsl, new Obligations.Opening(ObligationKind.CORRECTIVE_ACTION, action.getId(),
                Text.abbreviate(action.getDescription(), 300), action.getAssigneeCode(), action.getOwnerUnitId(),
                arises, new DueRule.OnDay(action.getDueOn()).dueAt(), subject));
    }

    private static boolean ownPlan(DSLContext dsl, Viewer viewer, UUID planId) {
        return dsl.fetchExists(PLAN, PLAN.ID.eq(planId).and(PLAN.TENANT_CODE.eq(viewer.tenant().code())));
    }

    /** 演练：… or 事件：… of an action, as far as the viewer reads its drill or event. */
    private static String subjectLabel(DSLContext dsl, CorrectiveActionRecord action) {
        String title = action.getDrillId() != null
                ? dsl.select(DRILL.TITLE).from(DRILL).where(DRILL.ID.eq(action.getDrillId())).fetchOne(DRILL.TITLE)
                : dsl.select(EVENT.TITLE).from(EVENT).where(EVENT.ID.eq(action.getEventId())).fetchOne(EVENT.TITLE);
        return (action.getDrillId() != null ? "演练：" : "事件：") + (title == null ? "" : title);
    }

    /** The actions of an event's 总结评估, as the viewer reads them. */
    public List<Action> ofEvent(DSLContext dsl, Viewer viewer, UUID eventId) {
        return actions(dsl, viewer, CORRECTIVE_ACTION.EVENT_ID.eq(eventId));
    }

    /** Removing a region from a drill is refused while actions are assigned to it. */
    void checkAssigneesRemain(DSLContext dsl, UUID drillId, List<String> participants, String organizer) {
        var orphaned = dsl.selectDistinct(CORRECTIVE_ACTION.ASSIGNEE_CODE).from(CORRECTIVE_ACTION)
                .where(CORRECTIVE_ACTION.DRILL_ID.eq(drillId))
                .and(CORRECTIVE_ACTION.ASSIGNEE_CODE.notIn(participants))
                .and(CORRECTIVE_ACTION.ASSIGNEE_CODE.ne(organizer))
                .fetch(CORRECTIVE_ACTION.ASSIGNEE_CODE);
        if (!orphaned.isEmpty()) {
            throw ApiException.conflict("drill-participant-has-actions",
                    "参演地区 " + String.join("、", orphaned) + " 还有整改措施，不能从演练中移除");
        }
    }

    private CorrectiveActionRecord loadWritable(DSLContext dsl, Viewer viewer, UUID id) {
        CorrectiveActionRecord row = dsl.selectFrom(CORRECTIVE_ACTION)
                .where(CORRECTIVE_ACTION.ID.eq(id)).fetchOne();
        if (row == null) {
            throw ApiException.notFound("action-not-found", "未找到整改措施 " + id + "，或不在您的可见范围内");
        }
        String me = viewer.tenant().code();
        if (!row.getTenantCode().equals(me) && !row.getAssigneeCode().equals(me)) {
            throw ApiException.forbidden("not-owner", "只有整改措施的所属地区（组织演练或处置事件的地区）和责任地区可以更新整改措施");
        }
        return row;
    }

    private Action written(DSLContext dsl, Viewer viewer, String action, CorrectiveActionRecord before,
            CorrectiveActionRecord after) {
        Action view = actions(dsl, viewer, CORRECTIVE_ACTION.ID.eq(after.getId())).getFirst();
        writes.written(dsl, viewer, TYPE, action, after.getId(), before == null ? null : before.intoMap(), view);
        if (after.getDrillId() != null) {
            // the drill's document counts its open and overdue actions
            writes.reindex(dsl, Drills.TYPE, after.getDrillId());
        }
        return view;
    }

    private static List<Action> actions(DSLContext dsl, Viewer viewer, Condition where) {
        String me = viewer.tenant().code();
        LocalDate today = China.today();
        var assignee = TENANT.as("assignee");
        var organizer = TENANT.as("organizer");
        return dsl.select(CORRECTIVE_ACTION.fields())
                .select(DRILL.TITLE, EVENT.TITLE, organizer.NAME, assignee.NAME, ORG_UNIT.NAME)
                .from(CORRECTIVE_ACTION)
                .join(organizer).on(organizer.CODE.eq(CORRECTIVE_ACTION.TENANT_CODE))
                .join(assignee).on(assignee.CODE.eq(CORRECTIVE_ACTION.ASSIGNEE_CODE))
                // the drill or event and the unit as far as the viewer may read them
                .leftJoin(DRILL).on(DRILL.ID.eq(CORRECTIVE_ACTION.DRILL_ID))
                .leftJoin(EVENT).on(EVENT.ID.eq(CORRECTIVE_ACTION.EVENT_ID))
                .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(CORRECTIVE_ACTION.OWNER_UNIT_ID))
                .where(where)
                .orderBy(CORRECTIVE_ACTION.STATUS.eq(CorrectiveActionStatus.done), CORRECTIVE_ACTION.DUE_ON,
                        CORRECTIVE_ACTION.ID)
                .fetch(r -> {
                    var a = r.into(CORRECTIVE_ACTION);
                    return new Action(a.getId(), a.getDrillId(), r.get(DRILL.TITLE), a.getEventId(),
                            r.get(EVENT.TITLE), a.getTenantCode(),
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
