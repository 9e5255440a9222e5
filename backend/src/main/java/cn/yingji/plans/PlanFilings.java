package cn.yingji.plans;

import static cn.yingji.db.Tables.AUDIT_LOG;
import static cn.yingji.db.Tables.FILING;
import static cn.yingji.db.Tables.FILING_DECISION;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_ATTACHMENT;
import static cn.yingji.db.Tables.TENANT;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.audit.AuditLog;
import cn.yingji.db.enums.FilingDecisionKind;
import cn.yingji.db.enums.FilingStatus;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.tables.Tenant;
import cn.yingji.db.tables.records.FilingRecord;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.filing.Deadline;
import cn.yingji.filing.FilingClock;
import cn.yingji.filing.FilingMaterial;
import cn.yingji.filing.FilingMaterials;
import cn.yingji.filing.FilingParty;
import cn.yingji.filing.FilingRequest;
import cn.yingji.filing.FilingRoute;
import cn.yingji.filing.FilingRouter;
import cn.yingji.filing.JointPlanBasis;
import cn.yingji.filing.OwnerUnitKind;
import cn.yingji.filing.PlanCategory;
import cn.yingji.filing.TenantLineage;
import cn.yingji.filing.WorkingDayCalendars;
import cn.yingji.plans.FilingViews.Authority;
import cn.yingji.plans.FilingViews.Decision;
import cn.yingji.plans.FilingViews.Filing;
import cn.yingji.plans.FilingViews.Material;
import cn.yingji.plans.FilingViews.TimelineEntry;
import cn.yingji.plans.PlanLifecycle.Action;
import cn.yingji.platform.ApiException;
import cn.yingji.search.Outbox;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 备案 workflow: the owner submits an issued (or returned) plan, carrying the materials its policy requires, to
 * the authority its route names; the
 * authority accepts (备案登记, with a filing number and a receipt) or returns it with a reason. Submissions
 * are rows of the submitter, decisions rows of the authority; {@code app.apply_filing_decision} moves the
 * statuses after checking the decider is the routed authority.
 */
@Component
class PlanFilings {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Tenant SUBMITTER = TENANT.as("submitter");
    private static final Tenant AUTHORITY = TENANT.as("authority");

    private final TenantTx tx;
    private final AuditLog audit;
    private final Outbox outbox;
    private final JsonMapper json;
    private final WorkingDayCalendars calendars = new WorkingDayCalendars();

    PlanFilings(TenantTx tx, AuditLog audit, Outbox outbox, JsonMapper json) {
        this.tx = tx;
        this.audit = audit;
        this.outbox = outbox;
        this.json = json;
    }

    /** Submits for filing; the same {@code Idempotency-Key} again returns the first submission. */
    Mono<Filing> submit(Viewer viewer, UUID planId, int version, String idempotencyKey) {
        return tx.call(viewer, dsl -> {
            if (idempotencyKey != null) {
                FilingRecord earlier = dsl.selectFrom(FILING).where(FILING.TENANT_CODE.eq(viewer.tenant().code()))
                        .and(FILING.IDEMPOTENCY_KEY.eq(idempotencyKey)).fetchOne();
                if (earlier != null) {
                    return view(dsl, earlier.getId());
                }
            }
            PlanRecord plan = TenantRows.own(viewer, Plans.load(dsl, planId), "只能报送本行政区划的预案");
            PlanLifecycle.check(plan.getStatus(), Action.SUBMIT);
            if (plan.getVersion() != version) {
                throw ApiException.conflict("version-conflict",
                        "该预案已被他人修改（当前版本 " + plan.getVersion() + "），请刷新后重试");
            }
            JsonNode policy = policy(dsl, plan.getTenantCode());
            OwnerUnitKind ownerKind = ownerKind(dsl, plan);
            new FilingMaterials(policy).requireComplete(ownerKind, presentMaterials(dsl, planId));
            TenantLineage lineage = TenantLineages.of(dsl, viewer.tenant().code());
            FilingRequest routed = request(dsl, plan, ownerKind, lineage);
            FilingRoute route = FilingRouter.route(policy, routed);
            FilingClock clock = new FilingClock(policy, calendars.forPolicy(policy, lineage.provinceCode()));
            LocalDate today = LocalDate.now(CHINA);
            Deadline due = clock.filingDue(plan.getIssuedOn());
            Deadline ack = clock.acknowledgementDue(today);
            FilingRecord filing = dsl.insertInto(FILING)
                    .set(FILING.PLAN_ID, planId)
                    .set(FILING.PLAN_VERSION_NO, plan.getVersionNo())
                    .set(FILING.AUTHORITY_TENANT_CODE, route.authority().tenant().map(TenantRef::code).orElse(null))
                    .set(FILING.AUTHORITY_ROLE, route.authority().role().literal())
                    .set(FILING.AUTHORITY_LABEL, route.authority().name())
                    .set(FILING.DELIVER_VIA_LABEL, route.deliverVia().map(FilingParty::name).orElse(null))
                    .set(FILING.COPY_TO, JSONB.valueOf(json.writeValueAsString(
                            route.copyTo().stream().map(FilingParty::name).toList())))
                    .set(FILING.ROUTE_DESCRIPTION, route.description())
                    .set(FILING.SUBMITTED_ON, today)
                    .set(FILING.FILING_DUE_ON, due.due())
                    .set(FILING.LATE, due.isLate(today))
                    .set(FILING.ACKNOWLEDGEMENT_DUE_ON, ack.due())
                    .set(FILING.SILENCE_COUNTS_AS_FILED, clock.silenceCountsAsFiled(routed.ownerKind()))
                    .set(FILING.IDEMPOTENCY_KEY, idempotencyKey)
                    .returning()
                    .fetchSingle();
            dsl.update(PLAN).set(PLAN.STATUS, PlanStatus.submitted).set(PLAN.VERSION, PLAN.VERSION.plus(1))
                    .set(PLAN.UPDATED_AT, OffsetDateTime.now()).where(PLAN.ID.eq(planId)).execute();
            outbox.record(dsl, Plans.ENTITY, planId);
            Filing view = view(dsl, filing.getId());
            audit.record(dsl, viewer, "filing.submit", Plans.ENTITY, planId, null, view);
            return view;
        });
    }

