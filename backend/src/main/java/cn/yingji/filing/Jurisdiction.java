package cn.yingji.filing;

import cn.yingji.tenancy.TenantRef;

/**
 * The tier a filing party belongs to: a tenant of the platform, or the national level above the provinces
 * (国务院 and its departments), which is not a tenant. A province's 总体预案 goes there, and so does the
 * common-ancestor copy of a joint plan spanning provinces; the type makes callers handle that case.
 */
public sealed interface Jurisdiction {

    /** A tenant: an administrative division on the platform. */
    record OnPlatform(TenantRef tenant) implements Jurisdiction {
    }

    /** 国家层面: above the provinces, outside the platform. */
    record National() implements Jurisdiction {
    }
}
