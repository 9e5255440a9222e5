package cn.yingji.compliance;

import static cn.yingji.db.Tables.CAMPAIGN_TASK;
import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.CORRECTIVE_ACTION;
import static cn.yingji.db.Tables.EXPERT;
import static cn.yingji.db.Tables.FILING;
import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.REVISION_CAMPAIGN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import cn.yingji.db.enums.CorrectiveActionStatus;
import cn.yingji.db.enums.DrillStatus;
import cn.yingji.db.enums.ExpertAvailability;
import cn.yingji.db.enums.PlanCategory;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.enums.Sharing;
import cn.yingji.drills.DrillFrequency;
import cn.yingji.plans.PlanLifecycle;
import cn.yingji.tenancy.TenantRef;
import tools.jackson.databind.JsonNode;

/**
 * The records behind every figure (合规台账): for a set of regions, each record that counts, tagged with the
 * figures it counts in. The snapshot of a tenant is the number of its records per figure, and the list behind a
 * number on the dashboard is the same records — one definition, so the two cannot disagree. Every query is
 * narrowed by {@code tenant_code = any(…)} (text equality is leakproof, so row-level security lets it use an
 * index) and reads what the transaction's tenant may see.
 */
final class ComplianceLedger {

    /** A region with its tier policy (合规、演练频次 and 应有预案 come from it). */
    record Region(TenantRef tenant, JsonNode policy) {

        String code() {
            return tenant.code();
        }
    }

    /** One record behind a figure, with the page of the app that shows it ({@code link}, or null). */
    record Entry(@Nullable String tenantCode, @Nullable String tenantName, String kind, @Nullable UUID id, String title,
            String detail, @Nullable LocalDate date, @Nullable String link) {
    }

    /** The part of the ledger one query fills. */
    private enum Source {
        PLANS(Metric.PLANS_REQUIRED, Metric.PLANS_FILED, Metric.PLANS_IN_FORCE, Metric.FILINGS, Metric.FILINGS_ON_TIME,
                Metric.EVALUATIONS_OVERDUE),
        DRILL_ITEMS(Metric.DRILL_ITEMS, Metric.DRILLS_OVERDUE),
        DRILLS_HELD(Metric.DRILLS_HELD),
        ACTIONS(Metric.ACTIONS_TOTAL, Metric.ACTIONS_OVERDUE),
        EXPERTS(Metric.EXPERTS, Metric.EXPERT_TYPES),
        TASKS(Metric.TASKS_TOTAL, Metric.TASKS_DONE, Metric.TASKS_OVERDUE);

        final Set<Metric> metrics;

        Source(Metric... metrics) {
            this.metrics = EnumSet.copyOf(Arrays.asList(metrics));
        }

