package cn.yingji.searchterms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTermRulesTest {

    @Test
    void aGroupKeepsItsTermsStrippedInOrder() {
        assertThat(SearchTermRules.terms(List.of(" 漫堤 ", "洪水漫顶", "PM2.5"))).containsExactly("漫堤", "洪水漫顶", "PM2.5");
        assertThat(SearchTermRules.terms(java.util.stream.IntStream.range(0, 20).mapToObj(i -> "词" + i).toList()))
                .hasSize(20);
    }

    @Test
    void eachRuleHasItsCode() {
        assertCode(null, "search-terms-count");
        assertCode(List.of("漫堤"), "search-terms-count");
        assertCode(java.util.stream.IntStream.range(0, 21).mapToObj(i -> "词" + i).toList(), "search-terms-count");
        assertCode(Arrays.asList("漫堤", null), "search-term-blank");
        assertCode(List.of("漫堤", "  "), "search-term-blank");
        assertCode(List.of("漫堤", "洪水 漫顶"), "search-term-blank");
        assertCode(List.of("漫堤", "洪水\u3000漫顶"), "search-term-blank");
        assertCode(List.of("漫堤", "堤".repeat(21)), "search-term-too-long");
        assertCode(List.of("漫堤", " 漫堤"), "search-term-duplicate");
        assertThat(SearchTermRules.terms(List.of("漫堤", "🌊".repeat(20)))).hasSize(2);
    }

    @Test
    void aNoteIsOptionalAndShort() {
        assertThat(SearchTermRules.note("  ")).isNull();
        assertThat(SearchTermRules.note(" 省防指术语 ")).isEqualTo("省防指术语");
        assertThatThrownBy(() -> SearchTermRules.note("说".repeat(201))).extracting("code")
                .isEqualTo("search-term-note-too-long");
    }

    @Test
    void eachTermFindsTheOthersOfItsGroup() {
        var alternatives = SearchTermRules.alternatives(List.of(List.of("漫堤", "洪水漫顶", "漫顶"), List.of("LNG", "液化天然气")));
        assertThat(alternatives.get("漫堤")).containsExactly("洪水漫顶", "漫顶");
        assertThat(alternatives.get("漫顶")).containsExactly("漫堤", "洪水漫顶");
        assertThat(alternatives.get(SearchTermRules.key("lng"))).containsExactly("液化天然气");
        assertThat(alternatives).doesNotContainKey("决堤");
    }

    private static void assertCode(List<String> terms, String code) {
        assertThatThrownBy(() -> SearchTermRules.terms(terms)).extracting("code").isEqualTo(code);
    }
}
