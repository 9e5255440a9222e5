package cn.yingji.filing;

import java.util.Optional;

import cn.yingji.tenancy.TenantRef;

/**
 * The actual unit a route's role stands for at a tier, where the caller knows it: the receiving tenant's
 * 备案受理单位 (its 应急管理局/厅), the enterprise's supervising department, the village's township. A route names
 * such a unit instead of the role's generic name (潍坊市应急管理局, not 潍坊市相应牵头部门).
 */
@FunctionalInterface
public interface ReceivingUnits {

    /** Generic names only (潍坊市人民政府, 潍坊市相应牵头部门): for callers that know no units. */
    ReceivingUnits NONE = (tenant, role) -> Optional.empty();

    /** The name of the unit that stands for {@code role} in {@code tenant}, if known. */
    Optional<String> nameOf(TenantRef tenant, UnitRole role);
}
