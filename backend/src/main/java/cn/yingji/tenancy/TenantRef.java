package cn.yingji.tenancy;

import cn.yingji.db.enums.TenantTier;

/**
 * A tenant (租户): an administrative division identified by its GB/T 2260 code, placed in the tree by its
 * {@code ltree} path, e.g. {@code p37.c3707.x370702}.
 */
public record TenantRef(String code, String name, TenantTier tier, String path) {
}
