package cn.yingji.filing;

import java.util.Arrays;

/**
 * The kind of an emergency plan (预案类别) as far as filing is concerned. {@link #literal()} is the {@code plan}
 * value of the policy's {@code filing.routes} (lowerCamelCase like every policy value); the database enum
 * {@code plan_category} spells the constant names in lower case ({@code major_event}), see {@link #fromDatabase}.
 */
public enum PlanCategory {

    /** 总体应急预案 of a government at county level or above. */
    GENERAL("general", "总体应急预案"),
    /** 专项应急预案. */
    SPECIAL("special", "专项应急预案"),
    /** 部门应急预案. */
    DEPARTMENT("department", "部门应急预案"),
    /** 基层应急预案 of a 乡镇/街道 or a 村/社区. */
    GRASSROOTS("grassroots", "基层应急预案"),
    /** 企事业单位应急预案. */
    ENTERPRISE("enterprise", "企事业单位应急预案"),
    /** 重大活动保障应急预案. */
    MAJOR_EVENT("majorEvent", "重大活动保障应急预案"),
    /**
     * 联合应急预案: filed "as 专项 or 部门" (第二十六条), so its routes are looked up under the basis's literal,
     * see {@link JointPlanBasis}.
     */
    JOINT("joint", "联合应急预案");

    private final String literal;
    private final String label;

    PlanCategory(String literal, String label) {
        this.literal = literal;
        this.label = label;
    }

    public String literal() {
        return literal;
    }

    /**
     * What users read: the name 《突发事件应急预案管理办法》 gives it — the one wording of every list, export, message
     * and the frontend's {@code zh-CN.ts} {@code plans.categories}.
     */
    public String label() {
        return label;
    }

    /** The label of the database enum's value ({@code major_event}); an unknown one as it comes. */
    public static String labelOf(String databaseLiteral) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(databaseLiteral)).findFirst()
                .map(PlanCategory::label).orElse(databaseLiteral);
    }

    /** From the database enum {@code plan_category}. */
    public static PlanCategory fromDatabase(String literal) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(literal)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown plan category: " + literal));
    }
}
