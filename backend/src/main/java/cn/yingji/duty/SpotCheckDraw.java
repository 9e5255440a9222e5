package cn.yingji.duty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * 随机抽查: {@code count} checks at random moments of a period (a holiday, a sensitive period), each of one of the
 * targets; every target is drawn once before any is drawn again, in a random order, so a small number of checks
 * spreads over the offices instead of falling twice on one by chance.
 */
final class SpotCheckDraw {

    /** One check to send: when, and of which tenant. */
    record Draw(Instant at, String target) {
    }

    private SpotCheckDraw() {
    }

    static List<Draw> draw(RandomGenerator random, Instant from, Instant to, int count, List<String> targets) {
        if (!to.isAfter(from) || count < 1 || targets.isEmpty()) {
            throw new IllegalArgumentException("an empty period, no checks or no targets");
        }
        long span = Duration.between(from, to).toMillis();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(from.plusMillis(random.nextLong(span)));
        }
        times.sort(Comparator.naturalOrder());
        List<String> order = new ArrayList<>();
        List<Draw> draws = new ArrayList<>();
        for (Instant at : times) {
            if (order.isEmpty()) {
                order.addAll(targets);
                Collections.shuffle(order, random);
            }
            draws.add(new Draw(at, order.removeLast()));
        }
        return draws;
    }
}
