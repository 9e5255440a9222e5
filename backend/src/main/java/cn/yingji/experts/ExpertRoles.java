package cn.yingji.experts;

import java.util.Set;

import cn.yingji.tenancy.Viewer;

/** Who may do what with the expert pool: the one place the role rules of the experts API are written. */
final class ExpertRoles {

    /**
     * 专家管理与调用人员: the officials who register experts, invoke them and answer invocations. Only they see an
     * expert's phone and e-mail; reviewers and experts themselves see the pool without contact details.
     */
    static final String INVOKERS = "hasAnyRole('county_officer', 'city_official', 'province_official', 'tenant_admin')";

    /**
     * The invokers, and the expert answering its own invitations (我的邀请): which invitations are its own is
     * decided by the database (the account linked to the expert record, migration V20).
     */
    static final String INVOKERS_OR_EXPERT = "hasAnyRole('county_officer', 'city_official', 'province_official', "
            + "'tenant_admin', 'expert')";

    private static final Set<String> INVOKER_ROLES = Set.of("county_officer", "city_official", "province_official",
            "tenant_admin");

    private ExpertRoles() {
    }

    /** The twin of {@link #INVOKERS} for deciding what a response shows. */
    static boolean mayInvoke(Viewer viewer) {
        return viewer.roles().stream().anyMatch(INVOKER_ROLES::contains);
    }
}
