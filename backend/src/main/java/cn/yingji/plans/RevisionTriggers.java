package cn.yingji.plans;

import static cn.yingji.db.Tables.PLAN_REVISION_TRIGGER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.yingji.records.RecordWrites;
import cn.yingji.db.enums.RevisionTriggerKind;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.db.tables.records.PlanRevisionTriggerRecord;
import cn.yingji.plans.PlanLifecycle.Action;
import cn.yingji.plans.PlanViews.Trigger;
import cn.yingji.plans.PlanViews.TriggerRequest;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 修订触发: why a plan must be revised (法律法规变化、演练发现问题…); a trigger stays open until a revision of the series is
 * issued. Other features (a drill's corrective action) raise one in their own transaction.
 */
@Component
public class RevisionTriggers {

    private static final Map<RevisionTriggerKind, String> TRIGGER_KINDS = Map.of(
            RevisionTriggerKind.law, "法律法规或上位文件变化",
            RevisionTriggerKind.organization, "组织机构或职责调整",
            RevisionTriggerKind.risk, "面临的重大风险变化",
            RevisionTriggerKind.resource, "重要应急资源变化",
            RevisionTriggerKind.drill_lesson, "演练发现问题",
            RevisionTriggerKind.incident_lesson, "突发事件处置发现问题",
            RevisionTriggerKind.upper_plan_change, "上级预案修订",
            RevisionTriggerKind.evaluation, "评估认为应当修订",
            RevisionTriggerKind.other, "其他情形");

    private final TenantTx tx;
    private final RecordWrites writes;

    RevisionTriggers(TenantTx tx, RecordWrites writes) {
        this.tx = tx;
        this.writes = writes;
    }

    /** 修订触发: records why the plan must be revised; it stays open until a revision is issued. */
    Mono<Trigger> raise(Viewer viewer, UUID id, TriggerRequest request) {
        RevisionTriggerKind kind = RevisionTriggerKind.lookupLiteral(request.kind());
        if (kind == null) {
            return Mono.error(ApiException.badRequest("invalid-trigger-kind", "修订触发情形无效，可选值："
                    + String.join("、", java.util.Arrays.stream(RevisionTriggerKind.values()).map(RevisionTriggerKind::getLiteral).toList())));
        }
        if (request.occurredOn().isAfter(LocalDate.now(Plans.CHINA))) {
            return Mono.error(ApiException.badRequest("trigger-date-in-future", "发生日期不能晚于今天"));
        }
        return tx.call(viewer, dsl -> raise(dsl, viewer, id, kind, request.note().strip(), request.occurredOn()));
    }

    /**
     * Raises a trigger on one of the viewer's plans in force inside the caller's transaction: also the way other
     * features (a drill's corrective action) feed the revision clock.
     */
    public Trigger raise(DSLContext dsl, Viewer viewer, UUID id, RevisionTriggerKind kind, String note, LocalDate on) {
        PlanRecord plan = Plans.loadOwn(dsl, viewer, id);
        PlanLifecycle.check(plan.getStatus(), Action.EVALUATE);
        Trigger view = trigger(insert(dsl, viewer, plan, kind, note, on));
        writes.written(dsl, viewer, Plans.TYPE, "plan.trigger", id, null, view);
        return view;
    }

    /** The triggers of the plan's whole series, open ones first. */
    Mono<List<Trigger>> triggers(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            PlanRecord plan = Plans.load(dsl, id);
            return dsl.selectFrom(PLAN_REVISION_TRIGGER).where(PLAN_REVISION_TRIGGER.SERIES_ID.eq(plan.getSeriesId()))
                    .orderBy(PLAN_REVISION_TRIGGER.RESOLVED_AT.isNull().desc(), PLAN_REVISION_TRIGGER.OCCURRED_ON.desc())
                    .fetch(RevisionTriggers::trigger);
        });
    }

    static PlanRevisionTriggerRecord insert(DSLContext dsl, Viewer viewer, PlanRecord plan,
            RevisionTriggerKind kind, String note, LocalDate on) {
        return dsl.insertInto(PLAN_REVISION_TRIGGER)
                .set(PLAN_REVISION_TRIGGER.PLAN_ID, plan.getId())
                .set(PLAN_REVISION_TRIGGER.SERIES_ID, plan.getSeriesId())
                .set(PLAN_REVISION_TRIGGER.KIND, kind)
                .set(PLAN_REVISION_TRIGGER.NOTE, note)
                .set(PLAN_REVISION_TRIGGER.OCCURRED_ON, on)
                .set(PLAN_REVISION_TRIGGER.RAISED_BY, viewer.displayName())
                .returning().fetchSingle();
    }

    private static Trigger trigger(PlanRevisionTriggerRecord r) {
        return new Trigger(r.getId(), r.getPlanId(), r.getKind().getLiteral(), TRIGGER_KINDS.get(r.getKind()), r.getNote(),
                r.getOccurredOn(), r.getRaisedBy(), r.getCreatedAt(), r.getResolvedByPlanId(), r.getResolvedAt());
    }
}
