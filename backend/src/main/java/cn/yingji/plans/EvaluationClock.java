package cn.yingji.plans;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

/**
 * 预案评估时钟: the next evaluation is due one cycle after the last evaluation (or after issue), with a
 * reminder window before it (临期). Both numbers come from the owner tenant's policy ({@code evaluation}).
 */
record EvaluationClock(int cycleYears, int dueSoonDays) {

    /** 评估状态 as lists, facets and the dashboard show it. */
    enum State {
        /** 未到期 */
        OK("ok", "正常"),
        /** 临期: inside the reminder window */
        DUE_SOON("due_soon", "临期"),
        /** 逾期未评估 */
        OVERDUE("overdue", "逾期未评估");

        final String literal;
        final String label;

        State(String literal, String label) {
            this.literal = literal;
            this.label = label;
        }

        static State fromLiteral(String literal) {
            for (State s : values()) {
                if (s.literal.equals(literal)) {
                    return s;
                }
            }
            return null;
        }
    }

    EvaluationClock {
        if (cycleYears < 1 || dueSoonDays < 0) {
            throw new IllegalArgumentException("evaluation cycle " + cycleYears + " years, window " + dueSoonDays);
        }
    }

    static EvaluationClock of(JsonNode policy) {
        JsonNode evaluation = policy.required("evaluation");
        return new EvaluationClock(evaluation.required("cycleYears").asInt(), evaluation.required("dueSoonDays").asInt());
    }

    /** Due date after an issue or an evaluation on {@code base}. */
    LocalDate dueAfter(LocalDate base) {
        return base.plusYears(cycleYears);
    }

    /** First day of the reminder window for this due date. */
    LocalDate reminderFor(LocalDate due) {
        return due.minusDays(dueSoonDays);
    }

    /** The state on {@code today}; null when the clock does not run ({@code dueOn} null). */
    static State state(LocalDate dueOn, LocalDate reminderOn, LocalDate today) {
        if (dueOn == null) {
            return null;
        }
        if (today.isAfter(dueOn)) {
            return State.OVERDUE;
        }
        return reminderOn != null && !today.isBefore(reminderOn) ? State.DUE_SOON : State.OK;
    }
}