        static Source of(Metric metric) {
            for (Source s : values()) {
                if (s.metrics.contains(metric)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(metric.name());
        }
    }

    private final List<Region> regions;
    private final Map<String, Region> byCode;
    private final LocalDate today;
    private final Map<Metric, List<Entry>> entries = new EnumMap<>(Metric.class);
    /** The event types each region's experts cover. */
    private final Map<String, Set<String>> expertTypes = new HashMap<>();

    private ComplianceLedger(List<Region> regions, LocalDate today) {
        this.regions = regions;
        this.byCode = regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
        this.today = today;
        for (Metric m : Metric.values()) {
            entries.put(m, new ArrayList<>());
        }
    }

    /** The records behind one figure of these regions, in a stable order. */
    static List<Entry> records(DSLContext dsl, List<Region> regions, LocalDate today, Metric metric) {
        ComplianceLedger ledger = new ComplianceLedger(regions, today);
        ledger.fill(dsl, Source.of(metric));
        return ledger.entries.get(metric);
    }

    /** The figures of each region, counted from all its records. */
    static Map<String, TenantMetrics> count(DSLContext dsl, List<Region> regions, LocalDate today) {
        ComplianceLedger ledger = new ComplianceLedger(regions, today);
        for (Source s : Source.values()) {
            ledger.fill(dsl, s);
        }
        Map<String, Map<Metric, Integer>> counts = new HashMap<>();
        Map<String, Set<String>> types = new HashMap<>();
        for (Region r : regions) {
            counts.put(r.code(), new EnumMap<>(Metric.class));
            types.put(r.code(), new TreeSet<>());
        }
        ledger.entries.forEach((metric, list) -> list.forEach(e -> {
            if (metric != Metric.EXPERT_TYPES) {
                counts.get(e.tenantCode()).merge(metric, 1, Integer::sum);
            }
        }));
        ledger.expertTypes.forEach((code, set) -> types.get(code).addAll(set));
        Map<String, TenantMetrics> result = new TreeMap<>();
        regions.forEach(r -> result.put(r.code(), new TenantMetrics(counts.get(r.code()), types.get(r.code()))));
        return result;
    }

    private String[] codes() {
        return regions.stream().map(Region::code).toArray(String[]::new);
    }

    private void add(Metric metric, String tenantCode, String kind, UUID id, String title, String detail,
            LocalDate date, String link) {
        entries.get(metric).add(new Entry(tenantCode, byCode.get(tenantCode).tenant().name(), kind, id, title, detail,
                date, link));
    }

    private void fill(DSLContext dsl, Source source) {
        switch (source) {
            case PLANS -> plans(dsl);
            case DRILL_ITEMS -> drillItems(dsl);
            case DRILLS_HELD -> drillsHeld(dsl);
            case ACTIONS -> actions(dsl);
            case EXPERTS -> experts(dsl);
            case TASKS -> tasks(dsl);
        }
    }

    private record PlanRow(UUID id, String tenantCode, String title, PlanCategory category, List<String> eventTypes,
            PlanStatus status, LocalDate evaluationDueOn, LocalDate submittedOn, LocalDate filingDueOn, Boolean late) {
    }

    /**
     * Plans in force with their first submission for filing (备案: 印发后 20 个工作日内报送, {@code filing.late}),
     * their evaluation clock (逾期未评估 = due date passed, as the plan list's filter), and the required plan system
     * of each region matched against its filed plans.
     */
    private void plans(DSLContext dsl) {
        var first = FILING.as("first_filing");
        var rows = dsl.select(PLAN.ID, PLAN.TENANT_CODE, PLAN.TITLE, PLAN.CATEGORY, PLAN.EVENT_TYPES, PLAN.STATUS,
                        PLAN.EVALUATION_DUE_ON, first.SUBMITTED_ON, first.FILING_DUE_ON, first.LATE)
                .from(PLAN)
                .leftJoin(DSL.lateral(DSL.select(FILING.SUBMITTED_ON, FILING.FILING_DUE_ON, FILING.LATE).from(FILING)
                        .where(FILING.PLAN_ID.eq(PLAN.ID)).orderBy(FILING.SUBMITTED_AT).limit(1)).as(first.getName()))
                .on(DSL.trueCondition())
                .where(PLAN.TENANT_CODE.eq(DSL.any(codes()))).and(PLAN.STATUS.in(PlanLifecycle.IN_FORCE))
                .orderBy(PLAN.TENANT_CODE, PLAN.TITLE, PLAN.ID)
                .fetch(r -> new PlanRow(r.value1(), r.value2(), r.value3(), r.value4(), Arrays.asList(r.value5()),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
        Map<String, List<PlanRow>> byTenant = new HashMap<>();
        for (PlanRow p : rows) {
            byTenant.computeIfAbsent(p.tenantCode(), k -> new ArrayList<>()).add(p);
            String link = "/plans/" + p.id();
            add(Metric.PLANS_IN_FORCE, p.tenantCode(), "plan", p.id(), p.title(), statusLabel(p.status()), null, link);
            if (p.evaluationDueOn() != null && p.evaluationDueOn().isBefore(today)) {
                add(Metric.EVALUATIONS_OVERDUE, p.tenantCode(), "plan", p.id(), p.title(),
                        "评估到期日 " + p.evaluationDueOn(), p.evaluationDueOn(), link);
            }
            if (p.submittedOn() != null) {
                String detail = "首次报送 " + p.submittedOn() + "，期限 " + p.filingDueOn();
                add(Metric.FILINGS, p.tenantCode(), "plan", p.id(), p.title(),
                        detail + (Boolean.TRUE.equals(p.late()) ? "（逾期）" : ""), p.submittedOn(), link);
                if (Boolean.FALSE.equals(p.late())) {
                    add(Metric.FILINGS_ON_TIME, p.tenantCode(), "plan", p.id(), p.title(), detail, p.submittedOn(), link);
                }
            }
        }
        for (Region region : regions) {
            List<PlanRow> own = byTenant.getOrDefault(region.code(), List.of());
            for (RequiredPlans.Requirement req : RequiredPlans.of(region.policy(), region.tenant().tier())) {
                PlanRow filed = own.stream().filter(p -> p.status() == PlanStatus.filed)
                        .filter(p -> req.metBy(p.category(), p.eventTypes())).findFirst().orElse(null);
                PlanRow inForce = filed != null ? filed
                        : own.stream().filter(p -> req.metBy(p.category(), p.eventTypes())).findFirst().orElse(null);
                String detail = filed != null ? "已备案：" + filed.title()
                        : inForce != null ? statusLabel(inForce.status()) + "，未备案：" + inForce.title() : "未编制或未印发";
                UUID id = inForce == null ? null : inForce.id();
                String link = id == null ? null : "/plans/" + id;
                add(Metric.PLANS_REQUIRED, region.code(), "required-plan", id, req.label(), detail, null, link);
                if (filed != null) {
                    add(Metric.PLANS_FILED, region.code(), "required-plan", id, req.label(), detail, null, link);
                }
            }
        }
    }

    private static String statusLabel(PlanStatus status) {
        return switch (status) {
            case issued -> "已印发";
            case submitted -> "已报备";
            case filed -> "已备案";
            case returned -> "已退回";
            default -> status.getLiteral();
        };
    }

    /** 演练频次 of each region's plans in force and units (DrillFrequency, from the region's policy). */
    private void drillItems(DSLContext dsl) {
        for (Region region : regions) {
            List<DrillFrequency.DueItem> plans = DrillFrequency.plans(dsl, region.tenant(), region.policy(), today);
            List<DrillFrequency.DueItem> units = DrillFrequency.units(dsl, region.tenant(), region.policy(), today);
            for (var item : plans) {
                drillItem(region, item, "plan", "/plans/" + item.id());
            }
            for (var item : units) {
                drillItem(region, item, "unit", null);
            }
        }
    }

    private void drillItem(Region region, DrillFrequency.DueItem item, String kind, String link) {
        String detail = "每 " + item.intervalMonths() + " 个月至少一次，"
                + (item.lastHeldOn() == null ? "从未演练" : "上次 " + item.lastHeldOn()) + "，应于 " + item.dueOn() + " 前演练";
        add(Metric.DRILL_ITEMS, region.code(), kind, item.id(), item.name(), detail + "（" + item.stateLabel() + "）",
                item.dueOn(), link);
        if (DrillFrequency.OVERDUE.equals(item.state())) {
            add(Metric.DRILLS_OVERDUE, region.code(), kind, item.id(), item.name(), detail, item.dueOn(), link);
        }
    }

    /** Drills each region held (organized) this year up to today: the stored drill date narrows the date index. */
    private void drillsHeld(DSLContext dsl) {
        dsl.select(DRILL.ID, DRILL.TENANT_CODE, DRILL.TITLE, DRILL.HELD_ON)
                .from(DRILL)
                .where(DRILL.TENANT_CODE.eq(DSL.any(codes()))).and(DRILL.STATUS.eq(DrillStatus.held))
                .and(DRILL.DRILL_ON.between(today.withDayOfYear(1), today))
                .orderBy(DRILL.TENANT_CODE, DRILL.DRILL_ON.desc(), DRILL.ID)
                .forEach(r -> add(Metric.DRILLS_HELD, r.value2(), "drill", r.value1(), r.value3(), "举办 " + r.value4(),
                        r.value4(), "/drills/" + r.value1()));
    }

    /** Corrective actions each region is responsible for (the assignee), overdue when not done past the due date. */
    private void actions(DSLContext dsl) {
        dsl.select(CORRECTIVE_ACTION.ID, CORRECTIVE_ACTION.ASSIGNEE_CODE, CORRECTIVE_ACTION.DESCRIPTION,
                        CORRECTIVE_ACTION.DUE_ON, CORRECTIVE_ACTION.STATUS, CORRECTIVE_ACTION.DRILL_ID)
                .from(CORRECTIVE_ACTION)
                .where(CORRECTIVE_ACTION.ASSIGNEE_CODE.eq(DSL.any(codes())))
                .orderBy(CORRECTIVE_ACTION.ASSIGNEE_CODE, CORRECTIVE_ACTION.DUE_ON, CORRECTIVE_ACTION.ID)
                .forEach(r -> {
                    boolean overdue = r.value5() != CorrectiveActionStatus.done && r.value4().isBefore(today);
                    String detail = "整改期限 " + r.value4() + "，" + switch (r.value5()) {
                        case open -> "待整改";
                        case in_progress -> "整改中";
                        case done -> "已完成";
                    };
                    String link = "/drills/" + r.value6();
                    add(Metric.ACTIONS_TOTAL, r.value2(), "action", r.value1(), r.value3(), detail, r.value4(), link);
                    if (overdue) {
                        add(Metric.ACTIONS_OVERDUE, r.value2(), "action", r.value1(), r.value3(), detail, r.value4(), link);
                    }
                });
    }

    /**
     * Experts each region registered that can be invoked (in the pool, available) and that the tiers above may
     * read (shared up or wider): a private or down-shared expert would be a number nobody above could open.
     */
    private void experts(DSLContext dsl) {
        Map<String, Integer> perType = new TreeMap<>();
        dsl.select(EXPERT.ID, EXPERT.TENANT_CODE, EXPERT.NAME, EXPERT.ORGANIZATION, EXPERT.SPECIALTIES)
                .from(EXPERT)
                .where(EXPERT.TENANT_CODE.eq(DSL.any(codes()))).and(EXPERT.IN_POOL.isTrue())
                .and(EXPERT.AVAILABILITY.eq(ExpertAvailability.available))
                .and(EXPERT.SHARING.in(Sharing.up, Sharing.vertical, Sharing.public_))
                .orderBy(EXPERT.TENANT_CODE, EXPERT.NAME, EXPERT.ID)
                .forEach(r -> {
                    List<String> specialties = Arrays.asList(r.value5());
                    add(Metric.EXPERTS, r.value2(), "expert", r.value1(), r.value3(),
                            r.value4() + "，" + String.join("、", specialties), null, null);
                    expertTypes.computeIfAbsent(r.value2(), k -> new TreeSet<>()).addAll(specialties);
                    specialties.forEach(t -> perType.merge(t, 1, Integer::sum));
                });
        // an event type is covered by the regions together: one row per type, not per region
        perType.forEach((type, n) -> entries.get(Metric.EXPERT_TYPES)
                .add(new Entry(null, null, "event-type", null, type, n + " 名可调用专家", null, null)));
    }

    /**
     * 编修任务 assigned to each region by launched campaigns: done (已销号) once a linked plan version is filed (and
     * stays done when it is superseded), overdue past the deadline otherwise — the board's rule (RevisionCampaigns).
     */
    private void tasks(DSLContext dsl) {
        var done = DSL.field(DSL.exists(DSL.selectOne().from(PLAN).where(PLAN.CAMPAIGN_TASK_ID.eq(CAMPAIGN_TASK.ID))
                .and(PLAN.STATUS.in(PlanStatus.filed, PlanStatus.superseded))));
        dsl.select(CAMPAIGN_TASK.ID, CAMPAIGN_TASK.ASSIGNEE_TENANT_CODE, CAMPAIGN_TASK.PLAN_TITLE, CAMPAIGN_TASK.DEADLINE,
                        REVISION_CAMPAIGN.ID, REVISION_CAMPAIGN.TITLE, done)
                .from(CAMPAIGN_TASK).join(REVISION_CAMPAIGN).on(REVISION_CAMPAIGN.ID.eq(CAMPAIGN_TASK.CAMPAIGN_ID))
                .where(CAMPAIGN_TASK.ASSIGNEE_TENANT_CODE.eq(DSL.any(codes())))
                .and(REVISION_CAMPAIGN.LAUNCHED_AT.isNotNull())
                .orderBy(CAMPAIGN_TASK.ASSIGNEE_TENANT_CODE, CAMPAIGN_TASK.DEADLINE, CAMPAIGN_TASK.ID)
                .forEach(r -> {
                    boolean isDone = r.value7();
                    String detail = r.value6() + "，期限 " + r.value4() + "，"
                            + (isDone ? "已销号" : r.value4().isBefore(today) ? "逾期" : "未完成");
                    String link = "/campaigns/" + r.value5();
                    add(Metric.TASKS_TOTAL, r.value2(), "task", r.value1(), r.value3(), detail, r.value4(), link);
                    if (isDone) {
                        add(Metric.TASKS_DONE, r.value2(), "task", r.value1(), r.value3(), detail, r.value4(), link);
                    } else if (r.value4().isBefore(today)) {
                        add(Metric.TASKS_OVERDUE, r.value2(), "task", r.value1(), r.value3(), detail, r.value4(), link);
                    }
                });
    }
}
