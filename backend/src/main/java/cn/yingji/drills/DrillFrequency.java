package cn.yingji.drills;

import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import cn.yingji.db.enums.OrgUnitKind;
import cn.yingji.plans.PlanLifecycle;
import cn.yingji.platform.China;
import cn.yingji.tenancy.TenantRef;
import tools.jackson.databind.JsonNode;

/**
 * 演练频次 of one region: its plans in force and its units that have a minimum drill frequency in the region's
 * tier policy ({@link DrillMinimums}), each with its last drill and due date. The drills page shows it
 * ({@link DrillCompliance}); the compliance dashboard counts it.
 */
public final class DrillFrequency {

    /**
     * A plan or unit with its minimum interval, last drill and due date; {@code kind} is the plan's category or
     * the unit's kind, {@code unitId} the plan's owner unit or the unit itself, {@code state} ok, due_soon or
     * overdue (逾期未演练).
     */
    public record DueItem(UUID id, String name, String kind, UUID unitId, int intervalMonths,
            @Nullable LocalDate lastHeldOn, LocalDate dueOn, String state, String stateLabel) {
    }

    /** The {@link DueItem#state()} of an item past its due date. */
    public static final String OVERDUE = DrillMinimums.State.OVERDUE.literal;

    private static final Comparator<DueItem> URGENT_FIRST = Comparator.comparing(DueItem::dueOn)
            .thenComparing(DueItem::name);

    private DrillFrequency() {
    }

    /**
     * The region's plans in force that must be drilled, most urgent first. Reads the plans and drills the caller's
     * transaction may see: the region's own, or an upper tier's view of them.
     */
    public static List<DueItem> plans(DSLContext dsl, TenantRef region, JsonNode policy, LocalDate today) {
        DrillMinimums minimums = DrillMinimums.of(policy);
        Map<UUID, LocalDate> lastHeld = lastHeldByPlan(dsl, region.path());
        List<DueItem> items = new ArrayList<>();
        dsl.select(PLAN.ID, PLAN.TITLE, PLAN.CATEGORY, PLAN.ISSUED_ON, PLAN.OWNER_UNIT_ID, ORG_UNIT.KIND, ORG_UNIT.HIGH_RISK)
                .from(PLAN).join(ORG_UNIT).on(ORG_UNIT.ID.eq(PLAN.OWNER_UNIT_ID))
                .where(PLAN.TENANT_CODE.eq(region.code())).and(PLAN.STATUS.in(PlanLifecycle.IN_FORCE))
                .forEach(r -> minimums.forPlan(r.get(PLAN.CATEGORY), r.get(ORG_UNIT.KIND), r.get(ORG_UNIT.HIGH_RISK))
                        .ifPresent(months -> items.add(item(minimums, today, r.get(PLAN.ID), r.get(PLAN.TITLE),
                                r.get(PLAN.CATEGORY).getLiteral(), r.get(PLAN.OWNER_UNIT_ID), months, lastHeld.get(r.get(PLAN.ID)),
                                r.get(PLAN.ISSUED_ON)))));
        items.sort(URGENT_FIRST);
        return items;
    }

    /** The region's units that must drill (villages have no minimum), most urgent first. */
    public static List<DueItem> units(DSLContext dsl, TenantRef region, JsonNode policy, LocalDate today) {
        DrillMinimums minimums = DrillMinimums.of(policy);
        Map<UUID, LocalDate> lastHeld = lastHeldByUnit(dsl, region.code());
        List<DueItem> items = new ArrayList<>();
        dsl.select(ORG_UNIT.ID, ORG_UNIT.NAME, ORG_UNIT.KIND, ORG_UNIT.HIGH_RISK, ORG_UNIT.CREATED_AT)
                .from(ORG_UNIT)
                .where(ORG_UNIT.TENANT_CODE.eq(region.code())).and(ORG_UNIT.KIND.ne(OrgUnitKind.village))
                .forEach(r -> minimums.forUnit(r.get(ORG_UNIT.KIND), r.get(ORG_UNIT.HIGH_RISK))
                        .ifPresent(months -> items.add(item(minimums, today, r.get(ORG_UNIT.ID), r.get(ORG_UNIT.NAME),
                                r.get(ORG_UNIT.KIND).getLiteral(), r.get(ORG_UNIT.ID), months, lastHeld.get(r.get(ORG_UNIT.ID)),
                                r.get(ORG_UNIT.CREATED_AT).atZoneSameInstant(China.ZONE).toLocalDate()))));
        items.sort(URGENT_FIRST);
        return items;
    }

    /**
     * The last held drill that tested each plan, in one pass over the drills of the region and the tiers
     * above it (a plan is drilled by its own region or in a joint drill of a tier above). The organizers' tenant
     * codes narrow the drills through an index: under row-level security PostgreSQL uses a query's own condition
     * for an index only when it is leakproof, which text equality is and array containment is not
     * (docs/benchmarks.md).
     */
    static Map<UUID, LocalDate> lastHeldByPlan(DSLContext dsl, String regionPath) {
        return dsl.resultQuery("""
                select p.plan_id, max(d.held_on) from drill d cross join lateral unnest(d.plan_ids) as p(plan_id)
                where d.status = 'held' and d.tenant_code in (select code from tenant where path @> {0}::ltree)
                group by p.plan_id""", DSL.val(regionPath))
                .fetchMap(r -> r.get(0, UUID.class), r -> r.get(1, LocalDate.class));
    }

    /** The last held drill each unit of the region organized or took part in, in one pass over its drills. */
    static Map<UUID, LocalDate> lastHeldByUnit(DSLContext dsl, String tenantCode) {
        return dsl.resultQuery("""
                select u.unit_id, max(d.held_on) from drill d
                cross join lateral unnest(d.participating_unit_ids || d.organizer_unit_id) as u(unit_id)
                where d.status = 'held' and d.tenant_code = {0}
                group by u.unit_id""", DSL.val(tenantCode))
                .fetchMap(r -> r.get(0, UUID.class), r -> r.get(1, LocalDate.class));
    }

    private static DueItem item(DrillMinimums minimums, LocalDate today, UUID id, String name, String kind, UUID unitId,
            int months, LocalDate lastHeld, LocalDate since) {
        LocalDate due = DrillMinimums.dueOn(lastHeld, since, months);
        DrillMinimums.State state = minimums.state(due, today);
        return new DueItem(id, name, kind, unitId, months, lastHeld, due, state.literal, state.label);
    }
}
