package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;

class SuggestionsTest {

    private static TermSuggestOption option(String text, double score, long freq) {
        return TermSuggestOption.of(o -> o.text(text).score(score).freq(freq));
    }

    @Test
    void nearestFirstThenMostFrequentDistinctAndNeverTheQuerysOwnWord() {
        List<String> ranked = Suggestions.rank(List.of(option("决口", 0.5, 3), option("唱凯", 0.5, 9),
                option("决堤", 1.0, 4), option("堵口", 0.75, 1), option("决口", 0.6, 3)), Set.of("决堤"));
        assertThat(ranked).containsExactly("堵口", "决口", "唱凯");
    }
}
