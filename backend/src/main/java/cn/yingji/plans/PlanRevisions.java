package cn.yingji.plans;

import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_ALIGNMENT;
import static cn.yingji.db.Tables.PLAN_ATTACHMENT;
import static cn.yingji.db.Tables.PLAN_EVALUATION;
import static cn.yingji.db.Tables.PLAN_REVISION_TRIGGER;
import static cn.yingji.db.Tables.TENANT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.records.RecordWrites;
import cn.yingji.db.enums.EvaluationConclusion;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.enums.RevisionTriggerKind;
import cn.yingji.db.enums.Sharing;
import cn.yingji.db.tables.records.PlanAlignmentRecord;
import cn.yingji.db.tables.records.PlanEvaluationRecord;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.db.tables.records.PlanRevisionTriggerRecord;
import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.plans.PlanLifecycle.Action;
import cn.yingji.plans.PlanViews.AlignedPlan;
import cn.yingji.plans.PlanViews.Alignment;
import cn.yingji.plans.PlanViews.Evaluation;
import cn.yingji.plans.PlanViews.EvaluationRequest;
import cn.yingji.plans.PlanViews.Plan;
import cn.yingji.plans.PlanViews.ReviseRequest;
import cn.yingji.plans.PlanViews.SharingRequest;
import cn.yingji.plans.PlanViews.Trigger;
import cn.yingji.plans.PlanViews.TriggerRequest;
import cn.yingji.plans.PlanViews.Version;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.Text;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 评估与修订: evaluation records and the evaluation clock, revision triggers, revisions as new versions,
 * 上下级衔接 links, and publishing a plan to the tiers below.
 */
@Component
public class PlanRevisions {

    private static final Map<EvaluationConclusion, String> CONCLUSIONS = Map.of(EvaluationConclusion.keep, "继续适用",
            EvaluationConclusion.revise, "需要修订", EvaluationConclusion.abolish, "建议废止");
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
    private final Plans plans;
    private final RecordWrites writes;
    private final Obligations obligations;

    PlanRevisions(TenantTx tx, Plans plans, RecordWrites writes, Obligations obligations) {
        this.tx = tx;
        this.plans = plans;
        this.writes = writes;
        this.obligations = obligations;
    }

