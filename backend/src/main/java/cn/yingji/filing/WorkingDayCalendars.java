package cn.yingji.filing;

import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * The calendars in use, read once per calendar id and province: the files only change with a new build of
 * the tenants jar. Hold one instance (e.g. as a bean of the plans feature).
 */
public final class WorkingDayCalendars {

    private record Key(String id, String provinceCode) {
    }

    private final ConcurrentHashMap<Key, WorkingDayCalendar> calendars = new ConcurrentHashMap<>();

    /** The calendar named by the policy's {@code holidayCalendar}, with the province's regional days off. */
    public WorkingDayCalendar forPolicy(JsonNode policy, String provinceCode) {
        String id = policy.required("holidayCalendar").asString();
        return calendars.computeIfAbsent(new Key(id, provinceCode),
                key -> WorkingDayCalendar.fromClasspath(key.id(), key.provinceCode()));
    }
}
