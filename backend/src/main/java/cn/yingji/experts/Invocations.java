package cn.yingji.experts;

import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.EXPERT;
import static cn.yingji.db.Tables.EXPERT_INVOCATION;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.TENANT;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.db.enums.InvocationPurpose;
import cn.yingji.db.enums.InvocationStatus;
import cn.yingji.db.tables.records.ExpertInvocationRecord;
import cn.yingji.db.tables.records.ExpertRecord;
import cn.yingji.experts.ExpertSearch.ReviewedPlan;
import cn.yingji.experts.ExpertViews.Invocation;
import cn.yingji.experts.ExpertViews.InvocationRequest;
import cn.yingji.platform.ApiException;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.Readership;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 专家调用: an office requests an expert it can see; the expert (through its linked account) or, for an expert
 * without an account, its registering office accepts or declines; the expert or the requester records the work, evaluates it (考核) and records the fee. Conflict of interest is refused
 * at the request: an expert of the plan's owning unit never reviews that plan.
 */
@Component
class Invocations {

    static final String ENTITY = "expert_invocation";
    /** 专家调用: versioned; searched through its expert's document (考核 record). */
    static final Versioned<ExpertInvocationRecord> TYPE = Versioned.stored(ENTITY, "调用记录", EXPERT_INVOCATION,
            EXPERT_INVOCATION.ID, EXPERT_INVOCATION.VERSION, EXPERT_INVOCATION.UPDATED_AT);
    static final Map<InvocationPurpose, String> PURPOSE_LABELS = Map.of(InvocationPurpose.plan_review, "预案评审",
            InvocationPurpose.drill_evaluation, "演练评估", InvocationPurpose.incident, "突发事件处置",
            InvocationPurpose.consultation, "咨询");
    static final Map<InvocationStatus, String> STATUS_LABELS = Map.of(InvocationStatus.requested, "待应答",
            InvocationStatus.accepted, "已接受", InvocationStatus.declined, "已谢绝", InvocationStatus.completed, "已完成");

    /** The lists show the newest requests first, this many at most. */
    static final int LIST_LIMIT = 500;

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Notifications notifications;

    Invocations(TenantTx tx, RecordWrites writes, Notifications notifications) {
        this.tx = tx;
        this.writes = writes;
        this.notifications = notifications;
    }

    /** What the viewer's office requested, and what the offices below it requested (oversight). */
    Mono<List<Invocation>> requested(Viewer viewer) {
        return tx.call(viewer, dsl -> views(dsl, dsl.selectFrom(EXPERT_INVOCATION)
                .orderBy(EXPERT_INVOCATION.CREATED_AT.desc()).limit(LIST_LIMIT).fetch()));
    }

    /** The requests addressed to experts the viewer's office registered, whoever asked. */
    Mono<List<Invocation>> addressed(Viewer viewer) {
        return tx.call(viewer, dsl -> views(dsl, addressed(dsl, null)));
    }