    /** 修订: a new draft version linked to this one; this one stays in force until the revision is issued. */
    Mono<Plan> revise(Viewer viewer, UUID id, ReviseRequest request) {
        return tx.call(viewer, dsl -> {
            PlanRecord before = Plans.loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.REVISE);
            writes.expect(Plans.TYPE, before, request.version());
            if (dsl.fetchExists(PLAN, PLAN.PREVIOUS_VERSION_ID.eq(id))) {
                throw ApiException.conflict("plan-revision-exists", "该版本已有修订稿，请在修订稿上继续编制");
            }
            PlanRecord draft = new PlanRecord();
            draft.setSeriesId(before.getSeriesId());
            draft.setVersionNo(before.getVersionNo() + 1);
            draft.setPreviousVersionId(id);
            draft.setTitle(before.getTitle());
            draft.setCategory(before.getCategory());
            draft.setEventTypes(before.getEventTypes());
            draft.setOwnerUnitId(before.getOwnerUnitId());
            draft.setLeadUnitId(before.getLeadUnitId());
            draft.setSummary(before.getSummary());
            draft.setJointBasis(before.getJointBasis());
            draft.setParticipantCodes(before.getParticipantCodes());
            draft.setTemplateId(before.getTemplateId());
            draft.setCampaignTaskId(request.campaignTaskId());
            if (request.campaignTaskId() != null) {
                Plans.checkLinks(dsl, viewer, draft);
            }
            PlanRecord row = dsl.insertInto(PLAN).set(draft).returning().fetchSingle();
            // the links to the upper-tier plans carry over, with the version they were last checked against
            dsl.insertInto(PLAN_ALIGNMENT, PLAN_ALIGNMENT.PLAN_ID, PLAN_ALIGNMENT.UPPER_SERIES_ID,
                            PLAN_ALIGNMENT.UPPER_TENANT_CODE, PLAN_ALIGNMENT.ALIGNED_VERSION_NO,
                            PLAN_ALIGNMENT.CONFIRMED_BY, PLAN_ALIGNMENT.CONFIRMED_AT)
                    .select(DSL.select(DSL.val(row.getId()), PLAN_ALIGNMENT.UPPER_SERIES_ID,
                                    PLAN_ALIGNMENT.UPPER_TENANT_CODE, PLAN_ALIGNMENT.ALIGNED_VERSION_NO,
                                    PLAN_ALIGNMENT.CONFIRMED_BY, PLAN_ALIGNMENT.CONFIRMED_AT)
                            .from(PLAN_ALIGNMENT).where(PLAN_ALIGNMENT.PLAN_ID.eq(id)))
                    .execute();
            return plans.written(dsl, viewer, "plan.revise", null, row);
        });
    }

    /** All versions of the plan's series that the viewer may see, oldest first. */
    Mono<List<Version>> versions(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            PlanRecord plan = Plans.load(dsl, id);
            return dsl.selectFrom(PLAN).where(PLAN.SERIES_ID.eq(plan.getSeriesId())).orderBy(PLAN.VERSION_NO)
                    .fetch(r -> new Version(r.getId(), r.getVersionNo(), r.getTitle(), r.getStatus().getLiteral(),
                            PlanLifecycle.label(r.getStatus()), r.getDocNumber(), r.getIssuedOn(), r.getUpdatedAt()));
        });
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
                insertTrigger(dsl, viewer, before, RevisionTriggerKind.evaluation,
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
                    .fetch(PlanRevisions::evaluation);
        });
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
        Trigger view = trigger(insertTrigger(dsl, viewer, plan, kind, note, on));
        writes.written(dsl, viewer, Plans.TYPE, "plan.trigger", id, null, view);
        return view;
    }

    /** The triggers of the plan's whole series, open ones first. */
    Mono<List<Trigger>> triggers(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            PlanRecord plan = Plans.load(dsl, id);
            return dsl.selectFrom(PLAN_REVISION_TRIGGER).where(PLAN_REVISION_TRIGGER.SERIES_ID.eq(plan.getSeriesId()))
                    .orderBy(PLAN_REVISION_TRIGGER.RESOLVED_AT.isNull().desc(), PLAN_REVISION_TRIGGER.OCCURRED_ON.desc())
                    .fetch(PlanRevisions::trigger);
        });
    }

    private static PlanRevisionTriggerRecord insertTrigger(DSLContext dsl, Viewer viewer, PlanRecord plan,
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

    /**
     * 上下级衔接: links the viewer's plan to a plan of a tier above that the viewer may see, checked against
     * its newest issued version.
     */
    Mono<Alignment> align(Viewer viewer, UUID id, UUID upperPlanId) {
        return tx.call(viewer, dsl -> {
            PlanRecord plan = Plans.loadOwn(dsl, viewer, id);
            if (plan.getStatus() == PlanStatus.superseded || plan.getStatus() == PlanStatus.abolished) {
                throw ApiException.conflict("plan-illegal-transition",
                        "预案当前状态为「" + PlanLifecycle.label(plan.getStatus()) + "」，不能登记衔接");
            }
            PlanRecord upper = dsl.selectFrom(PLAN).where(PLAN.ID.eq(upperPlanId)).fetchOne();
            if (upper == null) {
                throw ApiException.notFound("upper-plan-not-found", "未找到上级预案 " + upperPlanId + "，或不在您的可见范围内");
            }
            String upperPath = upper.getTenantPath().data();
            if (!viewer.tenant().path().startsWith(upperPath + ".")) {
                throw ApiException.badRequest("upper-plan-not-above", "衔接的预案必须是上级行政区划的预案");
            }
            if (upper.getStatus() == PlanStatus.draft) {
                throw ApiException.badRequest("upper-plan-not-issued", "只能与已印发的上级预案衔接");
            }
            if (dsl.fetchExists(PLAN_ALIGNMENT, PLAN_ALIGNMENT.PLAN_ID.eq(id)
                    .and(PLAN_ALIGNMENT.UPPER_SERIES_ID.eq(upper.getSeriesId())))) {
                throw ApiException.conflict("alignment-exists", "已登记与该上级预案的衔接");
            }
            PlanAlignmentRecord link = dsl.insertInto(PLAN_ALIGNMENT)
                    .set(PLAN_ALIGNMENT.PLAN_ID, id)
                    .set(PLAN_ALIGNMENT.UPPER_SERIES_ID, upper.getSeriesId())
                    .set(PLAN_ALIGNMENT.UPPER_TENANT_CODE, upper.getTenantCode())
                    .set(PLAN_ALIGNMENT.ALIGNED_VERSION_NO, latestIssued(dsl, upper.getSeriesId()))
                    .set(PLAN_ALIGNMENT.CONFIRMED_BY, viewer.displayName())
                    .returning().fetchSingle();
            Alignment view = alignments(dsl, PLAN_ALIGNMENT.ID.eq(link.getId())).getFirst();
            writes.written(dsl, viewer, Plans.TYPE, "plan.align", id, null, view);
            return view;
        });
    }

    /** 衔接复核: the lower tier has checked its plan against the upper plan's newest version. */
    Mono<Alignment> confirm(Viewer viewer, UUID id, UUID alignmentId) {
        return tx.call(viewer, dsl -> {
            Plans.loadOwn(dsl, viewer, id);
            PlanAlignmentRecord link = ownLink(dsl, id, alignmentId);
            Alignment before = alignments(dsl, PLAN_ALIGNMENT.ID.eq(alignmentId)).getFirst();
            dsl.update(PLAN_ALIGNMENT)
                    .set(PLAN_ALIGNMENT.ALIGNED_VERSION_NO, latestIssued(dsl, link.getUpperSeriesId()))
                    .set(PLAN_ALIGNMENT.CONFIRMED_BY, viewer.displayName())
                    .set(PLAN_ALIGNMENT.CONFIRMED_AT, java.time.OffsetDateTime.now())
                    .where(PLAN_ALIGNMENT.ID.eq(alignmentId)).execute();
            Alignment after = alignments(dsl, PLAN_ALIGNMENT.ID.eq(alignmentId)).getFirst();
            writes.written(dsl, viewer, Plans.TYPE, "plan.align-confirm", id, before, after);
            return after;
        });
    }

    Mono<Void> unlink(Viewer viewer, UUID id, UUID alignmentId) {
        return tx.call(viewer, dsl -> {
            Plans.loadOwn(dsl, viewer, id);
            ownLink(dsl, id, alignmentId);
            Alignment before = alignments(dsl, PLAN_ALIGNMENT.ID.eq(alignmentId)).getFirst();
            dsl.deleteFrom(PLAN_ALIGNMENT).where(PLAN_ALIGNMENT.ID.eq(alignmentId)).execute();
            writes.written(dsl, viewer, Plans.TYPE, "plan.unalign", id, before, null);
            return (Void) null;
        }).then();
    }

    Mono<List<Alignment>> alignments(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            Plans.load(dsl, id);
            return alignments(dsl, PLAN_ALIGNMENT.PLAN_ID.eq(id));
        });
    }

    /** The lower-tier plans aligned with this plan's series that the viewer may see (issued ones, shared up). */
    Mono<List<AlignedPlan>> alignedBelow(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            PlanRecord upper = Plans.load(dsl, id);
            int latest = latestIssued(dsl, upper.getSeriesId());
            return dsl.select(PLAN.ID, PLAN.TENANT_CODE, TENANT.NAME, PLAN.TITLE, PLAN.STATUS,
                            PLAN_ALIGNMENT.ALIGNED_VERSION_NO)
                    .from(PLAN_ALIGNMENT).join(PLAN).on(PLAN.ID.eq(PLAN_ALIGNMENT.PLAN_ID))
                    .join(TENANT).on(TENANT.CODE.eq(PLAN.TENANT_CODE))
                    .where(PLAN_ALIGNMENT.UPPER_SERIES_ID.eq(upper.getSeriesId()))
                    .and(PLAN.STATUS.notIn(PlanStatus.superseded, PlanStatus.abolished))
                    .orderBy(PLAN.TENANT_CODE, PLAN.TITLE)
                    .fetch(r -> new AlignedPlan(r.value1(), r.value2(), r.value3(), r.value4(),
                            r.value5().getLiteral(), PlanLifecycle.label(r.value5()), r.value6(), latest > r.value6()));
        });
    }

    /** 发布/共享范围: an issued plan is always visible above; its owner may also publish it down or to all. */
    Mono<Plan> share(Viewer viewer, UUID id, SharingRequest request) {
        Sharing sharing = switch (request.sharing()) {
            case "up" -> Sharing.up;
            case "vertical" -> Sharing.vertical;
            case "public" -> Sharing.public_;
            default -> throw ApiException.badRequest("invalid-plan-sharing",
                    "共享范围无效，可选值：up（上级可见）、vertical（上下级可见）、public（公开）");
        };
        return tx.call(viewer, dsl -> {
            PlanRecord before = Plans.loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.PUBLISH);
            PlanRecord after = writes.update(dsl, Plans.TYPE, before, request.version(),
                    dsl.update(PLAN).set(PLAN.SHARING, sharing));
            dsl.update(PLAN_ATTACHMENT).set(PLAN_ATTACHMENT.SHARING, sharing).where(PLAN_ATTACHMENT.PLAN_ID.eq(id))
                    .execute();
            return plans.written(dsl, viewer, "plan.share", before, after);
        });
    }

    private static PlanAlignmentRecord ownLink(DSLContext dsl, UUID planId, UUID alignmentId) {
        PlanAlignmentRecord link = dsl.selectFrom(PLAN_ALIGNMENT).where(PLAN_ALIGNMENT.ID.eq(alignmentId))
                .and(PLAN_ALIGNMENT.PLAN_ID.eq(planId)).fetchOne();
        if (link == null) {
            throw ApiException.notFound("alignment-not-found", "未找到该衔接记录");
        }
        return link;
    }

    /** The newest issued version of a series the viewer may see (0 when none is visible). */
    private static int latestIssued(DSLContext dsl, UUID seriesId) {
        Integer latest = dsl.select(DSL.max(PLAN.VERSION_NO)).from(PLAN).where(PLAN.SERIES_ID.eq(seriesId))
                .and(PLAN.STATUS.ne(PlanStatus.draft)).fetchOne(0, Integer.class);
        return latest == null ? 0 : latest;
    }

    private static List<Alignment> alignments(DSLContext dsl, org.jooq.Condition where) {
        var upper = PLAN.as("upper");
        Field<Integer> latest = DSL.field(DSL.select(DSL.max(upper.VERSION_NO)).from(upper)
                .where(upper.SERIES_ID.eq(PLAN_ALIGNMENT.UPPER_SERIES_ID)).and(upper.STATUS.ne(PlanStatus.draft)));
        var newest = PLAN.as("newest");
        return dsl.select(PLAN_ALIGNMENT.fields()).select(TENANT.NAME, latest.as("latest"), newest.ID, newest.TITLE)
                .from(PLAN_ALIGNMENT)
                .leftJoin(TENANT).on(TENANT.CODE.eq(PLAN_ALIGNMENT.UPPER_TENANT_CODE))
                .leftJoin(newest).on(newest.SERIES_ID.eq(PLAN_ALIGNMENT.UPPER_SERIES_ID)
                        .and(newest.VERSION_NO.eq(latest)))
                .where(where)
                .orderBy(PLAN_ALIGNMENT.CONFIRMED_AT)
                .fetch(r -> {
                    var a = r.into(PLAN_ALIGNMENT);
                    Integer newestNo = r.get("latest", Integer.class);
                    return new Alignment(a.getId(), a.getPlanId(), a.getUpperSeriesId(), a.getUpperTenantCode(),
                            r.get(TENANT.NAME), r.get(newest.ID), r.get(newest.TITLE), a.getAlignedVersionNo(), newestNo,
                            newestNo != null && newestNo > a.getAlignedVersionNo(), a.getConfirmedBy(), a.getConfirmedAt());
                });
    }

    private static Evaluation evaluation(PlanEvaluationRecord r) {
        return new Evaluation(r.getId(), r.getPlanId(), r.getEvaluatedOn(), r.getConclusion().getLiteral(),
                CONCLUSIONS.get(r.getConclusion()), r.getFindings(), r.getEvaluator(), r.getRecordedBy(), r.getCreatedAt());
    }

    private static Trigger trigger(PlanRevisionTriggerRecord r) {
        return new Trigger(r.getId(), r.getPlanId(), r.getKind().getLiteral(), TRIGGER_KINDS.get(r.getKind()), r.getNote(),
                r.getOccurredOn(), r.getRaisedBy(), r.getCreatedAt(), r.getResolvedByPlanId(), r.getResolvedAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
