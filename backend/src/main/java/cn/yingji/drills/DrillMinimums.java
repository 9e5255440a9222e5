package cn.yingji.drills;

import java.time.LocalDate;
import java.util.OptionalInt;

import cn.yingji.db.enums.OrgUnitKind;
import cn.yingji.db.enums.PlanCategory;
import tools.jackson.databind.JsonNode;

/**
 * 演练频次下限: how often a plan must be drilled and a unit must drill, from the owner tenant's policy
 * ({@code drills} in tenants/policies). A due date is the last drill held (or, never drilled, the plan's issue
 * or the unit's registration) plus the interval; 临期 starts {@code dueSoonDays} before it.
 *
 * @param specialPlan        专项预案 (months)
 * @param departmentPlan     部门预案
 * @param government         县级以上人民政府
 * @param department         负有安全监管职责的部门
 * @param townshipStreet     乡镇/街道
 * @param highRiskEnterprise 高危企业、人员密集场所
 * @param enterprise         其他企业、事业单位
 * @param dueSoonDays        临期提醒窗口
 * @param countyComprehensive   县级年度综合演练下限
 * @param townshipComprehensive 每个乡镇/街道年度综合演练下限
 */
record DrillMinimums(int specialPlan, int departmentPlan, int government, int department, int townshipStreet,
        int highRiskEnterprise, int enterprise, int dueSoonDays, int countyComprehensive, int townshipComprehensive) {

    enum State {
        OK("ok", "正常"), DUE_SOON("due_soon", "临期"), OVERDUE("overdue", "逾期未演练");

        final String literal;
        final String label;

        State(String literal, String label) {
            this.literal = literal;
            this.label = label;
        }
    }

    static DrillMinimums of(JsonNode policy) {
        JsonNode drills = policy.required("drills");
        JsonNode months = drills.required("minimumIntervalMonths");
        JsonNode perYear = drills.required("perYear");
        return new DrillMinimums(months.required("specialPlan").asInt(), months.required("departmentPlan").asInt(),
                months.required("government").asInt(), months.required("department").asInt(),
                months.required("townshipStreet").asInt(), months.required("highRiskEnterprise").asInt(),
                months.required("enterprise").asInt(), drills.required("dueSoonDays").asInt(),
                perYear.required("countyComprehensive").asInt(), perYear.required("townshipComprehensive").asInt());
    }

    /**
     * How often a plan in force must be drilled: 专项/部门预案 by their own rule (every 3 years), the others by
     * the rule of the unit that owns them. Village plans have no minimum.
     */
    OptionalInt forPlan(PlanCategory category, OrgUnitKind owner, boolean highRisk) {
        return switch (category) {
            case special, joint -> OptionalInt.of(specialPlan);
            case department -> OptionalInt.of(departmentPlan);
            default -> forUnit(owner, highRisk);
        };
    }

    /** How often a unit must drill (《生产安全事故应急条例》第八条 and the seeds); villages have no minimum. */
    OptionalInt forUnit(OrgUnitKind kind, boolean highRisk) {
        return switch (kind) {
            case government -> OptionalInt.of(government);
            case department -> OptionalInt.of(department);
            case township -> OptionalInt.of(townshipStreet);
            case enterprise, institution -> OptionalInt.of(highRisk ? highRiskEnterprise : enterprise);
            case village -> OptionalInt.empty();
        };
    }

    static LocalDate dueOn(LocalDate lastHeld, LocalDate since, int months) {
        return (lastHeld != null ? lastHeld : since).plusMonths(months);
    }

    State state(LocalDate dueOn, LocalDate today) {
        if (dueOn.isBefore(today)) {
            return State.OVERDUE;
        }
        return dueOn.minusDays(dueSoonDays).isAfter(today) ? State.OK : State.DUE_SOON;
    }
}
