package cn.yingji.tenants;

import java.util.Locale;

/** Tier of a tenant (层级); {@link #label()} is the value of the PostgreSQL enum {@code tenant_tier}. */
enum Tier {
    PROVINCE('p', 2),
    CITY('c', 4),
    COUNTY('x', 6);

    private final char pathPrefix;
    private final int codeDigits;

    Tier(char pathPrefix, int codeDigits) {
        this.pathPrefix = pathPrefix;
        this.codeDigits = codeDigits;
    }

    /** GB/T 2260: xx0000 is a province, xxxx00 a city, anything else a county. */
    static Tier of(String code) {
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? CITY : COUNTY;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ltree label of a division: p37, c3707, x370702. */
    String pathLabel(String code) {
        return pathPrefix + code.substring(0, codeDigits);
    }
}
