package cn.yingji.filings;

import static cn.yingji.db.Tables.ORG_UNIT;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import cn.yingji.db.enums.OrgUnitKind;
import cn.yingji.db.tables.records.OrgUnitRecord;
import cn.yingji.filing.FilingParty;
import cn.yingji.filing.FilingRoute;
import cn.yingji.filing.ReceivingUnits;
import cn.yingji.filing.UnitRole;
import cn.yingji.tenancy.TenantRef;

/**
 * The organization units behind a plan's route (备案受理单位): on the platform a tier's emergency-management unit
 * (its 应急管理局/厅, the unit marked {@code receives_filings}, maintained by the tenant admin) takes in the filings
 * addressed to its government, its emergency management, its lead departments and its relevant departments
 * (应急管理部门履行备案审查监督职责); an enterprise's plan goes to its supervising unit, a village's to its township.
 */
final class PlanReceivingUnits implements ReceivingUnits {

    record Unit(UUID id, String name) {
    }

    private final Function<String, Optional<Unit>> deskOf;
    private final Unit supervisor;
    private final Unit township;
    private final Map<String, Optional<Unit>> desks = new HashMap<>();

    private PlanReceivingUnits(Function<String, Optional<Unit>> deskOf, Unit supervisor, Unit township) {
        this.deskOf = deskOf;
        this.supervisor = supervisor;
        this.township = township;
    }

    /** The units for a plan owned by {@code owner} (a unit of the viewer's own tenant). */
    static PlanReceivingUnits of(DSLContext dsl, OrgUnitRecord owner) {
        Unit supervisor = unit(dsl, owner.getSupervisingUnitId(), null);
        Unit township = owner.getKind() == OrgUnitKind.village ? unit(dsl, owner.getParentId(), OrgUnitKind.township) : null;
        return new PlanReceivingUnits(code -> desk(dsl, code), supervisor, township);
    }

    @Override
    public Optional<String> nameOf(TenantRef tenant, UnitRole role) {
        return unit(tenant, role).map(Unit::name);
    }

    /** Where the filing arrives on the platform: the unit it is delivered through, else the authority's unit. */
    Optional<Unit> receiving(FilingRoute route) {
        FilingParty party = route.deliverVia().orElse(route.authority());
        return party.tenant().flatMap(tenant -> unit(tenant, party.role()).or(() -> desk(tenant.code())));
    }

    private Optional<Unit> unit(TenantRef tenant, UnitRole role) {
        return switch (role) {
            case EMERGENCY_MANAGEMENT, LEAD_DEPARTMENT, RELEVANT_DEPARTMENTS -> desk(tenant.code());
            case SUPERVISING_DEPARTMENT -> Optional.ofNullable(supervisor);
            case TOWNSHIP -> Optional.ofNullable(township);
            case GOVERNMENT -> Optional.empty();
        };
    }

    private Optional<Unit> desk(String tenantCode) {
        return desks.computeIfAbsent(tenantCode, deskOf);
    }

    /** The receiving tenant's 备案受理单位; a tier below may not read the units above, hence the function. */
    private static Optional<Unit> desk(DSLContext dsl, String tenantCode) {
        return Optional.ofNullable(dsl.resultQuery("select id, name from app.filing_desk({0})", DSL.val(tenantCode))
                .fetchOne(r -> new Unit(r.get("id", UUID.class), r.get("name", String.class))));
    }

    private static Unit unit(DSLContext dsl, UUID id, OrgUnitKind kind) {
        if (id == null) {
            return null;
        }
        OrgUnitRecord unit = dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(id)).fetchOne();
        return unit == null || (kind != null && unit.getKind() != kind) ? null : new Unit(unit.getId(), unit.getName());
    }
}