    Mono<Invocation> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> view(dsl, load(dsl, id)));
    }

    /** 申请调用; the same {@code Idempotency-Key} again returns the first request (a retried click). */
    Mono<Invocation> request(Viewer viewer, InvocationRequest request, String idempotencyKey) {
        InvocationPurpose purpose = InvocationPurpose.lookupLiteral(request.purpose().strip());
        if (purpose == null) {
            return Mono.error(ApiException.badRequest("invalid-invocation-purpose",
                    "调用事由无效，可选：plan_review（预案评审）、drill_evaluation（演练评估）、incident（突发事件）、consultation（咨询）"));
        }
        if ((purpose == InvocationPurpose.plan_review) != (request.planId() != null)) {
            return Mono.error(ApiException.badRequest("invocation-plan-required", "预案评审必须且只有预案评审可以指定预案 planId"));
        }
        if ((purpose == InvocationPurpose.drill_evaluation) != (request.drillId() != null)) {
            return Mono.error(ApiException.badRequest("invocation-drill-required", "演练评估必须且只有演练评估可以指定演练 drillId"));
        }
        return tx.call(viewer, dsl -> {
            if (idempotencyKey != null) {
                ExpertInvocationRecord earlier = dsl.selectFrom(EXPERT_INVOCATION)
                        .where(EXPERT_INVOCATION.TENANT_CODE.eq(viewer.tenant().code()))
                        .and(EXPERT_INVOCATION.IDEMPOTENCY_KEY.eq(idempotencyKey)).fetchOne();
                if (earlier != null) {
                    return view(dsl, earlier);
                }
            }
            ExpertRecord expert = Experts.load(dsl, request.expertId());
            if (!expert.getInPool()) {
                throw ApiException.conflict("expert-not-in-pool", "该专家已出库，不能调用");
            }
            if (request.drillId() != null && !dsl.fetchExists(DRILL, DRILL.ID.eq(request.drillId()))) {
                throw ApiException.notFound("drill-not-found", "未找到演练 " + request.drillId() + "，或不在您的可见范围内");
            }
            if (request.planId() != null) {
                ReviewedPlan plan = reviewedPlan(dsl, request.planId());
                if (!dsl.fetchExists(PLAN, PLAN.ID.eq(plan.id()).and(PLAN.TENANT_CODE.eq(viewer.tenant().code())))) {
                    throw ApiException.forbidden("not-owner", "只能为本行政区划的预案申请评审专家");
                }
                if (ConflictOfInterest.conflicts(expert.getAffiliationUnitId(), expert.getOrganization(),
                        plan.ownerUnitId(), plan.ownerUnitName())) {
                    throw ApiException.conflict("expert-conflict-of-interest", "专家 " + expert.getName() + "（"
                            + expert.getOrganization() + "）与预案编制单位存在利益关系，应当回避，不能评审该预案");
                }
            }
            ExpertInvocationRecord row = dsl.insertInto(EXPERT_INVOCATION)
                    .set(EXPERT_INVOCATION.EXPERT_ID, expert.getId())
                    .set(EXPERT_INVOCATION.EXPERT_TENANT_CODE, expert.getTenantCode())
                    .set(EXPERT_INVOCATION.PURPOSE, purpose)
                    .set(EXPERT_INVOCATION.PLAN_ID, request.planId())
                    .set(EXPERT_INVOCATION.DRILL_ID, request.drillId())
                    .set(EXPERT_INVOCATION.SUBJECT, request.subject().strip())
                    .set(EXPERT_INVOCATION.NEEDED_ON, request.neededOn())
                    .set(EXPERT_INVOCATION.REQUESTED_BY, viewer.username())
                    .set(EXPERT_INVOCATION.IDEMPOTENCY_KEY, idempotencyKey)
                    .returning().fetchSingle();
            // 专家邀请: the expert hears of it (its own account), or its registering office, which answers for it
            Notifications.Recipient to = expert.getAccountUsername() == null
                    ? Notifications.Recipient.office(expert.getTenantCode())
                    : Notifications.Recipient.person(expert.getTenantCode(), expert.getAccountUsername());
            notifications.notify(dsl, new Notifications.Notice(NotificationKind.EXPERT_INVITED, to,
                    viewer.tenant().name() + "邀请" + expert.getName() + "专家：" + row.getSubject(),
                    row.getNeededOn() == null ? null : "需要日期：" + row.getNeededOn() + "。", "expert_invocation", row.getId()));
            return written(dsl, viewer, "expert_invocation.request", null, row);
        });
    }

    /**
     * 应答: the expert answers its own invitation when its account is linked to its record; the expert's
     * registering office answers for an expert without an account. {@code app.respond_to_invocation} checks
     * both in the database, and that the request is still open.
     */
    Mono<Invocation> respond(Viewer viewer, UUID id, boolean accept, String note) {
        return tx.call(viewer, dsl -> {
            ExpertInvocationRecord before = load(dsl, id);
            if (Readership.of(viewer.roles()) == Readership.OFFICE) {
                if (!before.getExpertTenantCode().equals(viewer.tenant().code())) {
                    throw ApiException.forbidden("not-expert-office", "只有专家的登记单位可以应答调用申请");
                }
                if (dsl.fetchExists(EXPERT, EXPERT.ID.eq(before.getExpertId()).and(EXPERT.ACCOUNT_USERNAME.isNotNull()))) {
                    throw ApiException.forbidden("expert-answers-itself", "该专家已关联本人账号，由专家本人应答调用申请");
                }
            }
            if (before.getStatus() != InvocationStatus.requested) {
                throw ApiException.conflict("invocation-already-answered", "该调用申请已应答（" + STATUS_LABELS.get(before.getStatus()) + "）");
            }
            ExpertInvocationRecord after = dsl.resultQuery("select * from app.respond_to_invocation(?, ?, ?, ?)",
                            id, accept, note == null ? "" : note, viewer.username())
                    .fetchInto(EXPERT_INVOCATION).stream().findFirst().orElseThrow(() -> ApiException.conflict(
                            "invocation-already-answered", "该调用申请已被应答，请刷新"));
            return written(dsl, viewer, accept ? "expert_invocation.accept" : "expert_invocation.decline", before, after);
        });
    }

    /**
     * 工作记录: completes an accepted invocation — recorded by the requester, or by the invited expert itself
     * through {@code app.record_own_invocation_work} (the row is the requester's).
     */
    Mono<Invocation> recordWork(Viewer viewer, UUID id, String workRecord, int version) {
        if (Readership.of(viewer.roles()) == Readership.EXPERT) {
            return tx.call(viewer, dsl -> {
                ExpertInvocationRecord before = load(dsl, id);
                requireStatus(before, InvocationStatus.accepted, "只有已接受的调用可以登记工作记录");
                ExpertInvocationRecord after = dsl.resultQuery("select * from app.record_own_invocation_work(?, ?, ?)",
                                id, version, workRecord.strip())
                        .fetchInto(EXPERT_INVOCATION).stream().findFirst().orElseThrow(() -> writes.conflict(TYPE, before));
                return written(dsl, viewer, "expert_invocation.work_record", before, after);
            });
        }
        return change(viewer, id, version, "expert_invocation.work_record", InvocationStatus.accepted,
                "只有已接受的调用可以登记工作记录", dsl -> dsl.update(EXPERT_INVOCATION)
                        .set(EXPERT_INVOCATION.WORK_RECORD, workRecord.strip())
                        .set(EXPERT_INVOCATION.STATUS, InvocationStatus.completed)
                        .set(EXPERT_INVOCATION.COMPLETED_AT, OffsetDateTime.now()));
    }

    /** 考核评价: a score of 1–5 and a comment on a completed invocation; re-evaluating overwrites. */
    Mono<Invocation> evaluate(Viewer viewer, UUID id, int score, String comment, int version) {
        return change(viewer, id, version, "expert_invocation.evaluate", InvocationStatus.completed,
                "只有已完成的调用可以评价", dsl -> dsl.update(EXPERT_INVOCATION)
                        .set(EXPERT_INVOCATION.SCORE, (short) score)
                        .set(EXPERT_INVOCATION.EVALUATION_COMMENT, ExpertFields.optional(comment))
                        .set(EXPERT_INVOCATION.EVALUATED_BY, viewer.username()));
    }

    /** 专家费用: the fee of a completed invocation. */
    Mono<Invocation> recordFee(Viewer viewer, UUID id, java.math.BigDecimal amount, String note, int version) {
        return change(viewer, id, version, "expert_invocation.fee", InvocationStatus.completed,
                "只有已完成的调用可以登记费用", dsl -> dsl.update(EXPERT_INVOCATION)
                        .set(EXPERT_INVOCATION.FEE_AMOUNT, amount)
                        .set(EXPERT_INVOCATION.FEE_NOTE, ExpertFields.optional(note)));
    }

    private Mono<Invocation> change(Viewer viewer, UUID id, int version, String action, InvocationStatus required,
            String wrongState, java.util.function.Function<DSLContext, org.jooq.UpdateSetMoreStep<ExpertInvocationRecord>> update) {
        return tx.call(viewer, dsl -> {
            ExpertInvocationRecord before = TenantRows.own(viewer, load(dsl, id), "只有申请调用的单位可以登记工作记录、评价和费用");
            requireStatus(before, required, wrongState);
            ExpertInvocationRecord after = writes.update(dsl, TYPE, before, version, update.apply(dsl));
            return written(dsl, viewer, action, before, after);
        });
    }

    private static void requireStatus(ExpertInvocationRecord row, InvocationStatus required, String wrongState) {
        if (row.getStatus() != required) {
            throw ApiException.conflict("invocation-wrong-state", wrongState + "（当前：" + STATUS_LABELS.get(row.getStatus()) + "）");
        }
    }

    /** The plan under review with its owning unit, as the viewer sees it. */
    static ReviewedPlan reviewedPlan(DSLContext dsl, UUID planId) {
        var r = dsl.select(PLAN.ID, PLAN.EVENT_TYPES, PLAN.OWNER_UNIT_ID, ORG_UNIT.NAME).from(PLAN)
                .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(PLAN.OWNER_UNIT_ID))
                .where(PLAN.ID.eq(planId)).fetchOne();
        if (r == null) {
            throw ApiException.notFound("plan-not-found", "未找到预案 " + planId + "，或不在您的可见范围内");
        }
        return new ReviewedPlan(r.value1(), Arrays.asList(r.value2()), r.value3(), r.value4());
    }

    /** Visible through the sharing rule (requester and the tiers above it), or addressed to the viewer's experts. */
    private static ExpertInvocationRecord load(DSLContext dsl, UUID id) {
        ExpertInvocationRecord row = dsl.selectFrom(EXPERT_INVOCATION).where(EXPERT_INVOCATION.ID.eq(id)).fetchOne();
        if (row == null) {
            row = addressed(dsl, id).stream().findFirst().orElse(null);
        }
        if (row == null) {
            throw ApiException.notFound("invocation-not-found", "未找到专家调用记录 " + id + "，或不在您的可见范围内");
        }
        return row;
    }

    /**
     * Rows of {@code app.invocations_addressed()}: the requests addressed to the viewer's own experts, all of
     * them or the one with {@code id}. The function's columns are the table's, unqualified.
     */
    private static List<ExpertInvocationRecord> addressed(DSLContext dsl, UUID id) {
        Field<UUID> rowId = DSL.field(DSL.name(EXPERT_INVOCATION.ID.getName()), UUID.class);
        return dsl.select(DSL.asterisk()).from(DSL.table("app.invocations_addressed()"))
                .where(id == null ? DSL.noCondition() : rowId.eq(id))
                .orderBy(DSL.field(DSL.name(EXPERT_INVOCATION.CREATED_AT.getName())).desc()).limit(LIST_LIMIT)
                .fetchInto(EXPERT_INVOCATION);
    }

    private static List<Invocation> views(DSLContext dsl, List<ExpertInvocationRecord> rows) {
        Map<UUID, InvitedExpert> experts = new HashMap<>();
        dsl.select(EXPERT.ID, EXPERT.NAME, EXPERT.ORGANIZATION, EXPERT.ACCOUNT_USERNAME.isNotNull()).from(EXPERT)
                .where(EXPERT.ID.in(rows.stream().map(ExpertInvocationRecord::getExpertId).distinct().toList()))
                .forEach(r -> experts.put(r.value1(), new InvitedExpert(r.value2(), r.value3(), r.value4())));
        Map<String, String> tenants = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT)
                .where(TENANT.CODE.in(rows.stream().map(ExpertInvocationRecord::getTenantCode).distinct().toList()))
                .fetchMap(TENANT.CODE, TENANT.NAME);
        return rows.stream().map(r -> view(r, experts.getOrDefault(r.getExpertId(), InvitedExpert.HIDDEN),
                tenants.get(r.getTenantCode()))).toList();
    }

    private Invocation written(DSLContext dsl, Viewer viewer, String action, ExpertInvocationRecord before,
            ExpertInvocationRecord after) {
        Invocation view = view(dsl, after);
        writes.written(dsl, viewer, TYPE, action, after.getId(), before == null ? null : view(dsl, before), view);
        // the expert's document carries their 考核 record (completed invocations, average score)
        writes.reindex(dsl, Experts.TYPE, after.getExpertId());
        return view;
    }

    private static Invocation view(DSLContext dsl, ExpertInvocationRecord r) {
        return views(dsl, List.of(r)).getFirst();
    }

    /** The invited expert as the viewer may read it; an expert with a linked account answers itself. */
    record InvitedExpert(String name, String organization, boolean answersItself) {
        static final InvitedExpert HIDDEN = new InvitedExpert(null, null, false);
    }

    static Invocation view(ExpertInvocationRecord r, InvitedExpert expert, String tenantName) {
        return new Invocation(r.getId(), r.getTenantCode(), tenantName, r.getExpertId(), expert.name(), expert.organization(),
                r.getExpertTenantCode(), r.getPurpose().getLiteral(), PURPOSE_LABELS.get(r.getPurpose()), r.getPlanId(),
                r.getDrillId(), r.getSubject(), r.getNeededOn(), r.getRequestedBy(), r.getStatus().getLiteral(),
                STATUS_LABELS.get(r.getStatus()), r.getRespondedBy(), r.getRespondedAt(), r.getResponseNote(),
                r.getWorkRecord(), r.getCompletedAt(), r.getScore() == null ? null : r.getScore().intValue(),
                r.getEvaluationComment(), r.getEvaluatedBy(), r.getFeeAmount(), r.getFeeNote(), r.getVersion(),
                r.getCreatedAt(), expert.answersItself());
    }
}
