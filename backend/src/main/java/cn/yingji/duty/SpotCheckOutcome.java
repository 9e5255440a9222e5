package cn.yingji.duty;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import cn.yingji.platform.Term;

/**
 * 查岗结果: what a spot check shows from its answer (or its absence) and its window. An answer after the window is
 * 迟答, never 在岗; one by a person not on a shift of the roster is 非值班人员应答 (a stand-in to look into); no answer
 * once the window has passed is 未应答.
 */
public enum SpotCheckOutcome implements Term {

    SCHEDULED("已排定，待发送"),
    PENDING("待应答"),
    ON_DUTY("在岗"),
    LATE("迟答"),
    NOT_ON_ROSTER("非值班人员应答"),
    UNANSWERED("未应答");

    private final String label;

    SpotCheckOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The answer as recorded (late and on the roster are frozen when it is given). */
    public record Answer(Instant at, boolean late, boolean onRoster) {
    }

    static SpotCheckOutcome of(boolean delivered, @Nullable Answer answer, Instant answerDue, Instant now) {
        if (!delivered) {
            return SCHEDULED;
        }
        if (answer == null) {
            return now.isAfter(answerDue) ? UNANSWERED : PENDING;
        }
        if (answer.late()) {
            return LATE;
        }
        return answer.onRoster() ? ON_DUTY : NOT_ON_ROSTER;
    }
}
