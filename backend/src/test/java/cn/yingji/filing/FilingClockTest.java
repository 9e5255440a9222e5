package cn.yingji.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class FilingClockTest {

    private static final WorkingDayCalendars CALENDARS = new WorkingDayCalendars();
    private static final JsonNode NATIONAL = Divisions.nationalPolicy();
    private static final FilingClock CLOCK = new FilingClock(NATIONAL, CALENDARS.forPolicy(NATIONAL, "370000"));

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void filingOnTheTwentiethWorkingDayIsOnTimeAndTheDayAfterIsLate() {
        Deadline due = CLOCK.filingDue(date("2026-09-18"));

        assertThat(due.due()).isEqualTo(date("2026-10-22"));
        assertThat(due.isLate(date("2026-10-22"))).isFalse();
        assertThat(due.isLate(date("2026-10-23"))).isTrue();
        assertThat(due.isLate(date("2026-09-30"))).isFalse();
    }

    @Test
    void acknowledgementIsDueFiveWorkingDaysAfterSubmission() {
        // 2026-09-30 Wednesday: 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13
        Deadline due = CLOCK.acknowledgementDue(date("2026-09-30"));

        assertThat(due.due()).isEqualTo(date("2026-10-13"));
        assertThat(due.isLate(date("2026-10-13"))).isFalse();
        assertThat(due.isLate(date("2026-10-14"))).isTrue();
    }

    @Test
    void silenceCountsAsFiledForEnterprisesAndInstitutionsOnly() {
        assertThat(CLOCK.silenceCountsAsFiled(OwnerUnitKind.ENTERPRISE)).isTrue();
        assertThat(CLOCK.silenceCountsAsFiled(OwnerUnitKind.INSTITUTION)).isTrue();
        for (OwnerUnitKind owner : new OwnerUnitKind[] { OwnerUnitKind.GOVERNMENT, OwnerUnitKind.DEPARTMENT,
                OwnerUnitKind.TOWNSHIP, OwnerUnitKind.VILLAGE }) {
            assertThat(CLOCK.silenceCountsAsFiled(owner)).as(owner.literal()).isFalse();
        }
    }

    @Test
    void unansweredEnterpriseFilingCountsAsFiledOnceTheAnswerIsLate() {
        LocalDate submitted = date("2026-09-30");

        assertThat(CLOCK.isDeemedFiled(OwnerUnitKind.ENTERPRISE, submitted, date("2026-10-13"))).isFalse();
        assertThat(CLOCK.isDeemedFiled(OwnerUnitKind.ENTERPRISE, submitted, date("2026-10-14"))).isTrue();
        assertThat(CLOCK.isDeemedFiled(OwnerUnitKind.GOVERNMENT, submitted, date("2026-10-14"))).isFalse();
    }

    @Test
    void theDeadlineComesFromThePolicy() {
        ObjectNode policy = Divisions.nationalPolicy();
        ((ObjectNode) policy.required("filing")).put("deadlineWorkingDays", 10);
        FilingClock clock = new FilingClock(policy, CALENDARS.forPolicy(policy, "370000"));

        // 2026-09-18: 09-20, 21, 22, 23, 24, 28, 29, 30, 10-08, 10-09
        assertThat(clock.filingDue(date("2026-09-18")).due()).isEqualTo(date("2026-10-09"));
    }
}
