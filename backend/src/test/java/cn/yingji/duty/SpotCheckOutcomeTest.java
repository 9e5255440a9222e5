package cn.yingji.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SpotCheckOutcomeTest {

    static final Instant DUE = Instant.parse("2026-12-07T02:02:00Z");

    @Test
    void noAnswerIsPendingWithinTheWindowAndUnansweredAfterIt() {
        assertThat(SpotCheckOutcome.of(true, null, DUE, DUE)).isEqualTo(SpotCheckOutcome.PENDING);
        assertThat(SpotCheckOutcome.of(true, null, DUE, DUE.plusSeconds(1))).isEqualTo(SpotCheckOutcome.UNANSWERED);
    }

    @Test
    void aCheckNotYetSentIsScheduledWhateverTheTime() {
        assertThat(SpotCheckOutcome.of(false, null, DUE, DUE.plusSeconds(600))).isEqualTo(SpotCheckOutcome.SCHEDULED);
    }

    @Test
    void aLateAnswerIsLateNeverOnDutyEvenFromTheRoster() {
        var late = new SpotCheckOutcome.Answer(DUE.plusSeconds(30), true, true);
        assertThat(SpotCheckOutcome.of(true, late, DUE, DUE.plusSeconds(60))).isEqualTo(SpotCheckOutcome.LATE);
    }

    @Test
    void anAnswerInTimeIsOnDutyOnlyFromSomeoneOnTheRoster() {
        assertThat(SpotCheckOutcome.of(true, new SpotCheckOutcome.Answer(DUE, false, true), DUE, DUE.plusSeconds(60)))
                .isEqualTo(SpotCheckOutcome.ON_DUTY);
        assertThat(SpotCheckOutcome.of(true, new SpotCheckOutcome.Answer(DUE, false, false), DUE, DUE.plusSeconds(60)))
                .isEqualTo(SpotCheckOutcome.NOT_ON_ROSTER);
    }
}
