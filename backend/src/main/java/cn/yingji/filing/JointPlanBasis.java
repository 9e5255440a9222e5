package cn.yingji.filing;

/**
 * Which rules a 联合应急预案 is filed under (按专项预案 / 按部门预案). It is a property of the plan, chosen by whoever
 * drafts it, so it travels with the request rather than being guessed from the owner.
 */
public enum JointPlanBasis {

    /** 按专项预案备案: policy routes under {@code jointSpecial}. */
    SPECIAL("jointSpecial"),
    /** 按部门预案备案: policy routes under {@code jointDepartment}. */
    DEPARTMENT("jointDepartment");

    private final String routeKey;

    JointPlanBasis(String routeKey) {
        this.routeKey = routeKey;
    }

    /** The {@code plan} value of the policy route entries for joint plans filed on this basis. */
    String routeKey() {
        return routeKey;
    }
}
