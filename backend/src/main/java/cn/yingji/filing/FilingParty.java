package cn.yingji.filing;

import java.util.Optional;
import java.util.Set;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.tenancy.TenantRef;

/** A unit that receives a filing or a copy of it: a role ({@link UnitRole}) at a tier ({@link Jurisdiction}). */
public record FilingParty(Jurisdiction jurisdiction, UnitRole role) {

    /** Municipalities are provinces whose emergency-management department is a 局, not a 厅. */
    private static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");

    /** The tenant, or empty when the party is at the national level, outside the platform. */
    public Optional<TenantRef> tenant() {
        return jurisdiction instanceof Jurisdiction.OnPlatform(TenantRef tenant) ? Optional.of(tenant) : Optional.empty();
    }

    public boolean outsidePlatform() {
        return jurisdiction instanceof Jurisdiction.National;
    }

    /**
     * The zh-CN name, e.g. 潍坊市人民政府, 山东省应急管理厅, 国务院. Generic for roles whose actual unit the plans
     * feature knows (the lead or supervising department of a particular plan).
     */
    public String name() {
        return name(ReceivingUnits.NONE);
    }

    /** The name of the actual unit where {@code units} knows it, else the generic {@link #name()}. */
    public String name(ReceivingUnits units) {
        return switch (jurisdiction) {
            case Jurisdiction.National n -> nationalName();
            case Jurisdiction.OnPlatform(TenantRef tenant) ->
                    units.nameOf(tenant, role).orElseGet(() -> tenant.name() + unitName(tenant));
        };
    }

    private String nationalName() {
        return switch (role) {
            case GOVERNMENT -> "国务院";
            case EMERGENCY_MANAGEMENT -> "应急管理部";
            case LEAD_DEPARTMENT -> "国务院相应牵头部门";
            case RELEVANT_DEPARTMENTS -> "国务院有关部门";
            case TOWNSHIP -> "乡镇人民政府（街道办事处）";
            case SUPERVISING_DEPARTMENT -> "国务院主管部门";
        };
    }

    private String unitName(TenantRef tenant) {
        return switch (role) {
            case GOVERNMENT -> "人民政府";
            case EMERGENCY_MANAGEMENT -> tenant.tier() == TenantTier.province && !MUNICIPALITIES.contains(tenant.code())
                    ? "应急管理厅" : "应急管理局";
            case LEAD_DEPARTMENT -> "相应牵头部门";
            case RELEVANT_DEPARTMENTS -> "有关部门";
            case TOWNSHIP -> "所属乡镇人民政府（街道办事处）";
            case SUPERVISING_DEPARTMENT -> "主管部门";
        };
    }
}
