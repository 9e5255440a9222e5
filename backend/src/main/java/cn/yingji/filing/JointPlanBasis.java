package cn.yingji.filing;

import cn.yingji.platform.Labelled;

/**
 * Which rules a 联合应急预案 is filed under (按专项预案 / 按部门预案). It is a property of the plan, chosen by whoever
 * drafts it, so it travels with the request rather than being guessed from the owner.
 */
public enum JointPlanBasis implements Labelled {

    /** 按专项预案备案: policy routes under {@code jointSpecial}. */
    SPECIAL("special", "按专项应急预案", "jointSpecial"),
    /** 按部门预案备案: policy routes under {@code jointDepartment}. */
    DEPARTMENT("department", "按部门应急预案", "jointDepartment");

    private final String literal;
    private final String label;
    private final String routeKey;

    JointPlanBasis(String literal, String label, String routeKey) {
        this.literal = literal;
        this.label = label;
        this.routeKey = routeKey;
    }

    /** The plan's {@code joint_basis} and the API's {@code jointBasis}. */
    @Override
    public String literal() {
        return literal;
    }

    @Override
    public String label() {
        return label;
    }

    /** The basis a request names; 400 {@code joint-basis-required} with the two to choose from otherwise. */
    public static JointPlanBasis parse(String literal) {
        return Labelled.parse(JointPlanBasis.class, literal, "joint-basis-required", "联合预案的备案依据 jointBasis");
    }

    /** The basis stored with a joint plan. */
    public static JointPlanBasis fromLiteral(String literal) {
        return Labelled.byLiteral(JointPlanBasis.class, literal)
                .orElseThrow(() -> new IllegalArgumentException("unknown joint plan basis: " + literal));
    }

    /** The {@code plan} value of the policy route entries for joint plans filed on this basis. */
    String routeKey() {
        return routeKey;
    }
}