    /**
     * 备案材料: what the owner tenant's policy requires of this plan and what its attachments already hold; anyone
     * who sees the plan sees the checklist.
     */
    Mono<List<Material>> materials(Viewer viewer, UUID planId) {
        return tx.call(viewer, dsl -> {
            PlanRecord plan = Plans.load(dsl, planId);
            FilingMaterials materials = new FilingMaterials(policy(dsl, plan.getTenantCode()));
            return materials.checklist(ownerKind(dsl, plan), presentMaterials(dsl, planId)).stream()
                    .map(i -> new Material(i.material().literal(), i.material().label(), i.required(), i.present()))
                    .toList();
        });
    }

    Mono<List<Filing>> ofPlan(Viewer viewer, UUID planId) {
        return tx.call(viewer, dsl -> {
            Plans.load(dsl, planId);
            return views(dsl, FILING.PLAN_ID.eq(planId));
        });
    }

    /** 备案审查: submissions addressed to the viewer's tenant. */
    Mono<List<Filing>> inbox(Viewer viewer, String status) {
        Condition where = FILING.AUTHORITY_TENANT_CODE.eq(viewer.tenant().code());
        if (status != null) {
            FilingStatus s = FilingStatus.lookupLiteral(status);
            if (s == null) {
                return Mono.error(ApiException.badRequest("invalid-filing-status", "备案状态无效，可选值：pending、filed、returned"));
            }
            where = where.and(FILING.STATUS.eq(s));
        }
        Condition filter = where;
        return tx.call(viewer, dsl -> views(dsl, filter));
    }

    Mono<Filing> accept(Viewer viewer, UUID filingId) {
        return tx.call(viewer, dsl -> {
            FilingRecord filing = pendingFor(dsl, viewer, filingId);
            int year = LocalDate.now(CHINA).getYear();
            int seq = dsl.fetchCount(FILING_DECISION, FILING_DECISION.TENANT_CODE.eq(viewer.tenant().code())
                    .and(FILING_DECISION.FILING_NUMBER.like(viewer.tenant().code() + "-" + year + "-%"))) + 1;
            String number = viewer.tenant().code() + "-" + year + "-" + String.format("%05d", seq);
            dsl.insertInto(FILING_DECISION)
                    .set(FILING_DECISION.FILING_ID, filingId)
                    .set(FILING_DECISION.DECISION, FilingDecisionKind.accepted)
                    .set(FILING_DECISION.FILING_NUMBER, number)
                    .set(FILING_DECISION.VERIFICATION_CODE, verificationCode())
                    .set(FILING_DECISION.DECIDED_BY, viewer.displayName())
                    .execute();
            return decided(dsl, viewer, filing, "filing.accept");
        });
    }

    Mono<Filing> giveBack(Viewer viewer, UUID filingId, String reason) {
        return tx.call(viewer, dsl -> {
            FilingRecord filing = pendingFor(dsl, viewer, filingId);
            dsl.insertInto(FILING_DECISION)
                    .set(FILING_DECISION.FILING_ID, filingId)
                    .set(FILING_DECISION.DECISION, FilingDecisionKind.returned)
                    .set(FILING_DECISION.REASON, reason.strip())
                    .set(FILING_DECISION.DECIDED_BY, viewer.displayName())
                    .execute();
            return decided(dsl, viewer, filing, "filing.return");
        });
    }

