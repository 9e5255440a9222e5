package cn.yingji.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * 排班校验: the two checks a roster gets before its period starts. {@link #overlaps}: nobody is on two shifts at once
 * (班次冲突). {@link #gaps}: at every moment of the period the shifts on duty meet the {@link StaffingRule} (缺岗), with
 * a leader reported absent (离岗报备) not counted while away.
 */
final class RosterCheck {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日HH:mm").withZone(CHINA);

    /** A shift as the checks see it. */
    record Shift(UUID personId, String personName, DutyRole role, Instant from, Instant to) {
    }

    /** A leader's absence report: away from {@code from} to {@code to}. */
    record Absence(UUID personId, Instant from, Instant to) {
    }

    /** A stretch of the period short of staff, with what is missing in Chinese. */
    record Gap(Instant from, Instant to, String description) {
    }

    private RosterCheck() {
    }

    /**
     * The shifts of {@code added} that put a person on two shifts at once, with each other or with {@code existing};
     * each conflict once, in Chinese ("王强：12月7日08:00–12月7日20:00 与 12月7日18:00–12月8日08:00 重叠").
     */
    static List<String> overlaps(List<Shift> existing, List<Shift> added) {
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            Shift a = added.get(i);
            for (Shift b : existing) {
                if (overlap(a, b)) {
                    conflicts.add(describe(a, b));
                }
            }
            for (int j = i + 1; j < added.size(); j++) {
                if (overlap(a, added.get(j))) {
                    conflicts.add(describe(a, added.get(j)));
                }
            }
        }
        return conflicts;
    }

    private static boolean overlap(Shift a, Shift b) {
        return a.personId().equals(b.personId()) && a.from().isBefore(b.to()) && b.from().isBefore(a.to());
    }

    private static String describe(Shift a, Shift b) {
        return a.personName() + "：" + span(a.from(), a.to()) + " 与 " + span(b.from(), b.to()) + " 重叠";
    }

    static String span(Instant from, Instant to) {
        return TIME.format(from) + "–" + TIME.format(to);
    }

    /**
     * The stretches of [{@code from}, {@code to}) where fewer leaders or officers are on duty than the rule asks, the
     * adjacent ones with the same shortfall merged, in time order.
     */
    static List<Gap> gaps(StaffingRule rule, Instant from, Instant to, List<Shift> shifts, List<Absence> absences) {
        TreeSet<Instant> cuts = new TreeSet<>(List.of(from, to));
        for (Shift s : shifts) {
            cuts.add(s.from());
            cuts.add(s.to());
        }
        for (Absence a : absences) {
            cuts.add(a.from());
            cuts.add(a.to());
        }
        // the requirement changes with the month (flood season): cut at each month's first midnight in China
        LocalDate month = LocalDate.ofInstant(from, CHINA).withDayOfMonth(1).plusMonths(1);
        while (month.atStartOfDay(CHINA).toInstant().isBefore(to)) {
            cuts.add(month.atStartOfDay(CHINA).toInstant());
            month = month.plusMonths(1);
        }
        List<Gap> gaps = new ArrayList<>();
        Instant start = null;
        String shortfall = null;
        Instant previous = null;
        for (Instant cut : cuts.subSet(from, true, to, true)) {
            if (previous != null) {
                String missing = shortfall(rule, previous, cut, shifts, absences);
                if (!missing.equals(shortfall == null ? "" : shortfall)) {
                    if (shortfall != null) {
                        gaps.add(new Gap(start, previous, shortfall));
                    }
                    start = missing.isEmpty() ? null : previous;
                    shortfall = missing.isEmpty() ? null : missing;
                }
            }
            previous = cut;
        }
        if (shortfall != null) {
            gaps.add(new Gap(start, to, shortfall));
        }
        return gaps;
    }

    /** What [{@code a}, {@code b}) lacks, or "" (the shifts and absences do not change inside it). */
    private static String shortfall(StaffingRule rule, Instant a, Instant b, List<Shift> shifts, List<Absence> absences) {
        int leaders = 0;
        int officers = 0;
        int leadersAway = 0;
        for (Shift s : shifts) {
            if (!s.from().isAfter(a) && !s.to().isBefore(b)) {
                boolean away = absences.stream().anyMatch(x -> x.personId().equals(s.personId())
                        && !x.from().isAfter(a) && !x.to().isBefore(b));
                if (s.role() == DutyRole.LEADER) {
                    if (away) {
                        leadersAway++;
                    } else {
                        leaders++;
                    }
                } else if (!away) {
                    officers++;
                }
            }
        }
        LocalDate day = LocalDate.ofInstant(a, CHINA);
        int officersNeeded = rule.officersOn(day);
        List<String> missing = new ArrayList<>();
        if (leaders < rule.leaders()) {
            missing.add(leaders == 0 ? "无带班领导" : "带班领导" + leaders + "人，应为" + rule.leaders() + "人");
            if (leadersAway > 0) {
                missing.add("带班领导已离岗报备");
            }
        }
        if (officers < officersNeeded) {
            String need = "应为" + officersNeeded + "人" + (rule.floodSeason(day) && officersNeeded > rule.officers()
                    ? "（汛期双人双岗）" : "");
            missing.add(officers == 0 ? "无值班员，" + need : "值班员" + officers + "人，" + need);
        }
        return String.join("；", missing);
    }
}
