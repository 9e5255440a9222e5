package cn.yingji.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Against the real calendar file in the tenants jar (calendars/CN-2026.yaml). Its 2025/2026 entries are marked
 * {@code verified: false}: these tests check the counting, not that the dates match the State Council notices.
 */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CN = WorkingDayCalendar.fromClasspath("CN", "370000");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void holidaysAreDaysOffAndAdjustedWeekendsAreWorkingDays() {
        assertThat(CN.isWorkingDay(date("2025-10-08"))).as("国庆 Wednesday").isFalse();
        assertThat(CN.isWorkingDay(date("2025-10-09"))).as("Thursday after 国庆").isTrue();
        assertThat(CN.isWorkingDay(date("2025-09-28"))).as("调休 Sunday").isTrue();
        assertThat(CN.isWorkingDay(date("2025-10-11"))).as("调休 Saturday").isTrue();
        assertThat(CN.isWorkingDay(date("2025-10-18"))).as("ordinary Saturday").isFalse();
    }

    @Test
    void countingSkipsTheNationalDayWeek() {
        assertThat(CN.addWorkingDays(date("2025-09-30"), 1).due()).isEqualTo(date("2025-10-09"));
        assertThat(CN.addWorkingDays(date("2025-09-26"), 1).due()).as("Friday → 调休 Sunday").isEqualTo(date("2025-09-28"));
    }

    @Test
    void countingSkipsSpringFestivalAndUsesItsAdjustedSaturdays() {
        assertThat(CN.addWorkingDays(date("2026-02-13"), 1).due()).as("调休 Saturday").isEqualTo(date("2026-02-14"));
        assertThat(CN.addWorkingDays(date("2026-02-13"), 2).due()).as("after 春节").isEqualTo(date("2026-02-24"));
        // 02-24..02-27 (4), 02-28 调休 Saturday (5)
        assertThat(CN.addWorkingDays(date("2026-02-14"), 5).due()).isEqualTo(date("2026-02-28"));
    }

    @Test
    void twentyWorkingDaysAcrossMidAutumnAndNationalDay() {
        Deadline d = CN.addWorkingDays(date("2026-09-18"), 20);

        assertThat(d.due()).isEqualTo(date("2026-10-22"));
        assertThat(d.estimated()).isFalse();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void countingCrossesIntoTheNextCoveredYear() {
        // 2026-01-01..03 元旦, 01-04 调休 Sunday
        assertThat(CN.addWorkingDays(date("2025-12-31"), 1).due()).isEqualTo(date("2026-01-04"));
    }

    @Test
    void yearWithoutCalendarFallsBackToWeekendsOnlyAndSaysSo() {
        Deadline d = CN.addWorkingDays(date("2026-12-31"), 2);

        // 2027-01-01 is presumably 元旦, but without the 2027 notice it counts as a working day
        assertThat(d.due()).isEqualTo(date("2027-01-04"));
        assertThat(d.estimated()).isTrue();
        assertThat(d.yearsWithoutCalendar()).containsExactly(2027);
        assertThat(d.warnings()).containsExactly("2027年节假日安排未录入日历，按周一至周五为工作日估算");
        assertThat(CN.covers(date("2027-01-01"))).isFalse();
        assertThat(CN.workingDaysBetween(date("2026-12-31"), date("2027-01-04")).estimated()).isTrue();
    }

    @Test
    void workingDaysBetweenInvertsAddWorkingDays() {
        LocalDate issued = date("2026-09-18");
        WorkingDayCount count = CN.workingDaysBetween(issued, CN.addWorkingDays(issued, 20).due());

        assertThat(count.days()).isEqualTo(20);
        assertThat(count.estimated()).isFalse();
        assertThat(CN.workingDaysBetween(date("2026-10-22"), issued).days()).isEqualTo(-20);
        assertThat(CN.workingDaysBetween(issued, issued).days()).isZero();
        assertThat(CN.workingDaysBetween(date("2025-09-30"), date("2025-10-08")).days()).as("国庆 week").isZero();
    }

    @Test
    void regionalHolidaysApplyOnlyToTheirProvince() {
        var document = Divisions.yaml("""
                id: CN
                years:
                  "2026": { verified: true, holidays: [], workdays: [] }
                regional:
                  "450000":
                    "2026":
                      - { name: 壮族三月三, from: 2026-04-20, to: 2026-04-20 }
                """);

        assertThat(WorkingDayCalendar.of(List.of(document), "450000").isWorkingDay(date("2026-04-20"))).isFalse();
        assertThat(WorkingDayCalendar.of(List.of(document), "370000").isWorkingDay(date("2026-04-20"))).isTrue();
    }

    @Test
    void laterFileWinsForAYearBothHold() {
        var older = Divisions.yaml("""
                id: CN
                years:
                  "2026": { holidays: [{ name: x, from: 2026-04-20, to: 2026-04-20 }], workdays: [] }
                regional: {}
                """);
        var newer = Divisions.yaml("""
                id: CN
                years:
                  "2026": { verified: true, holidays: [], workdays: [] }
                regional: {}
                """);

        WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(older, newer), "370000");

        assertThat(calendar.isWorkingDay(date("2026-04-20"))).isTrue();
        assertThat(calendar.unverifiedYears()).isEmpty();
    }

    @Test
    void theShippedEntriesAreMarkedUnverified() {
        assertThat(CN.unverifiedYears()).contains(2025, 2026);
    }

    @Test
    void unknownCalendarIdFailsInsteadOfCountingWeekendsEverywhere() {
        assertThatIllegalStateException().isThrownBy(() -> WorkingDayCalendar.fromClasspath("XX", "370000"))
                .withMessageContaining("calendars/XX-");
    }

    /**
     * The count of a range is its Monday-Fridays plus what the notices change inside it (not a walk over every day):
     * it agrees with counting day by day over ranges across covered and uncovered years, holidays, adjusted
     * working days and both directions.
     */
    @Test
    void countingARangeAgreesWithCountingItsDaysOneByOne() {
        java.util.Random random = new java.util.Random(20261206);
        LocalDate base = LocalDate.of(2023, 6, 1);
        for (int n = 0; n < 2000; n++) {
            LocalDate from = base.plusDays(random.nextInt(1500));
            LocalDate to = from.plusDays(random.nextInt(900) - 300);
            int expected = 0;
            java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
            LocalDate lo = to.isBefore(from) ? to : from;
            LocalDate hi = to.isBefore(from) ? from : to;
            for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
                expected += CN.isWorkingDay(d) ? 1 : 0;
                if (!CN.covers(d)) {
                    years.add(d.getYear());
                }
            }
            WorkingDayCount count = CN.workingDaysBetween(from, to);
            assertThat(count.days()).as(from + " → " + to).isEqualTo(to.isBefore(from) ? -expected : expected);
            assertThat(count.yearsWithoutCalendar()).as(from + " → " + to).isEqualTo(years);
        }
        assertThat(CN.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)).days()).isZero();
        assertThat(CN.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)).yearsWithoutCalendar())
                .isEmpty();
    }
}
