package cn.yingji.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import cn.yingji.filing.WorkingDayCalendar;

class DueRuleTest {

    static final WorkingDayCalendar CN = WorkingDayCalendar.fromClasspath("CN", "370000");

    static Instant china(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(DueRule.CHINA).toInstant();
    }

    @Test
    void workingDaysEndWithTheLastDayInChinaAndSkipWeekendsAndHolidays() {
        // Friday 2026-04-03 evening in China (still the 3rd, though UTC is past noon): 清明 4–6 April are off,
        // so five working days are 7, 8, 9, 10 and 13 April (Monday)
        Instant due = new DueRule.WorkingDays(5).dueAt(china("2026-04-03T21:30:00"), CN);
        assertThat(due).isEqualTo(china("2026-04-13T23:59:59.999999"));
    }

    @Test
    void aDayTheRecordNamesEndsWithThatDayInChina() {
        assertThat(new DueRule.OnDay(java.time.LocalDate.of(2026, 6, 2)).dueAt(china("2026-05-01T09:00:00"), CN))
                .isEqualTo(china("2026-06-02T23:59:59.999999"));
    }

    @Test
    void somethingDoneOnADayCountsFromThatDayUnlessItIsToday() {
        Instant now = china("2026-06-03T10:15:00");
        assertThat(DueRule.doneOn(java.time.LocalDate.of(2026, 6, 3), now)).isEqualTo(now);
        // recorded on the 3rd, done on the 2nd: the start of the 2nd, on time against a due day of the 2nd
        Instant done = DueRule.doneOn(java.time.LocalDate.of(2026, 6, 2), now);
        assertThat(done).isEqualTo(china("2026-06-02T00:00:00"));
        assertThat(done).isBefore(new DueRule.OnDay(java.time.LocalDate.of(2026, 6, 2)).dueAt());
    }

    @Test
    void aClockInMinutesCountsHolidaysAndNightsAlike() {
        // 20 minutes from 23:50 on the eve of 劳动节 is 00:10 on the holiday: a report clock never waits for a working day
        assertThat(new DueRule.Minutes(20).dueAt(china("2026-04-30T23:50:00"), CN)).isEqualTo(china("2026-05-01T00:10:00"));
        assertThat(new DueRule.Minutes(0).dueAt(china("2026-05-01T08:00:00"))).isEqualTo(china("2026-05-01T08:00:00"));
    }

    @Test
    void aWindowInSecondsIsCountedOnTheClockAndIsNeverEmpty() {
        // 查岗: 120 seconds from 23:59 on the eve of 劳动节
        assertThat(new DueRule.Seconds(120).dueAt(china("2026-04-30T23:59:00"), CN)).isEqualTo(china("2026-05-01T00:01:00"));
        assertThat(DueRule.endsADay(new DueRule.Seconds(60).dueAt(china("2026-04-30T23:58:00")))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DueRule.Seconds(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeadlineInDaysEndsADayAndAClockInMinutesDoesNot() {
        assertThat(DueRule.endsADay(new DueRule.WorkingDays(5).dueAt(china("2026-04-03T21:30:00"), CN))).isTrue();
        assertThat(DueRule.endsADay(new DueRule.OnDay(java.time.LocalDate.of(2026, 6, 2)).dueAt())).isTrue();
        assertThat(DueRule.endsADay(new DueRule.Minutes(20).dueAt(china("2026-04-30T23:20:00")))).isFalse();
        // the end of a day in UTC is no end of a day in China
        assertThat(DueRule.endsADay(java.time.Instant.parse("2026-06-02T23:59:59.999999Z"))).isFalse();
    }

    @Test
    void aDeadlineCannotLieBeforeItsCause() {
        assertThatThrownBy(() -> new DueRule.WorkingDays(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DueRule.Minutes(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyKindAndStateHasItsDatabaseLiteralAndAChineseName() {
        for (ObligationKind kind : ObligationKind.values()) {
            assertThat(ObligationKind.fromLiteral(kind.literal())).isSameAs(kind);
            assertThat(kind.label()).matches("\\p{IsHan}+");
        }
        for (ObligationState state : ObligationState.values()) {
            assertThat(ObligationState.fromLiteral(state.literal())).isSameAs(state);
            assertThat(state.label()).matches("\\p{IsHan}+");
        }
    }
}