    /** The plan's history: its own audit trail as far as the viewer may read it, and the authority's decisions. */
    Mono<List<TimelineEntry>> timeline(Viewer viewer, UUID planId) {
        return tx.call(viewer, dsl -> {
            if (!dsl.fetchExists(PLAN, PLAN.ID.eq(planId))) {
                throw ApiException.notFound("plan-not-found", "未找到预案 " + planId + "，或不在您的可见范围内");
            }
            List<TimelineEntry> entries = new ArrayList<>();
            dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq(Plans.ENTITY))
                    .and(AUDIT_LOG.ENTITY_ID.eq(planId.toString())).orderBy(AUDIT_LOG.AT)
                    .forEach(a -> entries.add(new TimelineEntry(a.getAt(), a.getActor(), a.getAction(), null)));
            dsl.select(FILING_DECISION.fields()).from(FILING_DECISION).join(FILING)
                    .on(FILING.ID.eq(FILING_DECISION.FILING_ID)).where(FILING.PLAN_ID.eq(planId))
                    .forEach(r -> {
                        var d = r.into(FILING_DECISION);
                        String action = d.getDecision() == FilingDecisionKind.accepted ? "filing.accept" : "filing.return";
                        entries.add(new TimelineEntry(d.getDecidedAt(), d.getDecidedBy(), action,
                                d.getDecision() == FilingDecisionKind.accepted ? "备案编号 " + d.getFilingNumber() : d.getReason()));
                    });
            entries.sort(Comparator.comparing(TimelineEntry::at));
            // people by their names from our records (人员名录), never their login names; a decision keeps the
            // name it recorded when that is no login name the directory knows
            Map<String, String> names = PersonDirectory.names(dsl, entries.stream().map(TimelineEntry::actor).toList());
            return entries.stream().map(e -> new TimelineEntry(e.at(),
                    e.action().startsWith("filing.") && PersonDirectory.UNKNOWN.equals(names.get(e.actor()))
                            ? e.actor() : names.get(e.actor()), e.action(), e.detail())).toList();
        });
    }

    /** The data of an accepted filing's receipt, as the viewer (either side) may read it. */
    Mono<Filing> acceptedFiling(Viewer viewer, UUID filingId) {
        return tx.call(viewer, dsl -> {
            Filing filing = view(dsl, filingId);
            if (filing.decision() == null || !"accepted".equals(filing.decision().decision())) {
                throw ApiException.conflict("filing-not-accepted", "该备案尚未登记，暂无回执");
            }
            return filing;
        });
    }

    // --- internals -----------------------------------------------------------------------------------

    private FilingRecord pendingFor(DSLContext dsl, Viewer viewer, UUID filingId) {
        FilingRecord filing = dsl.selectFrom(FILING).where(FILING.ID.eq(filingId)).fetchOne();
        if (filing == null) {
            throw ApiException.notFound("filing-not-found", "未找到备案记录 " + filingId + "，或不在您的可见范围内");
        }
        if (!viewer.tenant().code().equals(filing.getAuthorityTenantCode())) {
            throw ApiException.forbidden("not-filing-authority", "本单位不是该预案的备案机关");
        }
        if (filing.getStatus() != FilingStatus.pending) {
            throw ApiException.conflict("filing-already-decided", "该备案已审查完毕，不能重复处理");
        }
        return filing;
    }

    private Filing decided(DSLContext dsl, Viewer viewer, FilingRecord filing, String action) {
        dsl.execute("select app.apply_filing_decision({0})", DSL.val(filing.getId()));
        Filing view = view(dsl, filing.getId());
        audit.record(dsl, viewer, action, "filing", filing.getId(), null, view);
        return view;
    }

    /** The owner tenant's effective policy: it decides the route, the clock and the materials. */
    private JsonNode policy(DSLContext dsl, String tenantCode) {
        return json.readTree(dsl.select(TENANT.POLICY).from(TENANT).where(TENANT.CODE.eq(tenantCode))
                .fetchSingle(TENANT.POLICY).data());
    }

    /**
     * The kind of the plan's 编制单位. Units are shared upwards only, so a tier below the owner (reading a plan an
     * ancestor shared down) cannot see it; the checklist is the owner's and its overseers' business.
     */
    private static OwnerUnitKind ownerKind(DSLContext dsl, PlanRecord plan) {
        return dsl.select(ORG_UNIT.KIND).from(ORG_UNIT).where(ORG_UNIT.ID.eq(plan.getOwnerUnitId()))
                .fetchOptional(ORG_UNIT.KIND)
                .map(kind -> OwnerUnitKind.fromLiteral(kind.getLiteral()))
                .orElseThrow(() -> ApiException.forbidden("filing-materials-owner-only",
                        "备案材料清单仅供预案编制单位所在行政区划及其上级查看"));
    }

    /** The roles of the plan's attachments; one file of a role is that material. */
    private static Set<FilingMaterial> presentMaterials(DSLContext dsl, UUID planId) {
        return dsl.selectDistinct(PLAN_ATTACHMENT.ROLE).from(PLAN_ATTACHMENT).where(PLAN_ATTACHMENT.PLAN_ID.eq(planId))
                .fetch(PLAN_ATTACHMENT.ROLE).stream()
                .map(role -> FilingMaterial.fromLiteral(role.getLiteral()).orElseThrow(
                        () -> new IllegalStateException("attachment role without a filing material: " + role)))
                .collect(Collectors.toSet());
    }

    private static FilingRequest request(DSLContext dsl, PlanRecord plan, OwnerUnitKind owner, TenantLineage lineage) {
        PlanCategory category = PlanCategory.fromDatabase(plan.getCategory().getLiteral());
        if (category == PlanCategory.JOINT) {
            // 联合预案: routed like a 专项 or 部门 plan, copied to the participants' next-higher or common-higher tier
            List<TenantLineage> participants = new ArrayList<>();
            for (String code : plan.getParticipantCodes()) {
                participants.add(TenantLineages.of(dsl, code));
            }
            JointPlanBasis basis = "special".equals(plan.getJointBasis()) ? JointPlanBasis.SPECIAL : JointPlanBasis.DEPARTMENT;
            return FilingRequest.joint(basis, owner, lineage, participants);
        }
        return FilingRequest.of(category, owner, lineage);
    }

    private List<Filing> views(DSLContext dsl, Condition where) {
        return query(dsl).where(where).orderBy(FILING.SUBMITTED_AT.desc()).fetch(this::toView);
    }

    private Filing view(DSLContext dsl, UUID id) {
        Record r = query(dsl).where(FILING.ID.eq(id)).fetchOne();
        if (r == null) {
            throw ApiException.notFound("filing-not-found", "未找到备案记录 " + id + "，或不在您的可见范围内");
        }
        return toView(r);
    }

    private static org.jooq.SelectOnConditionStep<Record> query(DSLContext dsl) {
        return dsl.select(FILING.fields()).select(FILING_DECISION.fields()).select(PLAN.TITLE, SUBMITTER.NAME, AUTHORITY.NAME)
                .from(FILING)
                .leftJoin(FILING_DECISION).on(FILING_DECISION.FILING_ID.eq(FILING.ID))
                .leftJoin(PLAN).on(PLAN.ID.eq(FILING.PLAN_ID))
                .leftJoin(SUBMITTER).on(SUBMITTER.CODE.eq(FILING.TENANT_CODE))
                .leftJoin(AUTHORITY).on(AUTHORITY.CODE.eq(FILING.AUTHORITY_TENANT_CODE));
    }

    private Filing toView(Record r) {
        FilingRecord f = r.into(FILING);
        var d = r.into(FILING_DECISION);
        Decision decision = d.getId() == null ? null : new Decision(d.getDecision().getLiteral(), d.getReason(),
                d.getFilingNumber(), d.getVerificationCode(), d.getDecidedAt(), d.getDecidedBy());
        LocalDate today = LocalDate.now(CHINA);
        boolean ackLate = decision == null ? today.isAfter(f.getAcknowledgementDueOn())
                : decision.decidedAt().atZoneSameInstant(CHINA).toLocalDate().isAfter(f.getAcknowledgementDueOn());
        // 视为已备案: undecided past the acknowledgement deadline where silence counts (enterprise rule)
        boolean deemedFiled = decision == null && ackLate && f.getSilenceCountsAsFiled();
        @SuppressWarnings("unchecked")
        List<String> copyTo = json.readValue(f.getCopyTo().data(), List.class);
        return new Filing(f.getId(), f.getPlanId(), f.getPlanVersionNo(), r.get(PLAN.TITLE), f.getTenantCode(),
                r.get(SUBMITTER.NAME), new Authority(f.getAuthorityTenantCode(), r.get(AUTHORITY.NAME),
                        f.getAuthorityRole(), f.getAuthorityLabel()),
                f.getDeliverViaLabel(), copyTo, f.getRouteDescription(), f.getSubmittedAt(), f.getFilingDueOn(),
                f.getLate(), f.getAcknowledgementDueOn(), ackLate, f.getStatus().getLiteral(), deemedFiled, decision);
    }

    private static String verificationCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
