package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;

class HybridSearchTest {

    private static final Query WORDS = QueryBuilders.match(m -> m.field("title").query("决堤"));

    @Test
    void noFullMatchExcludesNothing() {
        assertThat(HybridSearch.notFull(WORDS, List.of(), 0, 0)).isEmpty();
    }

    @Test
    void aFirstPageHoldingEveryFullMatchExcludesThemByIdWithoutEvaluatingTheWordsAgain() {
        Query not = HybridSearch.notFull(WORDS, List.of("a", "b"), 2, 0).orElseThrow();
        assertThat(not.bool().mustNot()).singleElement()
                .satisfies(q -> assertThat(q.ids().values()).containsExactly("a", "b"));
    }

    @Test
    void fullMatchesBeyondThePageInHandAreExcludedByTheWords() {
        // page 1 of a search with 25 full matches: the first page's 20 are not in hand
        assertThat(HybridSearch.notFull(WORDS, List.of("u", "v", "w", "x", "y"), 25, 1).orElseThrow().bool().mustNot())
                .singleElement().satisfies(q -> assertThat(q.isMatch()).isTrue());
        // a first page that is full but not the whole result
        assertThat(HybridSearch.notFull(WORDS, List.of("a"), 2, 0).orElseThrow().bool().mustNot())
                .singleElement().satisfies(q -> assertThat(q.isMatch()).isTrue());
    }
}
