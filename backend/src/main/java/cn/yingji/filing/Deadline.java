package cn.yingji.filing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A deadline counted in working days: {@code due} is the last day on which the act is on time.
 *
 * @param yearsWithoutCalendar years crossed whose holidays are not in the calendar (counted Monday-Friday)
 */
public record Deadline(LocalDate from, int workingDays, LocalDate due, SortedSet<Integer> yearsWithoutCalendar) {

    public Deadline {
        yearsWithoutCalendar = Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithoutCalendar));
    }

    /** Late when done after the due day; on the due day itself is on time. */
    public boolean isLate(LocalDate on) {
        return on.isAfter(due);
    }

    /** True when the due day is an estimate because a year without holiday data was crossed. */
    public boolean estimated() {
        return !yearsWithoutCalendar.isEmpty();
    }

    /** zh-CN warnings to show next to the date; empty when the date is exact. */
    public List<String> warnings() {
        return WorkingDayCalendar.fallbackWarnings(yearsWithoutCalendar);
    }
}
