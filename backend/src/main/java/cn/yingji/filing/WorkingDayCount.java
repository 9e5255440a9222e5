package cn.yingji.filing;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A number of working days between two dates.
 *
 * @param yearsWithoutCalendar years crossed whose holidays are not in the calendar (counted Monday-Friday)
 */
public record WorkingDayCount(int days, SortedSet<Integer> yearsWithoutCalendar) {

    public WorkingDayCount {
        yearsWithoutCalendar = Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithoutCalendar));
    }

    public boolean estimated() {
        return !yearsWithoutCalendar.isEmpty();
    }

    /** zh-CN warnings to show next to the number; empty when it is exact. */
    public List<String> warnings() {
        return WorkingDayCalendar.fallbackWarnings(yearsWithoutCalendar);
    }
}
