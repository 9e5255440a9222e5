package cn.yingji.campaigns;

import static cn.yingji.db.Tables.CAMPAIGN_TASK;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_TEMPLATE;
import static cn.yingji.db.Tables.REVISION_CAMPAIGN;
import static cn.yingji.db.Tables.TENANT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import cn.yingji.plans.PlanLifecycle;
import cn.yingji.plans.Plans;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.enums.Sharing;
import cn.yingji.db.tables.records.CampaignTaskRecord;
import cn.yingji.db.tables.records.RevisionCampaignRecord;
import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.platform.China;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.Labelled;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 预案编修专项行动: an upper tier launches a campaign with a task breakdown (编修任务分解表); each task is
 * done when a plan version linked to it is filed (销号), and the board counts done / due / overdue (挂图作战).
 * Everything on the board is computed from the plan records, never reported by hand.
 */
@Component
class RevisionCampaigns {

    static final String ENTITY = "revision_campaign";
    /** 专项行动: versioned; its tasks are written with it. */
    static final Versioned<RevisionCampaignRecord> TYPE = Versioned.stored(ENTITY, "专项行动", REVISION_CAMPAIGN,
            REVISION_CAMPAIGN.ID, REVISION_CAMPAIGN.VERSION, REVISION_CAMPAIGN.UPDATED_AT);

    record CampaignRequest(
            @NotBlank(message = "专项行动名称不能为空") @Size(max = 300, message = "名称不能超过 300 个字") String title,
            @Size(max = 100, message = "文号不能超过 100 个字") String noticeDocNumber,
            @Size(max = 20000, message = "说明不能超过 2 万字") String description,
            @NotNull(message = "必须填写完成期限 deadline") LocalDate deadline,
            UUID guideId) {
    }

    record TaskRequest(
            @NotBlank(message = "任务的预案名称不能为空") @Size(max = 300, message = "预案名称不能超过 300 个字") String planTitle,
            @NotBlank(message = "必须选择预案类别 category") String category,
            @NotBlank(message = "必须指定责任地区 assigneeTenantCode") String assigneeTenantCode,
            UUID assigneeUnitId,
            @NotNull(message = "必须填写任务期限 deadline") LocalDate deadline,
            UUID templateId) {
    }

    record LaunchRequest(@NotNull(message = "必须提供版本号 version") Integer version) {
    }

    /** 任务状态: done 已销号, in_progress 编制中 (a linked plan, not yet filed), due 未到期, overdue 逾期. */
    record Task(UUID id, UUID campaignId, String campaignTitle, String campaignTenantName, String planTitle,
            String category, String assigneeTenantCode, @Nullable String assigneeTenantName,
            @Nullable UUID assigneeUnitId, @Nullable String assigneeUnitName, LocalDate deadline,
            @Nullable UUID templateId, String state, String stateLabel, @Nullable UUID planId,
            @Nullable String planStatus, @Nullable String planStatusLabel) {
    }

    record Progress(int total, int done, int due, int overdue) {
    }

    /** A campaign; {@code tasks} only when asked for one campaign (empty in the list). */
    record Campaign(UUID id, String tenantCode, String tenantName, String title, @Nullable String noticeDocNumber,
            String description, LocalDate deadline, @Nullable UUID guideId, boolean launched,
            @Nullable OffsetDateTime launchedAt, boolean own, int version, Progress progress, List<Task> tasks) {
    }

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Obligations obligations;

    RevisionCampaigns(TenantTx tx, RecordWrites writes, Obligations obligations) {
        this.tx = tx;
        this.writes = writes;
        this.obligations = obligations;
    }

    /** Own campaigns and those launched by the tiers above, each with its progress. */
    Mono<List<Campaign>> list(Viewer viewer) {
        return tx.call(viewer, dsl -> dsl.selectFrom(REVISION_CAMPAIGN)
                .orderBy(REVISION_CAMPAIGN.DEADLINE, REVISION_CAMPAIGN.CREATED_AT)
                .fetch().stream().map(c -> campaign(dsl, viewer, c, false)).toList());
    }

