package cn.yingji.plans;

import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.CAMPAIGN_TASK;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN_ALIGNMENT;
import static cn.yingji.db.Tables.PLAN_ATTACHMENT;
import static cn.yingji.db.Tables.PLAN_REVISION_TRIGGER;
import static cn.yingji.db.Tables.PLAN_TEMPLATE;
import static cn.yingji.db.Tables.TENANT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.PlanCategory;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.enums.Sharing;
import cn.yingji.db.enums.TemplateKind;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.db.tables.records.PlanTemplateRecord;
import cn.yingji.filing.FilingClock;
import cn.yingji.filing.FilingRouter;
import cn.yingji.filing.JointPlanBasis;
import cn.yingji.filing.OwnerUnitKind;
import cn.yingji.filing.WorkingDayCalendar;
import cn.yingji.filing.WorkingDayCalendars;
import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.plans.PlanLifecycle.Action;
import cn.yingji.plans.PlanViews.FromTemplateRequest;
import cn.yingji.plans.PlanViews.IssueRequest;
import cn.yingji.plans.PlanViews.Page;
import cn.yingji.plans.PlanViews.Plan;
import cn.yingji.plans.PlanViews.PlanRequest;
import cn.yingji.platform.ApiException;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plan records: every write validates the lifecycle, bumps the row version (optimistic locking), and
 * writes its audit row and its outbox row in the same transaction.
 */
@Component
public class Plans {

    public static final String ENTITY = "plan";
    /** 预案: versioned, with a search document of its own. */
    public static final Versioned<PlanRecord> TYPE = Versioned.indexed(ENTITY, "预案", PLAN, PLAN.ID, PLAN.VERSION, PLAN.UPDATED_AT);
    static final ZoneId CHINA = cn.yingji.platform.China.ZONE;
    /** Up to this many visible rows the list sorts them rather than walking the updated_at index. */
    static final int SORTED_LIST_LIMIT = 10_000;

    private final TenantTx tx;
    private final RecordWrites writes;

    private final JsonMapper json;
    private final Obligations obligations;
    private final WorkingDayCalendars calendars = new WorkingDayCalendars();

    Plans(TenantTx tx, RecordWrites writes, JsonMapper json, Obligations obligations) {
        this.obligations = obligations;
        this.tx = tx;
        this.writes = writes;
        this.json = json;
    }

    /** The plan list's filters (all optional); the same filters drive the list and its .xlsx export. */
    record Filter(String status, String category, String tenantCode, String evaluation) {
    }

    Mono<Page<Plan>> list(Viewer viewer, Filter f, int page, int size) {
        Condition where = DSL.noCondition();
        if (f.status() != null) {
            where = where.and(PLAN.STATUS.eq(status(f.status())));
        }
        if (f.category() != null) {
            where = where.and(PLAN.CATEGORY.eq(category(f.category())));
        }
        if (f.tenantCode() != null) {
            where = where.and(PLAN.TENANT_CODE.eq(f.tenantCode()));
        }
        if (f.evaluation() != null) {
            where = where.and(evaluationIs(f.evaluation(), LocalDate.now(CHINA)));
        }
        Condition filter = where;
        return tx.call(viewer, dsl -> {
            int total = dsl.fetchCount(PLAN, filter);
            return new Page<>(total, page, size, dsl.selectFrom(PLAN).where(filter)
                    .orderBy(newestFirst(total), PLAN.ID).limit(size).offset((long) page * size).fetch(Plans::view));
        });
    }

    /**
     * The list's order. When few rows are visible (a county, or a narrow filter) they are fetched through the
     * read policy's indexes and sorted; when many are (a province), walking {@code plan_updated_idx} finds a
     * page sooner. The planner cannot tell the two apart (the policy's tenant is a run-time setting), and
     * walking the index for a county reads most of the table; sorting by an expression keeps it off the
     * index. The threshold is where the two cost the same at two million plans (docs/benchmarks.md).
     */
    static org.jooq.SortField<?> newestFirst(int visible) {
        return visible <= SORTED_LIST_LIMIT
                ? DSL.field("{0} + interval '0 seconds'", OffsetDateTime.class, PLAN.UPDATED_AT).desc()
                : PLAN.UPDATED_AT.desc();
    }

