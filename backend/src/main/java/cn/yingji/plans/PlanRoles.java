package cn.yingji.plans;

/** Who may do what with plans: the one place the role expressions of the plans API are written. */
public final class PlanRoles {

    /**
     * 编制人员: the officials who compile, issue, file, evaluate and revise plans, templates and campaigns, and who
     * plan, record and evaluate drills.
     */
    public static final String COMPILERS = "hasAnyRole('county_officer', 'city_official', 'province_official')";

    private PlanRoles() {
    }
}
