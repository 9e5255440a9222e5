package cn.yingji.drills;

import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.ORG_UNIT;
import static cn.yingji.db.Tables.PLAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.DrillForm;
import cn.yingji.db.enums.DrillStatus;
import cn.yingji.db.enums.OrgUnitKind;
import cn.yingji.db.enums.TenantTier;
import cn.yingji.drills.DrillViews.Compliance;
import cn.yingji.drills.DrillViews.DueItem;
import cn.yingji.drills.DrillViews.TownshipCount;
import cn.yingji.drills.DrillViews.YearCounts;
import cn.yingji.plans.PlanLifecycle;
import cn.yingji.platform.China;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 演练频次: whether the viewer's plans in force and units have drilled as often as the tier policy demands
 * ({@link DrillMinimums}), and the annual drill plan against what was held. Computed from the drill records in
 * one pass per list: the last drill held that tested a plan (or that a unit organized or took part in).
 */
@Component
class DrillCompliance {

    private final TenantTx tx;
    private final TenantQueries tenants;

    DrillCompliance(TenantTx tx, TenantQueries tenants) {
        this.tx = tx;
        this.tenants = tenants;
    }

    Mono<Compliance> of(Viewer viewer, int year) {
        return tx.call(viewer, dsl -> {
            DrillMinimums minimums = DrillMinimums.of(tenants.policy(dsl, viewer.tenant().code()));
            LocalDate today = China.today();
            List<DueItem> plans = plans(dsl, viewer, minimums, today);
            List<DueItem> units = units(dsl, viewer, minimums, today);
            return new Compliance(counts(dsl, viewer, minimums, year), townships(dsl, viewer, minimums, year), plans,
                    units);
        });
    }

