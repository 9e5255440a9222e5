package cn.yingji.tenancy;

import static cn.yingji.tenancy.Role.CITY_OFFICIAL;
import static cn.yingji.tenancy.Role.COUNTY_OFFICER;
import static cn.yingji.tenancy.Role.PROVINCE_OFFICIAL;
import static cn.yingji.tenancy.Role.TENANT_ADMIN;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call what (角色规则): the one place the role expressions of {@code @PreAuthorize} are written, each with the
 * set of {@link Role}s it names for the decisions a service takes inside a call (what a response shows). The row-level
 * rules stay the database's; these decide which endpoints a role may use at all. {@code AccessTest} checks every
 * expression names roles of {@link Role}, agrees with its set, and is the only kind used on an endpoint.
 */
public final class Access {

    /** 各级业务人员: compile, issue, file, evaluate and revise plans; plan and record drills; read compliance. */
    public static final String OFFICIALS = "hasAnyRole('county_officer', 'city_official', 'province_official')";
    public static final Set<Role> OFFICIAL_ROLES = EnumSet.of(COUNTY_OFFICER, CITY_OFFICIAL, PROVINCE_OFFICIAL);

    /** 备案审查员: answers filings, reviews cases. */
    public static final String REVIEWERS = "hasRole('reviewer')";

    /** 单位管理员: units, people, outbound routes, search words. */
    public static final String ADMINS = "hasRole('tenant_admin')";

    /** An office's officials and reviewers: the workbench's obligations, the case library's drafts. */
    public static final String OFFICIALS_OR_REVIEWERS =
            "hasAnyRole('county_officer', 'city_official', 'province_official', 'reviewer')";

    /**
     * 专家管理与调用人员: register experts, invoke them and answer invocations. Only they see an expert's phone and
     * e-mail; reviewers and experts themselves see the pool without contact details.
     */
    public static final String INVOKERS =
            "hasAnyRole('county_officer', 'city_official', 'province_official', 'tenant_admin')";
    public static final Set<Role> INVOKER_ROLES = EnumSet.of(COUNTY_OFFICER, CITY_OFFICIAL, PROVINCE_OFFICIAL,
            TENANT_ADMIN);

    /**
     * The invokers, and the expert answering its own invitations (我的邀请): which invitations are its own is decided
     * by the database (the account linked to the expert record, migration V20).
     */
    public static final String INVOKERS_OR_EXPERT =
            "hasAnyRole('county_officer', 'city_official', 'province_official', 'tenant_admin', 'expert')";

    /**
     * 接报登记: an office's officials, and the 信息员 of its townships and departments (统一接报) submitting what they
     * learn; the database lets an informant read only what it submitted itself (migration V42).
     */
    public static final String OFFICIALS_OR_INFORMANTS =
            "hasAnyRole('county_officer', 'city_official', 'province_official', 'informant')";

    /** Anybody signed in with a tenant (their own profile, the notifications addressed to them). */
    public static final String SIGNED_IN = "isAuthenticated()";

    private Access() {
    }
}
