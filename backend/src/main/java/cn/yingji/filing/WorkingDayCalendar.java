package cn.yingji.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Working days (工作日) by the State Council's holiday notices: a day is a working day when it is an adjusted
 * working day (调休上班, a Saturday or Sunday), or a Monday-Friday outside the public holidays (法定节假日) and,
 * for tenants of a province, outside that province's regional holidays.
 * <p>
 * The calendar files ({@code calendars/<id>-<year>.yaml}, carried by the tenants jar) cover the years whose
 * notice has been entered. For any other year the calendar counts Monday-Friday as working days; every answer
 * that touched such a year says so ({@link Deadline#estimated()}, {@link WorkingDayCount#estimated()}), because
 * a deadline over an unknown 春节 can be a week early.
 */
public final class WorkingDayCalendar {

    /** Files are looked for under these years; one file may cover several years (CN-2026 holds 2025-2026). */
    private static final int FIRST_FILE_YEAR = 2000;
    private static final int LAST_FILE_YEAR = 2099;

    private final SortedSet<Integer> coveredYears;
    private final SortedSet<Integer> unverifiedYears;
    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> adjustedWorkdays;
    /**
     * The days where the notices change what Monday-Friday says, as epoch days in order, each with how it changes
     * the count (+1 an adjusted working day at a weekend, −1 a day off in the week): counting the working days of a
     * range is then its Monday-Fridays plus the changes inside it, not a walk over every day.
     */
    private final long[] changedDays;
    private final int[] changes;

    private WorkingDayCalendar(SortedSet<Integer> coveredYears, SortedSet<Integer> unverifiedYears,
            Set<LocalDate> daysOff, Set<LocalDate> adjustedWorkdays) {
        this.coveredYears = coveredYears;
        this.unverifiedYears = unverifiedYears;
        this.daysOff = daysOff;
        this.adjustedWorkdays = adjustedWorkdays;
        TreeMap<Long, Integer> changed = new TreeMap<>();
        Set<LocalDate> special = new HashSet<>(daysOff);
        special.addAll(adjustedWorkdays);
        for (LocalDate day : special) {
            int change = (isWorkingDay(day) ? 1 : 0) - (isWeekday(day) ? 1 : 0);
            if (change != 0) {
                changed.put(day.toEpochDay(), change);
            }
        }
        this.changedDays = changed.keySet().stream().mapToLong(Long::longValue).toArray();
        this.changes = changed.values().stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Reads every {@code calendars/<id>-<year>.yaml} on the classpath, with the regional days off of the given
     * province. Where two files hold the same year, the later file's year wins. Cache the result: see
     * {@link WorkingDayCalendars}.
     *
     * @throws IllegalStateException when no file has this id (a misspelt {@code holidayCalendar})
     */
    public static WorkingDayCalendar fromClasspath(String id, String provinceCode) {
        ClassLoader loader = WorkingDayCalendar.class.getClassLoader();
        List<JsonNode> documents = new ArrayList<>();
        for (int year = FIRST_FILE_YEAR; year <= LAST_FILE_YEAR; year++) {
            String name = "calendars/%s-%d.yaml".formatted(id, year);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    documents.add(YAMLMapper.shared().readTree(in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("no holiday calendar calendars/" + id + "-<year>.yaml on the classpath");
        }
        return of(documents, provinceCode);
    }

    /** From parsed calendar documents in file order (later files win per year). */
    static WorkingDayCalendar of(List<JsonNode> documents, String provinceCode) {
        SortedSet<Integer> covered = new TreeSet<>();
        SortedSet<Integer> unverified = new TreeSet<>();
        Set<LocalDate> daysOff = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (JsonNode document : documents.reversed()) {
            for (var year : document.required("years").properties()) {
                int y = Integer.parseInt(year.getKey());
                if (!covered.add(y)) {
                    continue;
                }
                if (!year.getValue().path("verified").asBoolean(false)) {
                    unverified.add(y);
                }
                year.getValue().required("holidays").forEach(h -> addRange(h, daysOff));
                year.getValue().required("workdays").forEach(d -> workdays.add(LocalDate.parse(d.asString())));
            }
            // regional.<provinceCode>.<year>: extra days off for that province only
            for (var year : document.path("regional").path(provinceCode).properties()) {
                year.getValue().forEach(h -> addRange(h, daysOff));
            }
        }
        return new WorkingDayCalendar(covered, unverified, Set.copyOf(daysOff), Set.copyOf(workdays));
    }

    private static void addRange(JsonNode holiday, Set<LocalDate> into) {
        LocalDate to = LocalDate.parse(holiday.required("to").asString());
        for (LocalDate d = LocalDate.parse(holiday.required("from").asString()); !d.isAfter(to); d = d.plusDays(1)) {
            into.add(d);
        }
    }

    /** Whether the holiday notice of this date's year is in the calendar. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /** Years whose entries are marked {@code verified: false}: typed in, not yet checked against the notice. */
    public SortedSet<Integer> unverifiedYears() {
        return unverifiedYears;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (adjustedWorkdays.contains(date)) {
            return true;
        }
        return isWeekday(date) && !daysOff.contains(date);
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code from} ({@code from} itself not counted; {@code n = 0} is {@code from}). */
    public Deadline addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        SortedSet<Integer> uncovered = new TreeSet<>();
        LocalDate day = from;
        for (int counted = 0; counted < n;) {
            day = day.plusDays(1);
            noteUncovered(day, uncovered);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Deadline(from, n, day, uncovered);
    }

    /**
     * Working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n).due())} is {@code n}; negative when {@code to} is earlier.
     */
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            WorkingDayCount reverse = workingDaysBetween(to, from);
            return new WorkingDayCount(-reverse.days(), reverse.yearsWithoutCalendar());
        }
        SortedSet<Integer> uncovered = new TreeSet<>();
        LocalDate first = from.plusDays(1);
        for (int year = first.getYear(); !first.isAfter(to) && year <= to.getYear(); year++) {
            if (!coveredYears.contains(year)) {
                uncovered.add(year);
            }
        }
        // the Monday-Fridays of (from, to], then what the notices change inside it
        long span = to.toEpochDay() - from.toEpochDay();
        long days = span / 7 * 5;
        for (LocalDate day = from.plusDays(span / 7 * 7 + 1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWeekday(day)) {
                days++;
            }
        }
        for (int i = firstChangeFrom(first.toEpochDay()); i < changedDays.length && changedDays[i] <= to.toEpochDay(); i++) {
            days += changes[i];
        }
        return new WorkingDayCount(Math.toIntExact(days), uncovered);
    }

    /** The index of the first changed day on or after {@code epochDay}. */
    private int firstChangeFrom(long epochDay) {
        int i = Arrays.binarySearch(changedDays, epochDay);
        return i >= 0 ? i : -i - 1;
    }

    private void noteUncovered(LocalDate day, Set<Integer> uncovered) {
        if (!covers(day)) {
            uncovered.add(day.getYear());
        }
    }

    /** The zh-CN warning for answers computed without the holiday notice of some years. */
    static List<String> fallbackWarnings(SortedSet<Integer> yearsWithoutCalendar) {
        return yearsWithoutCalendar.stream()
                .map(year -> "%d年节假日安排未录入日历，按周一至周五为工作日估算".formatted(year))
                .toList();
    }
}
