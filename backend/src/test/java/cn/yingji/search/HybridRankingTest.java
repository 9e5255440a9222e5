package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import cn.yingji.search.HybridRanking.Match;
import cn.yingji.search.HybridRanking.Ranked;

class HybridRankingTest {

    private static final Function<String, String> ID = Function.identity();

    private static List<String> ids(HybridRanking.Page<String> page) {
        return page.items().stream().map(Ranked::hit).toList();
    }

    private static List<Match> matches(HybridRanking.Page<String> page) {
        return page.items().stream().map(Ranked::match).toList();
    }

    @Test
    void fullMatchesKeepTheirLexicalOrderAheadOfEveryNeighbour() {
        var page = HybridRanking.page(List.of("exact", "second"), 2, List.of(), List.of("near", "exact", "nearer"), 0,
                10, ID);

        assertThat(ids(page)).containsExactly("exact", "second", "near", "nearer");
        assertThat(matches(page)).containsExactly(Match.FULL, Match.FULL, Match.SEMANTIC, Match.SEMANTIC);
        assertThat(page.others()).isEqualTo(2);
    }

    @Test
    void aPageFullOfFullMatchesHasNoNeighbour() {
        var page = HybridRanking.page(List.of("a", "b"), 5, List.of(), List.of("n1"), 0, 2, ID);

        assertThat(ids(page)).containsExactly("a", "b");
        assertThat(HybridRanking.needsOthers(5, 0, 2)).isFalse();
        assertThat(HybridRanking.needsOthers(5, 2, 2)).isTrue();
    }

    @Test
    void pageTwoContinuesPageOneAcrossTheFullMatchesAndTheNeighbours() {
        List<String> full = List.of("f1", "f2", "f3");
        List<String> neighbours = List.of("n1", "n2", "n3", "n4");
        List<String> pages = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            List<String> fullPage = full.subList(Math.min(full.size(), p * 2), Math.min(full.size(), p * 2 + 2));
            pages.addAll(ids(HybridRanking.page(fullPage, full.size(), List.of(), neighbours, p, 2, ID)));
        }

        assertThat(pages).containsExactly("f1", "f2", "f3", "n1", "n2", "n3", "n4");
    }

    @Test
    void partialAndSemanticCandidatesAreFusedByReciprocalRankAndAHitFoundBothWaysLeads() {
        var page = HybridRanking.page(List.of(), 0, List.of("p1", "both"), List.of("both", "s1"), 0, 10, ID);

        assertThat(ids(page)).containsExactly("both", "p1", "s1");
        assertThat(matches(page)).containsExactly(Match.PARTIAL, Match.PARTIAL, Match.SEMANTIC);
    }

    @Test
    void fusionSumsOneOverSixtyPlusRankAndKeepsTheFirstMetOnTies() {
        // x: 1/61 + 1/63; y: 1/62 + 1/61; z: 1/63 + 1/62 → y > x > z
        assertThat(HybridRanking.fuse(List.of(List.of("x", "y", "z"), List.of("y", "z", "x")), ID))
                .containsExactly("y", "x", "z");
        assertThat(HybridRanking.fuse(List.of(List.of("a"), List.of("b")), ID)).containsExactly("a", "b");
    }
}