    /** The SQL twin of {@link EvaluationClock#state}. */
    private static Condition evaluationIs(String literal, LocalDate today) {
        EvaluationClock.State state = EvaluationClock.State.fromLiteral(literal);
        if (state == null) {
            throw ApiException.badRequest("invalid-evaluation-state", "评估状态无效，可选值：ok、due_soon、overdue");
        }
        return switch (state) {
            case OVERDUE -> PLAN.EVALUATION_DUE_ON.lt(today);
            case DUE_SOON -> PLAN.EVALUATION_DUE_ON.ge(today).and(PLAN.EVALUATION_REMINDER_ON.le(today));
            case OK -> PLAN.EVALUATION_DUE_ON.ge(today).and(PLAN.EVALUATION_REMINDER_ON.gt(today));
        };
    }

    Mono<Plan> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> view(load(dsl, id)));
    }

    Mono<Plan> create(Viewer viewer, PlanRequest request) {
        PlanRecord fields = editable(request);
        return tx.call(viewer, dsl -> {
            checkLinks(dsl, viewer, fields);
            requireRoute(dsl, viewer, fields);
            PlanRecord row = dsl.insertInto(PLAN).set(fields).returning().fetchSingle();
            return written(dsl, viewer, "plan.create", null, row);
        });
    }

    /** 从模板新建: the template's category, event types and text, under the compiler's title and unit. */
    Mono<Plan> createFromTemplate(Viewer viewer, FromTemplateRequest request) {
        return tx.call(viewer, dsl -> {
            PlanTemplateRecord template = dsl.selectFrom(PLAN_TEMPLATE).where(PLAN_TEMPLATE.ID.eq(request.templateId()))
                    .fetchOne();
            if (template == null || template.getKind() != TemplateKind.template) {
                throw ApiException.notFound("template-not-found",
                        "未找到预案模板 " + request.templateId() + "，或不在您的可见范围内");
            }
            PlanRecord fields = new PlanRecord();
            fields.setTitle(request.title().strip());
            fields.setCategory(template.getCategory());
            fields.setEventTypes(template.getEventTypes());
            fields.setOwnerUnitId(request.ownerUnitId());
            fields.setLeadUnitId(request.leadUnitId());
            fields.setSummary(template.getBody());
            fields.setTemplateId(template.getId());
            fields.setParticipantCodes(new String[0]);
            fields.setCampaignTaskId(request.campaignTaskId());
            if (template.getCategory() == PlanCategory.joint) {
                throw ApiException.badRequest("template-joint-unsupported", "联合预案请直接新建并登记参与地区");
            }
            checkLinks(dsl, viewer, fields);
            requireRoute(dsl, viewer, fields);
            PlanRecord row = dsl.insertInto(PLAN).set(fields).returning().fetchSingle();
            return written(dsl, viewer, "plan.create", null, row);
        });
    }

    Mono<Plan> update(Viewer viewer, UUID id, PlanRequest request) {
        if (request.version() == null) {
            return Mono.error(ApiException.badRequest("validation-failed", "更新时必须提供版本号 version"));
        }
        PlanRecord fields = editable(request);
        return tx.call(viewer, dsl -> {
            PlanRecord before = loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.EDIT);
            checkLinks(dsl, viewer, fields);
            requireRoute(dsl, viewer, fields);
            PlanRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(PLAN).set(fields));
            return written(dsl, viewer, "plan.update", before, after);
        });
    }

    /** The columns a compiler edits, validated; only these are written by create and update. */
    private static PlanRecord editable(PlanRequest request) {
        PlanRecord fields = new PlanRecord();
        fields.setTitle(request.title().strip());
        fields.setCategory(category(request.category()));
        fields.setEventTypes(EventTypes.validate(request.eventTypes()).toArray(String[]::new));
        fields.setOwnerUnitId(request.ownerUnitId());
        fields.setLeadUnitId(request.leadUnitId());
        fields.setDocNumber(blankToNull(request.docNumber()));
        fields.setIssuedOn(request.issuedOn());
        fields.setSummary(request.summary() == null ? "" : request.summary());
        boolean joint = fields.getCategory() == PlanCategory.joint;
        List<String> participants = request.participantCodes() == null ? List.of()
                : request.participantCodes().stream().map(String::strip).distinct().toList();
        JointPlanBasis basis = joint ? JointPlanBasis.parse(request.jointBasis()) : null;
        if (!joint && (request.jointBasis() != null || !participants.isEmpty())) {
            throw ApiException.badRequest("joint-fields-not-allowed", "只有联合预案可以登记备案依据和参与地区");
        }
        if (joint && participants.isEmpty()) {
            throw ApiException.badRequest("joint-participants-required", "联合预案必须登记至少一个参与地区 participantCodes");
        }
        fields.setJointBasis(basis == null ? null : basis.literal());
        fields.setParticipantCodes(participants.toArray(String[]::new));
        fields.setCampaignTaskId(request.campaignTaskId());
        return fields;
    }

    /**
     * Checks what a draft points at outside itself: joint participants are real regions other than the
     * owner's; a campaign task is visible to the viewer and assigned to its region.
     */
    static void checkLinks(DSLContext dsl, Viewer viewer, PlanRecord fields) {
        for (String code : fields.getParticipantCodes()) {
            if (code.equals(viewer.tenant().code()) || TenantLineages.of(dsl, code) == null) {
                throw ApiException.badRequest("joint-participant-invalid", "参与地区 " + code + " 无效：须为本地区以外的行政区划代码");
            }
        }
        UUID taskId = fields.getCampaignTaskId();
        if (taskId != null) {
            String assignee = dsl.select(CAMPAIGN_TASK.ASSIGNEE_TENANT_CODE).from(CAMPAIGN_TASK)
                    .where(CAMPAIGN_TASK.ID.eq(taskId)).fetchOne(CAMPAIGN_TASK.ASSIGNEE_TENANT_CODE);
            if (assignee == null) {
                throw ApiException.badRequest("campaign-task-not-found", "未找到编修任务 " + taskId + "，或不在您的可见范围内");
            }
            if (!assignee.equals(viewer.tenant().code())) {
                throw ApiException.badRequest("campaign-task-not-assigned", "该编修任务不是分配给本地区的");
            }
        }
    }

    /**
     * A plan is created only for a category and owning unit its tenant's policy can route (第二十六条), so that
     * once issued it can be filed; the refusal names the unit kinds the category allows.
     */
    private void requireRoute(DSLContext dsl, Viewer viewer, PlanRecord fields) {
        // the unit's kind and the tenant's policy in one query (a write's round trips hold its connection)
        var row = dsl.select(ORG_UNIT.KIND, DSL.field(dsl.select(TENANT.POLICY).from(TENANT)
                        .where(TENANT.CODE.eq(viewer.tenant().code()))))
                .from(ORG_UNIT).where(ORG_UNIT.ID.eq(fields.getOwnerUnitId())).fetchOne();
        if (row == null) {
            return; // an unknown unit is refused by the foreign key
        }
        var kind = row.value1();
        cn.yingji.filing.PlanCategory category = cn.yingji.filing.PlanCategory.fromDatabase(fields.getCategory().getLiteral());
        FilingRouter.requireRoute(json.readTree(row.value2().data()), category,
                category != cn.yingji.filing.PlanCategory.JOINT ? null
                : JointPlanBasis.fromLiteral(fields.getJointBasis()),
                OwnerUnitKind.fromLiteral(kind.getLiteral()));
    }

    /** 印发: needs the 文号 and an issue date not in the future; the plan becomes visible to the tiers above. */
    Mono<Plan> issue(Viewer viewer, UUID id, IssueRequest request) {
        return tx.call(viewer, dsl -> {
            PlanRecord before = loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.ISSUE);
            String docNumber = blankToNull(request.docNumber() != null ? request.docNumber() : before.getDocNumber());
            LocalDate issuedOn = request.issuedOn() != null ? request.issuedOn() : before.getIssuedOn();
            if (docNumber == null) {
                throw ApiException.badRequest("plan-doc-number-required", "印发预案必须填写文号");
            }
            if (issuedOn == null) {
                throw ApiException.badRequest("plan-issue-date-required", "印发预案必须填写印发日期");
            }
            if (issuedOn.isAfter(LocalDate.now(CHINA))) {
                throw ApiException.badRequest("plan-issue-date-in-future", "印发日期不能晚于今天");
            }
            PlanRecord previous = before.getPreviousVersionId() == null ? null
                    : dsl.selectFrom(PLAN).where(PLAN.ID.eq(before.getPreviousVersionId())).fetchSingle();
            if (previous != null && previous.getStatus() == PlanStatus.submitted) {
                // the authority's decision on the old version must not land on a replaced one
                throw ApiException.conflict("plan-previous-under-review",
                        "上一版本正在备案审查中，请待审查结束后再印发修订版本");
            }
            JsonNode policy = policy(dsl, viewer);
            EvaluationClock clock = EvaluationClock.of(policy);
            LocalDate due = clock.dueAfter(issuedOn);
            PlanRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(PLAN)
                    .set(PLAN.DOC_NUMBER, docNumber)
                    .set(PLAN.ISSUED_ON, issuedOn)
                    .set(PLAN.STATUS, PlanStatus.issued)
                    .set(PLAN.EVALUATION_DUE_ON, due)
                    .set(PLAN.EVALUATION_REMINDER_ON, clock.reminderFor(due))
                    .set(PLAN.SHARING, issuedSharing(before, previous)));
            // the attachments follow the plan's sharing
            dsl.update(PLAN_ATTACHMENT).set(PLAN_ATTACHMENT.SHARING, after.getSharing())
                    .where(PLAN_ATTACHMENT.PLAN_ID.eq(id)).execute();
            if (previous != null) {
                supersede(dsl, viewer, previous, after);
            }
            // 预案备案: owed to its authority within the policy's working days of the issue (第二十六条)
            WorkingDayCalendar calendar =
                    calendars.forPolicy(policy, TenantLineages.of(dsl, after.getTenantCode()).provinceCode());
            Instant issued = issuedOn.atStartOfDay(CHINA).toInstant();
            obligations.open(dsl, new Obligations.Opening(ObligationKind.PLAN_FILING, id, after.getTitle(),
                    after.getTenantCode(), after.getOwnerUnitId(), issued,
                    new DueRule.WorkingDays(new FilingClock(policy, calendar).deadlineWorkingDays()).dueAt(issued, calendar),
                    null));
            // 预案评估: owed by the plan's office within the policy's cycle
            obligations.open(dsl, new Obligations.Opening(ObligationKind.PLAN_EVALUATION, id, after.getTitle(),
                    after.getTenantCode(), after.getOwnerUnitId(), issued, new DueRule.OnDay(due).dueAt(), null));
            return written(dsl, viewer, "plan.issue", before, after);
        });
    }

    /**
     * A first version becomes visible to the tiers above; a revision keeps what its predecessor was
     * published as (a plan shared down stays shared down).
     */
    private static Sharing issuedSharing(PlanRecord before, PlanRecord previous) {
        if (before.getSharing() != Sharing.private_) {
            return before.getSharing();
        }
        return previous != null && previous.getSharing() != Sharing.private_ ? previous.getSharing() : Sharing.up;
    }

    /**
     * The issued revision replaces its predecessor: the old version stops its evaluation clock, the open
     * revision triggers of the series count as answered, and lower-tier plans aligned with this series are
     * re-indexed so their "needs alignment review" flag shows.
     */
    private void supersede(DSLContext dsl, Viewer viewer, PlanRecord previous, PlanRecord revision) {
        if (previous.getStatus() != PlanStatus.abolished) {
            PlanRecord replaced = writes.update(dsl, TYPE, previous, previous.getVersion(), dsl.update(PLAN)
                    .set(PLAN.STATUS, PlanStatus.superseded)
                    .setNull(PLAN.EVALUATION_DUE_ON).setNull(PLAN.EVALUATION_REMINDER_ON));
            written(dsl, viewer, "plan.supersede", previous, replaced);
        }
        obligations.waive(dsl, previous.getId(), "已由修订版本取代", Instant.now());
        dsl.update(PLAN_REVISION_TRIGGER).set(PLAN_REVISION_TRIGGER.RESOLVED_BY_PLAN_ID, revision.getId())
                .set(PLAN_REVISION_TRIGGER.RESOLVED_AT, OffsetDateTime.now())
                .where(PLAN_REVISION_TRIGGER.SERIES_ID.eq(revision.getSeriesId()))
                .and(PLAN_REVISION_TRIGGER.RESOLVED_AT.isNull()).execute();
        // the aligned plans below are shared up, so the issuing tier sees their links
        dsl.selectDistinct(PLAN_ALIGNMENT.PLAN_ID).from(PLAN_ALIGNMENT)
                .where(PLAN_ALIGNMENT.UPPER_SERIES_ID.eq(revision.getSeriesId()))
                .forEach(r -> writes.reindex(dsl, TYPE, r.value1()));
    }

    Mono<Plan> abolish(Viewer viewer, UUID id, int version) {
        return tx.call(viewer, dsl -> {
            PlanRecord before = loadOwn(dsl, viewer, id);
            PlanLifecycle.check(before.getStatus(), Action.ABOLISH);
            PlanRecord after = writes.update(dsl, TYPE, before, version,
                    dsl.update(PLAN).set(PLAN.STATUS, PlanStatus.abolished));
            obligations.waive(dsl, id, "预案已废止", Instant.now());
            return written(dsl, viewer, "plan.abolish", before, after);
        });
    }

    /** Queues the plan's search document for rebuilding (its flags changed through a related row). */
    void reindex(DSLContext dsl, UUID id) {
        writes.reindex(dsl, TYPE, id);
    }

    JsonNode policy(DSLContext dsl, Viewer viewer) {
        return json.readTree(dsl.select(TENANT.POLICY).from(TENANT).where(TENANT.CODE.eq(viewer.tenant().code()))
                .fetchSingle(TENANT.POLICY).data());
    }

    Plan written(DSLContext dsl, Viewer viewer, String action, PlanRecord before, PlanRecord after) {
        Plan view = view(after);
        writes.written(dsl, viewer, TYPE, action, after.getId(), before == null ? null : view(before), view);
        return view;
    }

    public static PlanRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, PLAN, PLAN.ID, id, "plan-not-found", "预案");
    }

    /** Writes touch own plans only; a plan the viewer merely oversees is read-only to it. */
    static PlanRecord loadOwn(DSLContext dsl, Viewer viewer, UUID id) {
        return TenantRows.own(viewer, load(dsl, id), "只能修改本行政区划的预案");
    }

    public static PlanCategory category(String literal) {
        PlanCategory category = literal == null ? null : PlanCategory.lookupLiteral(literal);
        if (category == null) {
            throw ApiException.badRequest("invalid-plan-category",
                    "预案类别无效，可选值：general、special、department、grassroots、enterprise、major_event、joint");
        }
        return category;
    }

    static PlanStatus status(String literal) {
        PlanStatus status = PlanStatus.lookupLiteral(literal);
        if (status == null) {
            throw ApiException.badRequest("invalid-plan-status",
                    "预案状态无效，可选值：draft、issued、submitted、filed、returned、superseded、abolished");
        }
        return status;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Plan view(PlanRecord r) {
        EvaluationClock.State state = EvaluationClock.state(r.getEvaluationDueOn(), r.getEvaluationReminderOn(),
                LocalDate.now(CHINA));
        return new Plan(r.getId(), r.getTenantCode(), r.getSharing().getLiteral(), r.getSeriesId(), r.getVersionNo(),
                r.getPreviousVersionId(), r.getTitle(), r.getCategory().getLiteral(),
                Arrays.asList(r.getEventTypes()), r.getOwnerUnitId(), r.getLeadUnitId(), r.getDocNumber(),
                r.getIssuedOn(), r.getSummary(), r.getStatus().getLiteral(), PlanLifecycle.label(r.getStatus()),
                r.getVersion(), r.getCreatedAt(), r.getUpdatedAt(), r.getLastEvaluatedOn(), r.getEvaluationDueOn(),
                state == null ? null : state.literal, state == null ? null : state.label, r.getJointBasis(),
                Arrays.asList(r.getParticipantCodes()), r.getTemplateId(), r.getCampaignTaskId());
    }
}
