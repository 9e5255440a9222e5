package cn.yingji.tenancy;

import java.util.Optional;

import cn.yingji.platform.Labelled;

/**
 * 角色: the platform's realm roles, by their literal in the token (Keycloak's realm roles, {@code ROLE_<literal>} to
 * Spring Security) and their Chinese name. Keycloak's own default roles ({@code offline_access}, …) are not ours.
 * Who may call what is written once, in {@link Access}.
 */
public enum Role implements Labelled {

    COUNTY_OFFICER("county_officer", "县级业务员"),
    CITY_OFFICIAL("city_official", "市级管理员"),
    PROVINCE_OFFICIAL("province_official", "省级管理员"),
    /** 备案审查员: answers the filings routed to its office. */
    REVIEWER("reviewer", "备案审查员"),
    EXPERT("expert", "专家"),
    /** 单位管理员: the office's units, people, outbound routes and search words. */
    TENANT_ADMIN("tenant_admin", "单位管理员"),
    /**
     * 信息员 (乡镇、部门、网格的信息员): submits what it learns to its office's intake (统一接报) and reads only what it
     * submitted; no office record.
     */
    INFORMANT("informant", "信息员"),
    /** 平台管理员 (平台运维): reads published records only. */
    PLATFORM_ADMIN("platform_admin", "平台管理员");

    private final String literal;
    private final String label;

    Role(String literal, String label) {
        this.literal = literal;
        this.label = label;
    }

    @Override
    public String literal() {
        return literal;
    }

    @Override
    public String label() {
        return label;
    }

    /** The role a token's realm role names, if it is one of ours. */
    public static Optional<Role> of(String literal) {
        return Labelled.byLiteral(Role.class, literal);
    }
}
