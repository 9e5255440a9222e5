package cn.yingji.plans;

import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_EVALUATION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.yingji.records.RecordWrites;
import cn.yingji.db.enums.EvaluationConclusion;
import cn.yingji.db.enums.RevisionTriggerKind;
import cn.yingji.db.tables.records.PlanEvaluationRecord;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.plans.PlanLifecycle.Action;
import cn.yingji.plans.PlanViews.Evaluation;
import cn.yingji.plans.PlanViews.EvaluationRequest;
import cn.yingji.plans.PlanViews.Plan;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.Text;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 预案评估: evaluation records and the evaluation clock (预案评估 obligations); a conclusion other than "keep" raises a
 * revision trigger.
 */
@Component
class PlanEvaluations {

    private static final Map<EvaluationConclusion, String> CONCLUSIONS = Map.of(EvaluationConclusion.keep, "继续适用",
            EvaluationConclusion.revise, "需要修订", EvaluationConclusion.abolish, "建议废止");

    private final TenantTx tx;
    private final Plans plans;
    private final RecordWrites writes;
    private final Obligations obligations;

    PlanEvaluations(TenantTx tx, Plans plans, RecordWrites writes, Obligations obligations) {
        this.tx = tx;
        this.plans = plans;
        this.writes = writes;
        this.obligations = obligations;
    }

    /**
     * 评估: records the evaluation and restarts the clock from its date. A conclusion other than "keep" is
     * itself a revision trigger.
     */
    Mono<Plan> evaluate(Viewer viewer, UUID id, EvaluationRequest request) {
        EvaluationConclusion conclusion = EvaluationConclusion.lookupLiteral(request.conclusion());
        if (conclusion == null) {
            return Mono.error(ApiException.badRequest("invalid-evaluation-conclusion",
                    "评估结论无效，可选值：keep（继续适用）、revise（需要修订）、abolish（建议废止）"));
        }
        LocalDate on = request.evaluatedOn();
        if (on.isAfter(LocalDate.now(Plans.CHINA))) {
            return Mono.error(ApiException.badRequest("evaluation-date-in-future", "评估日期不能晚于今天"));
        }
        return tx.call(viewer, dsl -> {
            PlanRecord before = Plans.loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.EVALUATE);
            if (on.isBefore(before.getIssuedOn())) {
                throw ApiException.badRequest("evaluation-before-issue", "评估日期不能早于预案印发日期 " + before.getIssuedOn());
            }
            EvaluationClock clock = EvaluationClock.of(plans.policy(dsl, viewer));
            LocalDate last = before.getLastEvaluatedOn() == null || on.isAfter(before.getLastEvaluatedOn()) ? on
                    : before.getLastEvaluatedOn();
            LocalDate due = clock.dueAfter(last);
            PlanEvaluationRecord evaluation = dsl.insertInto(PLAN_EVALUATION)
                    .set(PLAN_EVALUATION.PLAN_ID, id)
                    .set(PLAN_EVALUATION.EVALUATED_ON, on)
                    .set(PLAN_EVALUATION.CONCLUSION, conclusion)
                    .set(PLAN_EVALUATION.FINDINGS, request.findings().strip())
                    .set(PLAN_EVALUATION.EVALUATOR, blankToNull(request.evaluator()))
                    .set(PLAN_EVALUATION.RECORDED_BY, viewer.displayName())
                    .returning().fetchSingle();
            if (conclusion != EvaluationConclusion.keep) {
                RevisionTriggers.insert(dsl, viewer, before, RevisionTriggerKind.evaluation,
                        CONCLUSIONS.get(conclusion) + "：" + Text.abbreviate(request.findings().strip(), 1900), on);
            }
            PlanRecord after = writes.update(dsl, Plans.TYPE, before, request.version(), dsl.update(PLAN)
                    .set(PLAN.LAST_EVALUATED_ON, last)
                    .set(PLAN.EVALUATION_DUE_ON, due)
                    .set(PLAN.EVALUATION_REMINDER_ON, clock.reminderFor(due)));
            // 预案评估 done on its day; the next one is owed one cycle after the latest evaluation
            obligations.closeOn(dsl, ObligationKind.PLAN_EVALUATION, id, on);
            obligations.open(dsl, new Obligations.Opening(ObligationKind.PLAN_EVALUATION, id, after.getTitle(),
                    after.getTenantCode(), after.getOwnerUnitId(), Instant.now(), new DueRule.OnDay(due).dueAt(), null));
            Plan view = plans.written(dsl, viewer, "plan.evaluate", before, after);
            writes.audited(dsl, viewer, "plan_evaluation", "plan.evaluation", evaluation.getId(), null, evaluation(evaluation));
            return view;
        });
    }

    Mono<List<Evaluation>> evaluations(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            Plans.load(dsl, id);
            return dsl.selectFrom(PLAN_EVALUATION).where(PLAN_EVALUATION.PLAN_ID.eq(id))
                    .orderBy(PLAN_EVALUATION.EVALUATED_ON.desc(), PLAN_EVALUATION.CREATED_AT.desc())
                    .fetch(PlanEvaluations::evaluation);
        });
    }

    private static Evaluation evaluation(PlanEvaluationRecord r) {
        return new Evaluation(r.getId(), r.getPlanId(), r.getEvaluatedOn(), r.getConclusion().getLiteral(),
                CONCLUSIONS.get(r.getConclusion()), r.getFindings(), r.getEvaluator(), r.getRecordedBy(), r.getCreatedAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
