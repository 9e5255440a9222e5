package cn.yingji.filings;

import static cn.yingji.db.Tables.AUDIT_LOG;
import static cn.yingji.db.Tables.FILING;
import static cn.yingji.db.Tables.FILING_DECISION;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_ATTACHMENT;
import static cn.yingji.db.Tables.TENANT;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.FilingDecisionKind;
import cn.yingji.db.enums.FilingStatus;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.tables.Tenant;
import cn.yingji.db.tables.records.FilingRecord;
import cn.yingji.db.tables.records.OrgUnitRecord;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.filing.Deadline;
import cn.yingji.filing.FilingClock;
import cn.yingji.filing.FilingMaterial;
import cn.yingji.filing.FilingMaterials;
import cn.yingji.filing.FilingRequest;
import cn.yingji.filing.FilingRoute;
import cn.yingji.filing.FilingRouter;
import cn.yingji.filing.JointPlanBasis;
import cn.yingji.filing.OwnerUnitKind;
import cn.yingji.filing.PlanCategory;
import cn.yingji.filing.TenantLineage;
import cn.yingji.filing.WorkingDayCalendar;
import cn.yingji.filing.WorkingDayCalendars;
import cn.yingji.filings.FilingViews.Authority;
import cn.yingji.filings.FilingViews.Decision;
import cn.yingji.filings.FilingViews.Filing;
import cn.yingji.filings.FilingViews.Material;
import cn.yingji.filings.FilingViews.RoutePreview;
import cn.yingji.filings.FilingViews.TimelineEntry;
import cn.yingji.idempotency.Idempotency;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.plans.PlanLifecycle.Action;
import cn.yingji.plans.PlanLifecycle;
import cn.yingji.plans.Plans;
import cn.yingji.plans.TenantLineages;
import cn.yingji.platform.ApiException;
import cn.yingji.records.RecordWrites;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.Role;
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
    private static final String PLAN_TITLE = "plan_title_as_submitted";

    private final TenantTx tx;
    private final RecordWrites writes;
    private final JsonMapper json;
    private final Idempotency idempotency;
    private final Obligations obligations;
    private final Notifications notifications;
    private final WorkingDayCalendars calendars = new WorkingDayCalendars();

    PlanFilings(TenantTx tx, RecordWrites writes, JsonMapper json, Idempotency idempotency,
            Obligations obligations, Notifications notifications) {
        this.obligations = obligations;
        this.notifications = notifications;
        this.tx = tx;
        this.idempotency = idempotency;
        this.writes = writes;
        this.json = json;
    }

    /**
     * Submits for filing. The plan's version is checked in the write that moves it to submitted, and the database
     * keeps one open submission per plan version, so concurrent submissions yield one filing and 409s. The same
     * {@code Idempotency-Key} again returns the first submission; reused for another plan or version it is refused.
     */
    Mono<Filing> submit(Viewer viewer, UUID planId, int version, String idempotencyKey) {
        Idempotency.Request request = new Idempotency.Request(idempotencyKey, "POST", "/api/v1/plans/{id}/submit",
                Idempotency.fingerprint(planId, version));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, request, Filing.class,
                () -> submitNow(dsl, viewer, planId, version)));
    }

    private Filing submitNow(DSLContext dsl, Viewer viewer, UUID planId, int version) {
        PlanRecord plan = TenantRows.own(viewer, Plans.load(dsl, planId), "只能报送本行政区划的预案");
        // the version first: a submission that lost a race hears version-conflict, whatever the plan's status now
        writes.expect(Plans.TYPE, plan, version);
        PlanLifecycle.check(plan.getStatus(), Action.SUBMIT);
        JsonNode policy = policy(dsl, plan.getTenantCode());
        OrgUnitRecord owner = ownerUnit(dsl, plan.getOwnerUnitId());
        OwnerUnitKind ownerKind = OwnerUnitKind.fromLiteral(owner.getKind().getLiteral());
        new FilingMaterials(policy).requireComplete(ownerKind, presentMaterials(dsl, planId));
        TenantLineage lineage = TenantLineages.of(dsl, plan.getTenantCode());
        Routing routing = routing(dsl, policy, request(dsl, plan.getCategory(), plan.getJointBasis(),
                List.of(plan.getParticipantCodes()), ownerKind, lineage), owner);
        WorkingDayCalendar calendar = calendars.forPolicy(policy, lineage.provinceCode());
        FilingClock clock = new FilingClock(policy, calendar);
        LocalDate today = LocalDate.now(CHINA);
        Deadline due = clock.filingDue(plan.getIssuedOn());
        Deadline ack = clock.acknowledgementDue(today);
        // the version is checked in the write itself: of concurrent submissions one moves the plan, the others
        // find another version once it commits
        writes.update(dsl, Plans.TYPE, plan, version, dsl.update(PLAN).set(PLAN.STATUS, PlanStatus.submitted));
        FilingRoute route = routing.route();
        FilingRecord filing;
        try {
            filing = dsl.insertInto(FILING)
                    .set(FILING.PLAN_ID, planId)
                    .set(FILING.PLAN_VERSION_NO, plan.getVersionNo())
                    .set(FILING.PLAN_TITLE, plan.getTitle())
                    .set(FILING.SUBMITTED_BY, viewer.username())
                    .set(FILING.AUTHORITY_TENANT_CODE, route.authority().tenant().map(TenantRef::code).orElse(null))
                    .set(FILING.AUTHORITY_ROLE, route.authority().role().literal())
                    .set(FILING.AUTHORITY_LABEL, route.authority().name(routing.units()))
                    .set(FILING.AUTHORITY_UNIT_ID, routing.receiving().map(PlanReceivingUnits.Unit::id).orElse(null))
                    .set(FILING.DELIVER_VIA_LABEL, routing.deliverVia())
                    .set(FILING.COPY_TO, JSONB.valueOf(json.writeValueAsString(routing.copyTo())))
                    .set(FILING.ROUTE_DESCRIPTION, route.description())
                    .set(FILING.SUBMITTED_ON, today)
                    .set(FILING.FILING_DUE_ON, due.due())
                    .set(FILING.LATE, due.isLate(today))
                    .set(FILING.ACKNOWLEDGEMENT_DUE_ON, ack.due())
                    .set(FILING.SILENCE_COUNTS_AS_FILED, clock.silenceCountsAsFiled(ownerKind))
                    .returning()
                    .fetchSingle();
        } catch (RuntimeException e) {
            // filing_one_open_per_plan_version: a submission of this version is pending or filed already
            if (failedWith(e, "23505")) {
                throw ApiException.conflict("filing-already-open", "该预案版本已报送备案，请勿重复报送");
            }
            throw e;
        }
        // 预案备案 done (on time or late); 备案审查: the authority on the platform owes an answer by the
        // acknowledgement deadline
        obligations.close(dsl, ObligationKind.PLAN_FILING, planId, Instant.now());
        obligations.close(dsl, ObligationKind.PLAN_RESUBMISSION, planId, Instant.now());
        FilingRecord submitted = filing;
        Instant now = Instant.now();
        route.authority().tenant().ifPresent(authority -> obligations.open(dsl, new Obligations.Opening(
                ObligationKind.FILING_REVIEW, submitted.getId(), plan.getTitle(), authority.code(),
                routing.receiving().map(PlanReceivingUnits.Unit::id).orElse(null), now,
                new DueRule.WorkingDays(clock.acknowledgementWorkingDays()).dueAt(now, calendar), null)));
        Filing view = view(dsl, filing.getId());
        writes.written(dsl, viewer, Plans.TYPE, "filing.submit", planId, null, view);
        // the authority's reviewers hear of it at once
        route.authority().tenant().ifPresent(authority -> notifications.notify(dsl, new Notifications.Notice(
                NotificationKind.FILING_SUBMITTED, Notifications.Recipient.role(authority.code(), Role.REVIEWER),
                view.submitterTenantName() + "报送备案：" + plan.getTitle(),
                "请于 " + view.acknowledgementDueOn() + " 前完成审查（登记或退回）。", "filing", submitted.getId())));
        return view;
    }

    /**
     * 备案去向 of a plan not yet submitted, e.g. while it is a draft: the route, the receiving authority and its
     * unit, computed exactly as a submission would.
     */
    Mono<RoutePreview> preview(Viewer viewer, String category, UUID ownerUnitId, String jointBasis,
            List<String> participantCodes) {
        cn.yingji.db.enums.PlanCategory planCategory = Plans.category(category);
        return tx.call(viewer, dsl -> {
            OrgUnitRecord owner = ownerUnit(dsl, ownerUnitId);
            OwnerUnitKind ownerKind = OwnerUnitKind.fromLiteral(owner.getKind().getLiteral());
            JsonNode policy = policy(dsl, viewer.tenant().code());
            List<String> participants = participantCodes == null ? List.of() : participantCodes;
            for (String code : participants) {
                if (TenantLineages.of(dsl, code) == null) {
                    throw ApiException.badRequest("joint-participant-invalid", "参与地区 " + code + " 无效：须为本地区以外的行政区划代码");
                }
            }
            if (planCategory == cn.yingji.db.enums.PlanCategory.joint) {
                JointPlanBasis.parse(jointBasis);
            }
            Routing routing = routing(dsl, policy, request(dsl, planCategory, jointBasis, participants, ownerKind,
                    TenantLineages.of(dsl, viewer.tenant().code())), owner);
            FilingRoute route = routing.route();
            return new RoutePreview(route.description(), route.authority().name(routing.units()),
                    routing.receiving().map(PlanReceivingUnits.Unit::name).orElse(null), routing.deliverVia(),
                    routing.copyTo(), route.authority().outsidePlatform());
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

    /**
     * 备案登记. The number is drawn from the authority's gap-free counter for the year; of concurrent decisions
     * on one submission only the first is inserted, and the others roll back with their numbers.
     */
    Mono<Filing> accept(Viewer viewer, UUID filingId) {
        return tx.call(viewer, dsl -> {
            FilingRecord filing = pendingFor(dsl, viewer, filingId);
            int year = LocalDate.now(CHINA).getYear();
            int seq = dsl.select(DSL.field("app.next_filing_number({0})", Integer.class, DSL.val(year))).fetchSingle().value1();
            return decide(dsl, viewer, filing, "filing.accept", dsl.insertInto(FILING_DECISION)
                    .set(FILING_DECISION.FILING_ID, filingId)
                    .set(FILING_DECISION.DECISION, FilingDecisionKind.accepted)
                    .set(FILING_DECISION.FILING_NUMBER, viewer.tenant().code() + "-" + year + "-" + String.format("%05d", seq))
                    .set(FILING_DECISION.VERIFICATION_CODE, verificationCode())
                    .set(FILING_DECISION.DECIDED_BY, viewer.username()));
        });
    }

    Mono<Filing> giveBack(Viewer viewer, UUID filingId, String reason) {
        return tx.call(viewer, dsl -> {
            FilingRecord filing = pendingFor(dsl, viewer, filingId);
            return decide(dsl, viewer, filing, "filing.return", dsl.insertInto(FILING_DECISION)
                    .set(FILING_DECISION.FILING_ID, filingId)
                    .set(FILING_DECISION.DECISION, FilingDecisionKind.returned)
                    .set(FILING_DECISION.REASON, reason.strip())
                    .set(FILING_DECISION.DECIDED_BY, viewer.username()));
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
        if (viewer.username().equals(filing.getSubmittedBy())) {
            throw ownSubmission();
        }
        return filing;
    }

    /**
     * Inserts the decision (one per submission: a concurrent one finds it there and is refused) and applies it
     * through {@code app.apply_filing_decision}, which checks again that the decider is the routed authority and
     * not the submitter.
     */
    private Filing decide(DSLContext dsl, Viewer viewer, FilingRecord filing, String action,
            org.jooq.InsertSetMoreStep<cn.yingji.db.tables.records.FilingDecisionRecord> decision) {
        PersonDirectory.register(dsl, viewer); // the receipt names the reviewer from our records
        if (decision.onConflict(FILING_DECISION.FILING_ID).doNothing().execute() == 0) {
            throw ApiException.conflict("filing-already-decided", "该备案已审查完毕，不能重复处理");
        }
        try {
            dsl.execute("select app.apply_filing_decision({0})", DSL.val(filing.getId()));
        } catch (RuntimeException e) {
            if (failedWith(e, "YJ403")) {
                throw ownSubmission();
            }
            throw e;
        }
        obligations.close(dsl, ObligationKind.FILING_REVIEW, filing.getId(), Instant.now());
        Filing view = view(dsl, filing.getId());
        if ("returned".equals(view.decision().decision())) {
            oweResubmission(dsl, filing, view);
        } else {
            // 销号: the registered plan closes the campaign task it was compiled for
            UUID task = dsl.select(PLAN.CAMPAIGN_TASK_ID).from(PLAN).where(PLAN.ID.eq(filing.getPlanId()))
                    .fetchOne(PLAN.CAMPAIGN_TASK_ID);
            if (task != null) {
                obligations.close(dsl, ObligationKind.CAMPAIGN_TASK, task, Instant.now());
            }
        }
        writes.audited(dsl, viewer, "filing", action, filing.getId(), null, view);
        notifications.notify(dsl, decisionNotice(view, filing));
        return view;
    }

    /**
     * 退回重报: the plan's office owes the returned plan again within its policy's filing period, counted from the
     * return, the reason noted for it.
     */
    private void oweResubmission(DSLContext dsl, FilingRecord filing, Filing view) {
        JsonNode policy = policy(dsl, filing.getTenantCode());
        WorkingDayCalendar calendar = calendars.forPolicy(policy, TenantLineages.of(dsl, filing.getTenantCode()).provinceCode());
        Instant now = Instant.now();
        obligations.openBelow(dsl, new Obligations.Opening(ObligationKind.PLAN_RESUBMISSION, filing.getPlanId(),
                view.planTitle(), filing.getTenantCode(), null, now,
                new DueRule.WorkingDays(new FilingClock(policy, calendar).deadlineWorkingDays()).dueAt(now, calendar),
                "退回原因：" + view.decision().reason()));
    }

    /** What the submitting office is told of the authority's decision: returned with its reason, or registered. */
    private static Notifications.Notice decisionNotice(Filing view, FilingRecord filing) {
        Notifications.Recipient office = Notifications.Recipient.office(filing.getTenantCode());
        String authority = view.authority().label();
        if ("returned".equals(view.decision().decision())) {
            return new Notifications.Notice(NotificationKind.FILING_RETURNED, office,
                    "备案被退回：" + view.planTitle(), authority + "退回原因：" + view.decision().reason(), Plans.ENTITY,
                    view.planId());
        }
        return new Notifications.Notice(NotificationKind.FILING_ACCEPTED, office, "备案已登记：" + view.planTitle(),
                authority + "已登记，备案编号 " + view.decision().filingNumber() + "。", Plans.ENTITY, view.planId());
    }

    private static ApiException ownSubmission() {
        return ApiException.forbidden("filing-own-submission", "不能审查本人报送的备案，请由本单位其他审查人员办理");
    }

    private static boolean failedWith(RuntimeException e, String sqlState) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return sqlState.equals(sql.getSQLState());
            }
        }
        return false;
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

    private static OrgUnitRecord ownerUnit(DSLContext dsl, UUID ownerUnitId) {
        OrgUnitRecord unit = dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(ownerUnitId)).fetchOne();
        if (unit == null) {
            throw ApiException.badRequest("owner-unit-not-found", "未找到编制单位 " + ownerUnitId + "，或不在您的可见范围内");
        }
        return unit;
    }

    /** The roles of the plan's attachments; one file of a role is that material. */
    private static Set<FilingMaterial> presentMaterials(DSLContext dsl, UUID planId) {
        return dsl.selectDistinct(PLAN_ATTACHMENT.ROLE).from(PLAN_ATTACHMENT).where(PLAN_ATTACHMENT.PLAN_ID.eq(planId))
                .fetch(PLAN_ATTACHMENT.ROLE).stream()
                .map(role -> FilingMaterial.fromLiteral(role.getLiteral()).orElseThrow(
                        () -> new IllegalStateException("attachment role without a filing material: " + role)))
                .collect(Collectors.toSet());
    }

    private static FilingRequest request(DSLContext dsl, cn.yingji.db.enums.PlanCategory planCategory, String jointBasis,
            List<String> participantCodes, OwnerUnitKind owner, TenantLineage lineage) {
        PlanCategory category = PlanCategory.fromDatabase(planCategory.getLiteral());
        if (category == PlanCategory.JOINT) {
            // 联合预案: routed like a 专项 or 部门 plan, copied to the participants' next-higher or common-higher tier
            List<TenantLineage> participants = new ArrayList<>();
            for (String code : participantCodes) {
                participants.add(TenantLineages.of(dsl, code));
            }
            JointPlanBasis basis = JointPlanBasis.fromLiteral(jointBasis);
            return FilingRequest.joint(basis, owner, lineage, participants);
        }
        return FilingRequest.of(category, owner, lineage);
    }

    /** A route with the actual units behind its roles named, and the unit that takes the filing in. */
    private record Routing(FilingRoute route, PlanReceivingUnits units, Optional<PlanReceivingUnits.Unit> receiving,
            String deliverVia, List<String> copyTo) {
    }

    private static Routing routing(DSLContext dsl, JsonNode policy, FilingRequest request, OrgUnitRecord owner) {
        PlanReceivingUnits units = PlanReceivingUnits.of(dsl, owner);
        FilingRoute route = FilingRouter.route(policy, request, units);
        return new Routing(route, units, units.receiving(route),
                route.deliverVia().map(via -> via.name(units)).orElse(null),
                route.copyTo().stream().map(c -> c.name(units)).toList());
    }

    private List<Filing> views(DSLContext dsl, Condition where) {
        return views(dsl, query(dsl).where(where).orderBy(FILING.SUBMITTED_AT.desc()).fetch());
    }

    private Filing view(DSLContext dsl, UUID id) {
        List<Filing> one = views(dsl, query(dsl).where(FILING.ID.eq(id)).fetch());
        if (one.isEmpty()) {
            throw ApiException.notFound("filing-not-found", "未找到备案记录 " + id + "，或不在您的可见范围内");
        }
        return one.getFirst();
    }

    /** Submitter and reviewer by their names in our people directory, never the self-typed Keycloak name. */
    private List<Filing> views(DSLContext dsl, org.jooq.Result<Record> rows) {
        Map<String, String> names = PersonDirectory.names(dsl, rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.get(FILING.SUBMITTED_BY), r.get(FILING_DECISION.DECIDED_BY)))
                .toList());
        return rows.map(r -> toView(r, names));
    }

    private static org.jooq.SelectOnConditionStep<Record> query(DSLContext dsl) {
        return dsl.select(FILING.fields()).select(FILING_DECISION.fields())
                .select(DSL.coalesce(FILING.PLAN_TITLE, PLAN.TITLE).as(PLAN_TITLE), SUBMITTER.NAME, AUTHORITY.NAME)
                .from(FILING)
                .leftJoin(FILING_DECISION).on(FILING_DECISION.FILING_ID.eq(FILING.ID))
                .leftJoin(PLAN).on(PLAN.ID.eq(FILING.PLAN_ID))
                .leftJoin(SUBMITTER).on(SUBMITTER.CODE.eq(FILING.TENANT_CODE))
                .leftJoin(AUTHORITY).on(AUTHORITY.CODE.eq(FILING.AUTHORITY_TENANT_CODE));
    }

    private Filing toView(Record r, Map<String, String> names) {
        FilingRecord f = r.into(FILING);
        var d = r.into(FILING_DECISION);
        Decision decision = d.getId() == null ? null : new Decision(d.getDecision().getLiteral(), d.getReason(),
                d.getFilingNumber(), d.getVerificationCode(), d.getDecidedAt(), names.get(d.getDecidedBy()));
        LocalDate today = LocalDate.now(CHINA);
        // late only while pending past the deadline, or decided after it; a submission recorded as decided
        // without a decision row (imported records) has no answer date to judge
        boolean ackLate = f.getStatus() == FilingStatus.pending ? today.isAfter(f.getAcknowledgementDueOn())
                : decision != null
                        && decision.decidedAt().atZoneSameInstant(CHINA).toLocalDate().isAfter(f.getAcknowledgementDueOn());
        // 视为已备案: undecided past the acknowledgement deadline where silence counts (enterprise rule)
        boolean deemedFiled = f.getStatus() == FilingStatus.pending && ackLate && f.getSilenceCountsAsFiled();
        @SuppressWarnings("unchecked")
        List<String> copyTo = json.readValue(f.getCopyTo().data(), List.class);
        return new Filing(f.getId(), f.getPlanId(), f.getPlanVersionNo(), r.get(PLAN_TITLE, String.class), f.getTenantCode(),
                r.get(SUBMITTER.NAME), names.get(f.getSubmittedBy()), new Authority(f.getAuthorityTenantCode(), r.get(AUTHORITY.NAME),
                        f.getAuthorityRole(), f.getAuthorityLabel(), f.getAuthorityUnitId()),
                f.getDeliverViaLabel(), copyTo, f.getRouteDescription(), f.getSubmittedAt(), f.getSubmittedOn(),
                f.getFilingDueOn(),
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
