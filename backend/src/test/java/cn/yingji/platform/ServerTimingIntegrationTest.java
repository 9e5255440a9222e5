package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.yingji.support.ApiIntegrationTest;

/**
 * Every API answer says how long the app took and how much of it was database work ({@code Server-Timing}), a
 * refused one too; what is not the API (the web app's files) says nothing.
 */
class ServerTimingIntegrationTest extends ApiIntegrationTest {

    private static final Pattern TIMES = Pattern.compile("app;dur=(\\d+\\.\\d{2}), db;dur=(\\d+\\.\\d{2})");

    @Test
    void anAnswerTellsTheAppsTimeAndItsDatabaseShare() {
        String header = as("wc-county").get().uri("/api/v1/plans?size=5").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(ServerTiming.HEADER);
        Matcher times = TIMES.matcher(header);
        assertThat(times.matches()).as(header).isTrue();
        double app = Double.parseDouble(times.group(1)), db = Double.parseDouble(times.group(2));
        assertThat(db).as("the plan list reads the database").isPositive();
        assertThat(app).as("the database work is part of the answer's time").isGreaterThanOrEqualTo(db);
    }

    @Test
    void aRefusedRequestTellsItsTimeWithoutDatabaseWork() {
        String header = http.get().uri("/api/v1/plans").exchange().expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders().getFirst(ServerTiming.HEADER);
        Matcher times = TIMES.matcher(header);
        assertThat(times.matches()).as(header).isTrue();
        assertThat(Double.parseDouble(times.group(2))).isZero();
    }

    @Test
    void theWebAppsFilesSayNothing() {
        assertThat(http.get().uri("/").exchange().returnResult(String.class).getResponseHeaders()
                .containsHeader(ServerTiming.HEADER)).isFalse();
    }

    @Test
    void theHeaderWritesMilliseconds() {
        assertThat(ServerTiming.header(2_345_678, 1_000_000)).isEqualTo("app;dur=2.35, db;dur=1.00");
    }
}
