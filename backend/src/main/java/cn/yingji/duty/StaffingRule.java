package cn.yingji.duty;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * 值班力量要求 (policy {@code duty.*}): how many leaders on duty (带班领导) and duty officers (值班员) a shift needs at
 * every moment, and more officers in flood season (「24小时领导带班双人双岗值班制度」, May–October in 篇8).
 */
record StaffingRule(int leaders, int officers, Set<Integer> floodSeasonMonths, int floodSeasonOfficers) {

    static StaffingRule of(JsonNode policy) {
        JsonNode duty = policy.required("duty");
        Set<Integer> months = new TreeSet<>();
        duty.required("floodSeasonMonths").forEach(m -> months.add(m.asInt()));
        return new StaffingRule(duty.required("leadersPerShift").asInt(), duty.required("officersPerShift").asInt(),
                months, duty.required("floodSeasonOfficersPerShift").asInt());
    }

    boolean floodSeason(LocalDate day) {
        return floodSeasonMonths.contains(day.getMonthValue());
    }

    /** Duty officers needed on {@code day} (China's calendar day). */
    int officersOn(LocalDate day) {
        return floodSeason(day) ? Math.max(officers, floodSeasonOfficers) : officers;
    }
}
