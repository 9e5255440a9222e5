package cn.yingji.filing;

import java.util.Arrays;

/**
 * The kind of an emergency plan (预案类别) as far as filing is concerned. {@link #literal()} is the {@code plan}
 * value of the policy's {@code filing.routes} (lowerCamelCase like every policy value); the database enum
 * {@code plan_category} spells the constant names in lower case ({@code major_event}), see {@link #fromDatabase}.
 */
public enum PlanCategory {

    /** 总体应急预案 of a government at county level or above. */
    GENERAL("general"),
    /** 专项应急预案. */
    SPECIAL("special"),
    /** 部门应急预案. */
    DEPARTMENT("department"),
    /** 基层应急预案 of a 乡镇/街道 or a 村/社区. */
    GRASSROOTS("grassroots"),
    /** 企事业单位应急预案. */
    ENTERPRISE("enterprise"),
    /** 重大活动保障应急预案. */
    MAJOR_EVENT("majorEvent"),
    /**
     * 联合应急预案: filed "as 专项 or 部门" (第二十六条), so its routes are looked up under the basis's literal,
     * see {@link JointPlanBasis}.
     */
    JOINT("joint");

    private final String literal;

    PlanCategory(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }

    /** From the database enum {@code plan_category}. */
    public static PlanCategory fromDatabase(String literal) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(literal)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown plan category: " + literal));
    }
}
