package cn.yingji.platform;

import java.time.LocalDate;
import java.time.ZoneId;

/** The offices' calendar: dates (due dates, "today") are China's, whatever the server's time zone. */
public final class China {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private China() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The day in China of an ISO-8601 instant ({@code 2026-12-06T20:17:00Z} → {@code 2026-12-07}). */
    public static String dateOf(String instant) {
        return java.time.Instant.parse(instant).atZone(ZONE).toLocalDate().toString();
    }
}
