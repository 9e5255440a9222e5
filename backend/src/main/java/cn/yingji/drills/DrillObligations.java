package cn.yingji.drills;

import static cn.yingji.db.Tables.TENANT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.platform.China;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRef;
import tools.jackson.databind.JsonNode;

/**
 * 演练频次 as obligations: each plan in force that must be drilled owes 预案演练, each unit with a minimum frequency
 * owes 单位演练, by the due day {@link DrillFrequency} computes from its last held drill (or its issue, its
 * registration) and its policy's interval. A held drill closes what it fulfils — on time or late by the day it was
 * held — and the next one is owed from that day; the drill's writes bring its plans and units up to date in their
 * own transaction ({@link #afterHeld}), and a daily pass does the same for every region ({@link DrillObligationJob}:
 * plans issued, units registered, records from before).
 */
@Component
class DrillObligations {

    private static final Set<ObligationKind> KINDS = Set.of(ObligationKind.PLAN_DRILL, ObligationKind.UNIT_DRILL);

    private final Obligations obligations;
    private final TenantQueries tenants;

    DrillObligations(Obligations obligations, TenantQueries tenants) {
        this.obligations = obligations;
        this.tenants = tenants;
    }

    /** One due drill: of a plan or a unit, with what {@link DrillFrequency} says of it. */
    private record Owed(ObligationKind kind, DrillFrequency.DueItem item) {
    }

    /**
     * Brings the 预案演练 and 单位演练 obligations of a drill's plans and units up to date once it is held: in the
     * organizer's transaction, for the organizer's region and every region taking part.
     */
    void afterHeld(DSLContext dsl, String organizerCode, Collection<String> participantCodes, Collection<UUID> planIds,
            Collection<UUID> unitIds) {
        Set<UUID> concerned = new HashSet<>(planIds);
        concerned.addAll(unitIds);
        List<String> codes = new ArrayList<>();
        codes.add(organizerCode);
        codes.addAll(participantCodes);
        dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER, TENANT.PATH).from(TENANT).where(TENANT.CODE.in(codes))
                .fetch(r -> new TenantRef(r.value1(), r.value2(), r.value3(), r.value4().data()))
                .forEach(region -> reconcile(dsl, region, concerned::contains));
    }

    /**
     * Brings the region's drill obligations up to date with its due drills ({@code only}: those records): opens what
     * is owed and not yet open, closes what a drill held since fulfilled and opens the next, and waives what is no
     * longer owed (a unit that no longer has a minimum). Returns how many it opened.
     */
    int reconcile(DSLContext dsl, TenantRef region, Predicate<UUID> only) {
        JsonNode policy = tenants.policy(dsl, region.code());
        LocalDate today = China.today();
        List<Owed> owed = new ArrayList<>();
        DrillFrequency.plans(dsl, region, policy, today).forEach(i -> owed.add(new Owed(ObligationKind.PLAN_DRILL, i)));
        DrillFrequency.units(dsl, region, policy, today).forEach(i -> owed.add(new Owed(ObligationKind.UNIT_DRILL, i)));
        owed.removeIf(o -> !only.test(o.item().id()));
        Map<UUID, Obligations.Open> open = obligations.openOf(dsl, KINDS, region.code()).stream()
                .filter(o -> only.test(o.recordId()))
                .collect(Collectors.toMap(Obligations.Open::recordId, o -> o, (a, b) -> a));
        int opened = 0;
        for (Owed o : owed) {
            DrillFrequency.DueItem item = o.item();
            Obligations.Open now = open.remove(item.id());
            if (now != null) {
                LocalDate arose = LocalDate.ofInstant(now.arisesAt(), DueRule.CHINA);
                if (item.lastHeldOn() == null || !item.lastHeldOn().isAfter(arose)) {
                    continue; // not drilled since it arose: it stands (a policy change does not move its day)
                }
                // drilled since it arose: done on the day it was held, and owed again from that day
                obligations.closeOn(dsl, o.kind(), item.id(), item.lastHeldOn());
            }
            LocalDate since = item.lastHeldOn() != null ? item.lastHeldOn() : item.dueOn().minusMonths(item.intervalMonths());
            obligations.openBelow(dsl, new Obligations.Opening(o.kind(), item.id(), item.name(), region.code(),
                    item.unitId(), since.atStartOfDay(DueRule.CHINA).toInstant(), new DueRule.OnDay(item.dueOn()).dueAt(),
                    "至少每 " + item.intervalMonths() + " 个月演练一次"
                            + (item.lastHeldOn() == null ? "" : "，上次演练 " + item.lastHeldOn())));
            opened++;
        }
        // open for a record that no longer owes a drill (a unit whose kind no longer has a minimum)
        for (Obligations.Open gone : open.values()) {
            obligations.waive(dsl, gone.kind(), gone.recordId(), "不再有演练频次要求", Instant.now());
        }
        return opened;
    }
}
