package cn.yingji.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after 30 s, then twice as long each time (at most an hour), and not after
 * the {@link #ATTEMPTS}th attempt — then it stays 发送失败 for the office to see.
 */
final class DeliveryRetry {

    static final int ATTEMPTS = 8;
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofHours(1);

    private DeliveryRetry() {
    }

    /** When to try again after failed attempt number {@code attempts} (1 for the first), or never. */
    static Optional<Instant> after(int attempts, Instant now) {
        if (attempts >= ATTEMPTS) {
            return Optional.empty();
        }
        Duration wait = FIRST.multipliedBy(1L << Math.min(attempts - 1, 20));
        return Optional.of(now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait));
    }
}
