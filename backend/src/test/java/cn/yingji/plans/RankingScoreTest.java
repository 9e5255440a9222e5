package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RankingScoreTest {

    private static final double EPS = 1e-4;

    @Test
    void allRelevantFoundButOneRankedLow() {
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) = 1.63093
        RankingScore score = RankingScore.at(10, List.of("a", "x", "b"), Set.of("a", "b"));
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.reciprocalRank()).isEqualTo(1.0);
        assertThat(score.ndcg()).isCloseTo(1.5 / 1.63093, within(EPS));
    }

    @Test
    void oneOfThreeFoundInThirdPlace() {
        // DCG = 1/log2(4) = 0.5; ideal = 1 + 1/log2(3) + 1/log2(4) = 2.13093
        RankingScore score = RankingScore.at(10, List.of("x", "y", "a"), Set.of("a", "b", "c"));
        assertThat(score.recall()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(score.reciprocalRank()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(score.ndcg()).isCloseTo(0.5 / 2.13093, within(EPS));
    }

    @Test
    void perfectRankingScoresOne() {
        RankingScore score = RankingScore.at(10, List.of("a", "b", "x"), Set.of("b", "a"));
        assertThat(score).isEqualTo(new RankingScore(1, 1, 1));
    }

    @Test
    void nothingRelevantFoundScoresZero() {
        assertThat(RankingScore.at(10, List.of("x", "y"), Set.of("a"))).isEqualTo(new RankingScore(0, 0, 0));
        assertThat(RankingScore.at(10, List.of(), Set.of("a"))).isEqualTo(new RankingScore(0, 0, 0));
    }

    @Test
    void onlyTheTopKCount() {
        List<String> ranked = IntStream.range(0, 12).mapToObj(i -> "d" + i).toList();
        // the only relevant document is 11th: outside the top 10
        assertThat(RankingScore.at(10, ranked, Set.of("d10"))).isEqualTo(new RankingScore(0, 0, 0));
        // twelve relevant documents ranked first: ten found, and the ideal is capped at ten, so nDCG is 1
        RankingScore all = RankingScore.at(10, ranked, Set.copyOf(ranked));
        assertThat(all.recall()).isCloseTo(10 / 12.0, within(EPS));
        assertThat(all.reciprocalRank()).isEqualTo(1.0);
        assertThat(all.ndcg()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void meansOverTheQueries() {
        List<RankingScore> scores = List.of(new RankingScore(1, 1, 1), new RankingScore(0.5, 0.25, 0.3));
        assertThat(RankingScore.Metric.RECALL.mean(scores)).isCloseTo(0.75, within(EPS));
        assertThat(RankingScore.Metric.RECIPROCAL_RANK.mean(scores)).isCloseTo(0.625, within(EPS));
        assertThat(RankingScore.Metric.NDCG.mean(scores)).isCloseTo(0.65, within(EPS));
    }

    @Test
    void aQueryWithoutRelevantDocumentsIsRefused() {
        assertThatThrownBy(() -> RankingScore.at(10, List.of("a"), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
