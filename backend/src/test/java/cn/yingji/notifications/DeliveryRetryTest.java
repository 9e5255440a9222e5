package cn.yingji.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeliveryRetryTest {

    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void waitsLongerAfterEachFailureUpToAnHour() {
        assertThat(DeliveryRetry.after(1, NOW)).contains(NOW.plusSeconds(30));
        assertThat(DeliveryRetry.after(2, NOW)).contains(NOW.plusSeconds(60));
        assertThat(DeliveryRetry.after(3, NOW)).contains(NOW.plusSeconds(120));
        assertThat(DeliveryRetry.after(7, NOW)).contains(NOW.plus(Duration.ofSeconds(30 * 64)));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(DeliveryRetry.after(DeliveryRetry.ATTEMPTS, NOW)).isEmpty();
        assertThat(DeliveryRetry.after(DeliveryRetry.ATTEMPTS + 1, NOW)).isEmpty();
    }
}