    Mono<Campaign> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> campaign(dsl, viewer, load(dsl, id), true));
    }

    /** The tasks assigned to the viewer's region, from every campaign it can see. */
    Mono<List<Task>> assigned(Viewer viewer) {
        return tx.call(viewer, dsl -> tasks(dsl, CAMPAIGN_TASK.ASSIGNEE_TENANT_CODE.eq(viewer.tenant().code())
                .and(REVISION_CAMPAIGN.LAUNCHED_AT.isNotNull().or(REVISION_CAMPAIGN.TENANT_CODE.eq(viewer.tenant().code())))));
    }

    Mono<Campaign> create(Viewer viewer, CampaignRequest request) {
        return tx.call(viewer, dsl -> {
            checkGuide(dsl, request.guideId());
            RevisionCampaignRecord row = dsl.insertInto(REVISION_CAMPAIGN)
                    .set(REVISION_CAMPAIGN.TITLE, request.title().strip())
                    .set(REVISION_CAMPAIGN.NOTICE_DOC_NUMBER, blankToNull(request.noticeDocNumber()))
                    .set(REVISION_CAMPAIGN.DESCRIPTION, request.description() == null ? "" : request.description().strip())
                    .set(REVISION_CAMPAIGN.DEADLINE, request.deadline())
                    .set(REVISION_CAMPAIGN.GUIDE_ID, request.guideId())
                    .set(REVISION_CAMPAIGN.CREATED_BY, viewer.displayName())
                    .returning().fetchSingle();
            Campaign view = campaign(dsl, viewer, row, true);
            writes.written(dsl, viewer, TYPE, "campaign.create", row.getId(), null, view);
            return view;
        });
    }

    /** 任务分解: a plan to compile or revise, the region (or own unit) responsible, and its deadline. */
    Mono<Task> addTask(Viewer viewer, UUID campaignId, TaskRequest request) {
        return tx.call(viewer, dsl -> {
            RevisionCampaignRecord campaign = loadOwn(dsl, viewer, campaignId);
            String assignee = request.assigneeTenantCode().strip();
            String path = dsl.select(TENANT.PATH).from(TENANT).where(TENANT.CODE.eq(assignee))
                    .and(DSL.condition("{0} <@ {1}::ltree", TENANT.PATH, viewer.tenant().path()))
                    .fetchOne(r -> r.value1().data());
            if (path == null) {
                throw ApiException.badRequest("campaign-assignee-invalid",
                        "责任地区 " + assignee + " 无效：须为本地区或下级行政区划");
            }
            if (request.assigneeUnitId() != null && (!assignee.equals(viewer.tenant().code())
                    || !dsl.fetchExists(ORG_UNIT, ORG_UNIT.ID.eq(request.assigneeUnitId())
                            .and(ORG_UNIT.TENANT_CODE.eq(viewer.tenant().code()))))) {
                throw ApiException.badRequest("campaign-unit-invalid", "责任单位须为本地区的组织单位");
            }
            if (request.deadline().isAfter(campaign.getDeadline())) {
                throw ApiException.badRequest("campaign-task-deadline-late",
                        "任务期限不能晚于专项行动完成期限 " + campaign.getDeadline());
            }
            if (request.templateId() != null && !dsl.fetchExists(PLAN_TEMPLATE, PLAN_TEMPLATE.ID.eq(request.templateId()))) {
                throw ApiException.badRequest("template-not-found", "未找到模板 " + request.templateId());
            }
            CampaignTaskRecord row = dsl.insertInto(CAMPAIGN_TASK)
                    .set(CAMPAIGN_TASK.CAMPAIGN_ID, campaignId)
                    .set(CAMPAIGN_TASK.SHARING, campaign.getSharing())
                    .set(CAMPAIGN_TASK.PLAN_TITLE, request.planTitle().strip())
                    .set(CAMPAIGN_TASK.CATEGORY, Plans.category(request.category()))
                    .set(CAMPAIGN_TASK.ASSIGNEE_TENANT_CODE, assignee)
                    .set(CAMPAIGN_TASK.ASSIGNEE_UNIT_ID, request.assigneeUnitId())
                    .set(CAMPAIGN_TASK.DEADLINE, request.deadline())
                    .set(CAMPAIGN_TASK.TEMPLATE_ID, request.templateId())
                    .returning().fetchSingle();
            if (campaign.getLaunchedAt() != null) {
                owe(dsl, campaign, row);
            }
            Task view = tasks(dsl, CAMPAIGN_TASK.ID.eq(row.getId())).getFirst();
            writes.written(dsl, viewer, TYPE, "campaign.task", campaignId, null, view);
            return view;
        });
    }

    /** 下发: the campaign and its tasks become visible to the tiers below (and above). */
    Mono<Campaign> launch(Viewer viewer, UUID id, int version) {
        return tx.call(viewer, dsl -> {
            RevisionCampaignRecord before = loadOwn(dsl, viewer, id);
            if (before.getLaunchedAt() != null) {
                throw ApiException.conflict("campaign-launched", "该专项行动已下发");
            }
            if (!dsl.fetchExists(CAMPAIGN_TASK, CAMPAIGN_TASK.CAMPAIGN_ID.eq(id))) {
                throw ApiException.badRequest("campaign-tasks-required", "请先分解任务，再下发专项行动");
            }
            RevisionCampaignRecord after = writes.update(dsl, TYPE, before, version, dsl.update(REVISION_CAMPAIGN)
                    .set(REVISION_CAMPAIGN.SHARING, Sharing.vertical)
                    .set(REVISION_CAMPAIGN.LAUNCHED_AT, OffsetDateTime.now()));
            dsl.update(CAMPAIGN_TASK).set(CAMPAIGN_TASK.SHARING, Sharing.vertical)
                    .where(CAMPAIGN_TASK.CAMPAIGN_ID.eq(id)).returning().fetch()
                    .forEach(task -> owe(dsl, after, task));
            Campaign view = campaign(dsl, viewer, after, true);
            writes.written(dsl, viewer, TYPE, "campaign.launch", id, null, view);
            return view;
        });
    }

    /** 编修任务: once launched, the region a task is assigned to owes a filed plan by the task's deadline. */
    private void owe(DSLContext dsl, RevisionCampaignRecord campaign, CampaignTaskRecord task) {
        obligations.openBelow(dsl, new Obligations.Opening(ObligationKind.CAMPAIGN_TASK, task.getId(),
                task.getPlanTitle(), task.getAssigneeTenantCode(), task.getAssigneeUnitId(), Instant.now(),
                new DueRule.OnDay(task.getDeadline()).dueAt(), "专项行动：" + campaign.getTitle()));
    }

    private Campaign campaign(DSLContext dsl, Viewer viewer, RevisionCampaignRecord c, boolean withTasks) {
        List<Task> tasks = tasks(dsl, CAMPAIGN_TASK.CAMPAIGN_ID.eq(c.getId()));
        int done = 0;
        int overdue = 0;
        for (Task t : tasks) {
            done += TaskState.DONE.literal().equals(t.state()) ? 1 : 0;
            overdue += TaskState.OVERDUE.literal().equals(t.state()) ? 1 : 0;
        }
        String tenantName = dsl.select(TENANT.NAME).from(TENANT).where(TENANT.CODE.eq(c.getTenantCode()))
                .fetchOne(TENANT.NAME);
        return new Campaign(c.getId(), c.getTenantCode(), tenantName, c.getTitle(), c.getNoticeDocNumber(),
                c.getDescription(), c.getDeadline(), c.getGuideId(), c.getLaunchedAt() != null, c.getLaunchedAt(),
                c.getTenantCode().equals(viewer.tenant().code()), c.getVersion(),
                new Progress(tasks.size(), done, tasks.size() - done - overdue, overdue), withTasks ? tasks : List.of());
    }

    /**
     * Tasks with their state, from the plans linked to them that the viewer may see (a lower region's
     * plans are visible above once issued; filed is what closes a task).
     */
    private static List<Task> tasks(DSLContext dsl, Condition where) {
        var assigneeTenant = TENANT.as("assignee_tenant");
        var campaignTenant = TENANT.as("campaign_tenant");
        List<Task> result = new ArrayList<>();
        var rows = dsl.select(CAMPAIGN_TASK.fields()).select(REVISION_CAMPAIGN.TITLE, campaignTenant.NAME,
                        assigneeTenant.NAME, ORG_UNIT.NAME)
                .from(CAMPAIGN_TASK)
                .join(REVISION_CAMPAIGN).on(REVISION_CAMPAIGN.ID.eq(CAMPAIGN_TASK.CAMPAIGN_ID))
                .leftJoin(campaignTenant).on(campaignTenant.CODE.eq(REVISION_CAMPAIGN.TENANT_CODE))
                .leftJoin(assigneeTenant).on(assigneeTenant.CODE.eq(CAMPAIGN_TASK.ASSIGNEE_TENANT_CODE))
                .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(CAMPAIGN_TASK.ASSIGNEE_UNIT_ID))
                .where(where)
                .orderBy(CAMPAIGN_TASK.DEADLINE, CAMPAIGN_TASK.CREATED_AT)
                .fetch();
        List<UUID> ids = rows.map(r -> r.get(CAMPAIGN_TASK.ID));
        // the most advanced linked plan version of each task: filed beats everything, then the newest
        Map<UUID, cn.yingji.db.tables.records.PlanRecord> linked = new HashMap<>();
        dsl.selectFrom(PLAN).where(PLAN.CAMPAIGN_TASK_ID.in(ids)).fetch().forEach(p -> linked.merge(
                p.getCampaignTaskId(), p, (a, b) -> Comparator.comparing(RevisionCampaigns::closes)
                        .thenComparing(cn.yingji.db.tables.records.PlanRecord::getUpdatedAt).compare(a, b) >= 0 ? a : b));
        LocalDate today = LocalDate.now(China.ZONE);
        for (var r : rows) {
            var t = r.into(CAMPAIGN_TASK);
            var plan = linked.get(t.getId());
            TaskState state = plan != null && closes(plan) ? TaskState.DONE
                    : today.isAfter(t.getDeadline()) ? TaskState.OVERDUE
                    : plan != null ? TaskState.IN_PROGRESS : TaskState.DUE;
            result.add(new Task(t.getId(), t.getCampaignId(), r.get(REVISION_CAMPAIGN.TITLE), r.get(campaignTenant.NAME),
                    t.getPlanTitle(), t.getCategory().getLiteral(), t.getAssigneeTenantCode(), r.get(assigneeTenant.NAME),
                    t.getAssigneeUnitId(), r.get(ORG_UNIT.NAME), t.getDeadline(), t.getTemplateId(), state.literal(),
                    state.label(), plan == null ? null : plan.getId(),
                    plan == null ? null : plan.getStatus().getLiteral(),
                    plan == null ? null : PlanLifecycle.label(plan.getStatus())));
        }
        return result;
    }

    /** 任务状态, computed from the plans linked to a task (never reported by hand). */
    enum TaskState implements Labelled {
        /** 已销号: a linked plan version is filed */
        DONE("done", "已销号"),
        /** 编制中: a linked plan, not yet filed */
        IN_PROGRESS("in_progress", "编制中"),
        /** 未到期 */
        DUE("due", "未到期"),
        /** 逾期: past the deadline and not filed */
        OVERDUE("overdue", "逾期");

        private final String literal;
        private final String label;

        TaskState(String literal, String label) {
            this.literal = literal;
            this.label = label;
        }

        @Override
        public String literal() {
            return literal;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** A filed version closes its task (and stays closing once a later revision supersedes it). */
    private static boolean closes(cn.yingji.db.tables.records.PlanRecord plan) {
        return plan.getStatus() == PlanStatus.filed || plan.getStatus() == PlanStatus.superseded;
    }

    private static void checkGuide(DSLContext dsl, UUID guideId) {
        if (guideId != null && !dsl.fetchExists(PLAN_TEMPLATE, PLAN_TEMPLATE.ID.eq(guideId))) {
            throw ApiException.badRequest("template-not-found", "未找到编修指南 " + guideId);
        }
    }

    private static RevisionCampaignRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, REVISION_CAMPAIGN, REVISION_CAMPAIGN.ID, id, "campaign-not-found", "专项行动");
    }

    private static RevisionCampaignRecord loadOwn(DSLContext dsl, Viewer viewer, UUID id) {
        return TenantRows.own(viewer, load(dsl, id), "只能管理本行政区划发起的专项行动");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
