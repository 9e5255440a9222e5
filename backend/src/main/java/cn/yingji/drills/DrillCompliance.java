package cn.yingji.drills;

import static cn.yingji.db.Tables.DRILL;
import static cn.yingji.db.Tables.ORG_UNIT;

import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.DrillForm;
import cn.yingji.db.enums.DrillStatus;
import cn.yingji.db.enums.OrgUnitKind;
import cn.yingji.db.enums.TenantTier;
import cn.yingji.drills.DrillFrequency.DueItem;
import cn.yingji.drills.DrillViews.Compliance;
import cn.yingji.drills.DrillViews.TownshipCount;
import cn.yingji.drills.DrillViews.YearCounts;
import cn.yingji.platform.China;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

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
            JsonNode policy = tenants.policy(dsl, viewer.tenant().code());
            DrillMinimums minimums = DrillMinimums.of(policy);
            LocalDate today = China.today();
            List<DueItem> plans = DrillFrequency.plans(dsl, viewer.tenant(), policy, today);
            List<DueItem> units = DrillFrequency.units(dsl, viewer.tenant(), policy, today);
            return new Compliance(counts(dsl, viewer, minimums, year), townships(dsl, viewer, minimums, year), plans,
                    units);
        });
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
