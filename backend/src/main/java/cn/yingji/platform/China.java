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
}
