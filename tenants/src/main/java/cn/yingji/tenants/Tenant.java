package cn.yingji.tenants;

/**
 * One administrative division as a tenant (租户).
 *
 * @param parentCode null for a province
 * @param path ltree path, e.g. {@code p37.c3707.x370702}
 */
record Tenant(String code, String name, Tier tier, String parentCode, String path) {
}
