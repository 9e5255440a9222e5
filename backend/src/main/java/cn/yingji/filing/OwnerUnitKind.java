package cn.yingji.filing;

import java.util.Arrays;

/**
 * The kind of the organization unit that owns a plan (编制单位类别). {@link #literal()} is both the
 * {@code owner} value of the policy's {@code filing.routes} and the value of the database enum
 * {@code org_unit_kind}.
 */
public enum OwnerUnitKind {

    /** 人民政府. */
    GOVERNMENT("government"),
    /** 政府部门. */
    DEPARTMENT("department"),
    /** 乡镇/街道. */
    TOWNSHIP("township"),
    /** 村/社区. */
    VILLAGE("village"),
    /** 企业. */
    ENTERPRISE("enterprise"),
    /** 事业单位 (学校、医院等). */
    INSTITUTION("institution");

    private final String literal;

    OwnerUnitKind(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }

    public static OwnerUnitKind fromLiteral(String literal) {
        return Arrays.stream(values()).filter(k -> k.literal.equals(literal)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown org unit kind: " + literal));
    }

    /** Enterprises and institutions follow the enterprise rule (《生产安全事故应急预案管理办法》). */
    boolean isEnterpriseLike() {
        return this == ENTERPRISE || this == INSTITUTION;
    }
}
