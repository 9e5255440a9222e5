package cn.yingji.filing;

import java.util.List;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.tenancy.TenantRef;

/**
 * A tenant and its ancestors, province first, the tenant itself last, e.g. 山东省 → 潍坊市 → 潍城区, or
 * 湖北省 → 仙桃市 for a county directly under its province.
 */
public record TenantLineage(List<TenantRef> tenants) {

    public TenantLineage {
        tenants = List.copyOf(tenants);
        if (tenants.isEmpty() || tenants.getFirst().tier() != TenantTier.province) {
            throw new IllegalArgumentException("a lineage starts at a province: " + tenants);
        }
        for (int i = 1; i < tenants.size(); i++) {
            if (!tenants.get(i).path().startsWith(tenants.get(i - 1).path() + ".")
                    || tenants.get(i).path().indexOf('.', tenants.get(i - 1).path().length() + 1) >= 0) {
                throw new IllegalArgumentException("not a parent-child chain: " + tenants);
            }
        }
    }

    public static TenantLineage of(TenantRef... tenants) {
        return new TenantLineage(List.of(tenants));
    }

    public TenantRef self() {
        return tenants.getLast();
    }

    public String provinceCode() {
        return tenants.getFirst().code();
    }

    /** The next-higher tier: the parent tenant, or the national level for a province. */
    Jurisdiction parent() {
        return tenants.size() > 1 ? new Jurisdiction.OnPlatform(tenants.get(tenants.size() - 2)) : new Jurisdiction.National();
    }

    /**
     * The nearest tier strictly above every lineage (上一级或共同上一级): the common parent of tenants in one
     * city, the province of counties in two cities, the parent when all are the same tenant, and the national
     * level when they span provinces.
     */
    static Jurisdiction nearestAboveAll(List<TenantLineage> lineages) {
        List<TenantRef> common = lineages.getFirst().ancestors();
        for (TenantLineage lineage : lineages.subList(1, lineages.size())) {
            List<TenantRef> other = lineage.ancestors();
            int shared = 0;
            while (shared < common.size() && shared < other.size() && common.get(shared).code().equals(other.get(shared).code())) {
                shared++;
            }
            common = common.subList(0, shared);
        }
        return common.isEmpty() ? new Jurisdiction.National() : new Jurisdiction.OnPlatform(common.getLast());
    }

    private List<TenantRef> ancestors() {
        return tenants.subList(0, tenants.size() - 1);
    }
}