    /**
     * The last held drill that tested each plan, in one pass over the drills of the viewer's region and the tiers
     * above it (a plan is drilled by its own region or in a joint drill of a tier above). The organizers' tenant
     * codes narrow the drills through an index: under row-level security PostgreSQL uses a query's own condition
     * for an index only when it is leakproof, which text equality is and array containment is not
     * (docs/benchmarks.md).
     */
    static Map<UUID, LocalDate> lastHeldByPlan(DSLContext dsl, String viewerPath) {
        return dsl.resultQuery("""
                select p.plan_id, max(d.held_on) from drill d cross join lateral unnest(d.plan_ids) as p(plan_id)
                where d.status = 'held' and d.tenant_code in (select code from tenant where path @> {0}::ltree)
                group by p.plan_id""", DSL.val(viewerPath))
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

    private static List<DueItem> plans(DSLContext dsl, Viewer viewer, DrillMinimums minimums, LocalDate today) {
        Map<UUID, LocalDate> lastHeld = lastHeldByPlan(dsl, viewer.tenant().path());
        List<DueItem> items = new ArrayList<>();
        dsl.select(PLAN.ID, PLAN.TITLE, PLAN.CATEGORY, PLAN.ISSUED_ON, ORG_UNIT.KIND, ORG_UNIT.HIGH_RISK)
                .from(PLAN).join(ORG_UNIT).on(ORG_UNIT.ID.eq(PLAN.OWNER_UNIT_ID))
                .where(PLAN.TENANT_CODE.eq(viewer.tenant().code())).and(PLAN.STATUS.in(PlanLifecycle.IN_FORCE))
                .forEach(r -> minimums.forPlan(r.get(PLAN.CATEGORY), r.get(ORG_UNIT.KIND), r.get(ORG_UNIT.HIGH_RISK))
                        .ifPresent(months -> items.add(item(minimums, today, r.get(PLAN.ID), r.get(PLAN.TITLE),
                                r.get(PLAN.CATEGORY).getLiteral(), months, lastHeld.get(r.get(PLAN.ID)),
                                r.get(PLAN.ISSUED_ON)))));
        items.sort(URGENT_FIRST);
        return items;
    }

    private static List<DueItem> units(DSLContext dsl, Viewer viewer, DrillMinimums minimums, LocalDate today) {
        Map<UUID, LocalDate> lastHeld = lastHeldByUnit(dsl, viewer.tenant().code());
        List<DueItem> items = new ArrayList<>();
        dsl.select(ORG_UNIT.ID, ORG_UNIT.NAME, ORG_UNIT.KIND, ORG_UNIT.HIGH_RISK, ORG_UNIT.CREATED_AT)
                .from(ORG_UNIT)
                .where(ORG_UNIT.TENANT_CODE.eq(viewer.tenant().code())).and(ORG_UNIT.KIND.ne(OrgUnitKind.village))
                .forEach(r -> minimums.forUnit(r.get(ORG_UNIT.KIND), r.get(ORG_UNIT.HIGH_RISK))
                        .ifPresent(months -> items.add(item(minimums, today, r.get(ORG_UNIT.ID), r.get(ORG_UNIT.NAME),
                                r.get(ORG_UNIT.KIND).getLiteral(), months, lastHeld.get(r.get(ORG_UNIT.ID)),
                                r.get(ORG_UNIT.CREATED_AT).atZoneSameInstant(China.ZONE).toLocalDate()))));
        items.sort(URGENT_FIRST);
        return items;
    }

    private static final Comparator<DueItem> URGENT_FIRST = Comparator.comparing(DueItem::dueOn)
            .thenComparing(DueItem::name);

    private static DueItem item(DrillMinimums minimums, LocalDate today, UUID id, String name, String kind, int months,
            LocalDate lastHeld, LocalDate since) {
        LocalDate due = DrillMinimums.dueOn(lastHeld, since, months);
        DrillMinimums.State state = minimums.state(due, today);
        return new DueItem(id, name, kind, months, lastHeld, due, state.literal, state.label);
    }

    /** 年度演练计划执行情况 of the viewer's own drills, and the joint drills of tiers above it took part in. */
    private static YearCounts counts(DSLContext dsl, Viewer viewer, DrillMinimums minimums, int year) {
        String me = viewer.tenant().code();
        Condition heldThisYear = DRILL.STATUS.eq(DrillStatus.held)
                .and(DRILL.HELD_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        Condition own = DRILL.TENANT_CODE.eq(me);
        var r = dsl.select(
                        DSL.count().filterWhere(own.and(DRILL.PLAN_YEAR.eq(year))),
                        DSL.count().filterWhere(own.and(DRILL.PLAN_YEAR.eq(year)).and(DRILL.STATUS.eq(DrillStatus.held))),
                        DSL.count().filterWhere(own.and(DRILL.PLAN_YEAR.eq(year)).and(DRILL.STATUS.eq(DrillStatus.cancelled))),
                        DSL.count().filterWhere(own.and(heldThisYear)),
                        DSL.count().filterWhere(Drills.participates(me).and(heldThisYear)),
                        DSL.count().filterWhere(own.and(heldThisYear).and(DRILL.FORM.eq(DrillForm.comprehensive))))
                .from(DRILL)
                .where(own.or(Drills.participates(me)))
                .fetchSingle();
        Integer required = viewer.tenant().tier() == TenantTier.county ? minimums.countyComprehensive() : null;
        return new YearCounts(year, r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), required);
    }

    /** 乡镇/街道综合演练: each township's comprehensive drills held this year against the policy's minimum. */
    private static List<TownshipCount> townships(DSLContext dsl, Viewer viewer, DrillMinimums minimums, int year) {
        Field<Integer> held = DSL.field(DSL.selectCount().from(DRILL)
                .where(DRILL.STATUS.eq(DrillStatus.held)).and(DRILL.FORM.eq(DrillForm.comprehensive))
                .and(DRILL.HELD_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .and(DRILL.TENANT_CODE.eq(ORG_UNIT.TENANT_CODE))
                .and(DRILL.ORGANIZER_UNIT_ID.eq(ORG_UNIT.ID)
                        .or(DSL.condition("{0} @> array[{1}]::uuid[]", DRILL.PARTICIPATING_UNIT_IDS, ORG_UNIT.ID))));
        return dsl.select(ORG_UNIT.ID, ORG_UNIT.NAME, held).from(ORG_UNIT)
                .where(ORG_UNIT.TENANT_CODE.eq(viewer.tenant().code())).and(ORG_UNIT.KIND.eq(OrgUnitKind.township))
                .orderBy(ORG_UNIT.NAME)
                .fetch(r -> new TownshipCount(r.value1(), r.value2(), r.value3(), minimums.townshipComprehensive()));
    }
}
