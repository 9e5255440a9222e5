package cn.yingji.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SpotCheckDrawTest {

    static final Instant FROM = Instant.parse("2026-12-31T16:00:00Z");
    static final Instant TO = Instant.parse("2027-01-03T16:00:00Z");
    static final List<String> COUNTIES = List.of("370702", "370703", "370704", "370705");

    @Test
    void checksFallInsideThePeriodInTimeOrder() {
        var draws = SpotCheckDraw.draw(new Random(7), FROM, TO, 12, COUNTIES);
        assertThat(draws).hasSize(12).allSatisfy(d -> assertThat(d.at()).isBetween(FROM, TO.minusMillis(1)));
        assertThat(draws).extracting(SpotCheckDraw.Draw::at).isSorted();
    }

    @Test
    void everyOfficeIsCheckedOnceBeforeAnyIsCheckedAgain() {
        for (int seed = 0; seed < 50; seed++) {
            var draws = SpotCheckDraw.draw(new Random(seed), FROM, TO, 6, COUNTIES);
            assertThat(draws.subList(0, 4)).extracting(SpotCheckDraw.Draw::target)
                    .containsExactlyInAnyOrderElementsOf(COUNTIES);
            var counts = draws.stream().collect(Collectors.groupingBy(SpotCheckDraw.Draw::target, Collectors.counting()));
            assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 2L));
        }
    }

    @Test
    void theDrawIsRandomNotTheSameEachTime() {
        Function<Integer, List<Instant>> times = seed -> SpotCheckDraw.draw(new Random(seed), FROM, TO, 3, COUNTIES)
                .stream().map(SpotCheckDraw.Draw::at).toList();
        assertThat(times.apply(1)).isNotEqualTo(times.apply(2));
    }

    @Test
    void anEmptyPeriodIsRefused() {
        assertThatThrownBy(() -> SpotCheckDraw.draw(new Random(1), TO, FROM, 3, COUNTIES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
