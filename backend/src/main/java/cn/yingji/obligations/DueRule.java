package cn.yingji.obligations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import cn.yingji.filing.WorkingDayCalendar;

/**
 * 时限规则: how an obligation's due time follows from the moment it arises. The due time is the last instant at
 * which doing it is on time; a deadline in days ends with that day in China.
 */
public sealed interface DueRule {

    ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The due time of an obligation arising at {@code arises}, counted with the tenant's holiday calendar. */
    Instant dueAt(Instant arises, WorkingDayCalendar calendar);

    /** The {@code days}-th working day after the day it arises (that day not counted), to its end. */
    record WorkingDays(int days) implements DueRule {

        public WorkingDays {
            if (days < 0) {
                throw new IllegalArgumentException("working days must not be negative: " + days);
            }
        }

        @Override
        public Instant dueAt(Instant arises, WorkingDayCalendar calendar) {
            return endOf(calendar.addWorkingDays(LocalDate.ofInstant(arises, CHINA), days).due());
        }
    }

    /**
     * A clock in minutes (信息报送: 「事发后20分钟内电话初报」), counted on the clock, holidays or not; zero is 即发即报
     * (due the moment it arises).
     */
    record Minutes(int minutes) implements DueRule {

        public Minutes {
            if (minutes < 0) {
                throw new IllegalArgumentException("minutes must not be negative: " + minutes);
            }
        }

        /** No calendar is needed. */
        public Instant dueAt(Instant arises) {
            return arises.plus(minutes, ChronoUnit.MINUTES);
        }

        @Override
        public Instant dueAt(Instant arises, WorkingDayCalendar calendar) {
            return dueAt(arises);
        }
    }

    /** A window in seconds (查岗: 「N秒内应答」), counted on the clock. */
    record Seconds(int seconds) implements DueRule {

        public Seconds {
            if (seconds <= 0) {
                throw new IllegalArgumentException("seconds must be positive: " + seconds);
            }
        }

        /** No calendar is needed. */
        public Instant dueAt(Instant arises) {
            return arises.plus(seconds, ChronoUnit.SECONDS);
        }

        @Override
        public Instant dueAt(Instant arises, WorkingDayCalendar calendar) {
            return dueAt(arises);
        }
    }

    /** A day the record itself names (a corrective action's due day, a task's deadline), to its end. */
    record OnDay(LocalDate day) implements DueRule {

        public OnDay {
            java.util.Objects.requireNonNull(day, "day");
        }

        /** The end of the day: no calendar is needed. */
        public Instant dueAt() {
            return endOf(day);
        }

        @Override
        public Instant dueAt(Instant arises, WorkingDayCalendar calendar) {
            return dueAt();
        }
    }

    /**
     * Whether a due time is the end of a day in China (a deadline in days), not a time on the clock (a report's 20
     * minutes).
     */
    static boolean endsADay(Instant due) {
        return due.equals(endOf(LocalDate.ofInstant(due, CHINA)));
    }

    /**
     * When something done on {@code day} counts as done: now when that is today, else the start of that day (a
     * completion recorded later keeps its own day, so it is on time exactly when that day is not after the due day).
     */
    static Instant doneOn(LocalDate day, Instant now) {
        return day.equals(LocalDate.ofInstant(now, CHINA)) ? now : day.atStartOfDay(CHINA).toInstant();
    }

    /**
     * The last instant of a day in China as the database keeps it: one microsecond (PostgreSQL's precision; a
     * nanosecond would be rounded up into the next day) before the next day begins.
     */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(CHINA).toInstant().minus(1, ChronoUnit.MICROS);
    }
}
