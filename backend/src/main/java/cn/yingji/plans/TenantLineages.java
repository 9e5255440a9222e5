package cn.yingji.plans;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.filing.TenantLineage;
import cn.yingji.tenancy.TenantRef;

/**
 * Lineages of any region, also of regions the viewer may not read (a joint plan's sibling participant):
 * through {@code app.resolve_tenant}, which returns the one row asked for and nothing else.
 */
public final class TenantLineages {

    private TenantLineages() {
    }

    /** The region and its ancestors, or null for an unknown code. */
    public static TenantLineage of(DSLContext dsl, String code) {
        TenantRef self = resolve(dsl, code);
        if (self == null) {
            return null;
        }
        List<TenantRef> chain = new ArrayList<>();
        String[] labels = self.path().split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            chain.add(resolve(dsl, codeOf(labels[i])));
        }
        chain.add(self);
        return new TenantLineage(chain);
    }

    /** {@code p37} → 370000, {@code c3707} → 370700, {@code x370702} → 370702 (docs/tenancy.md). */
    private static String codeOf(String label) {
        String digits = label.substring(1);
        return digits + "000000".substring(digits.length());
    }

    private static TenantRef resolve(DSLContext dsl, String code) {
        return dsl.resultQuery("select code, path::text, tier::text, name from app.resolve_tenant({0})", DSL.val(code))
                .fetchOptional(r -> new TenantRef(r.get(0, String.class), r.get(3, String.class),
                        TenantTier.lookupLiteral(r.get(2, String.class)), r.get(1, String.class)))
                .orElse(null);
    }
}
