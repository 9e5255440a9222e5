package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;

class TextQueryTest {

    private static final List<TextQuery.Field> FIELDS = List.of(new TextQuery.Field("title", 3f),
            new TextQuery.Field("summary"));

    private static BoolQuery build(String match, String q, java.util.function.Function<String, List<String>> alts) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        TextQuery.match(bool, match, q, TextQuery.Analysis.WORDS, FIELDS, List.of("doc_number"), alts);
        return bool.build();
    }

    @Test
    void allWordsMustEachMatchAsWordsOrAsAPhrase() {
        BoolQuery all = build(MatchMode.FULL, " 决堤  抢险 ", TextQuery.NO_ALTERNATIVES);
        assertThat(all.must()).hasSize(2);
        assertThat(all.should()).isEmpty();
        String first = all.must().getFirst().toString();
        assertThat(first).contains("\"title.chars\"").contains("\"summary\"").contains("\"operator\":\"and\"")
                .contains("\"doc_number\"").contains("决堤").doesNotContain("抢险")
                // a thesaurus path of several words is not a phrase: the query's own words match as without it
                .contains("\"auto_generate_synonyms_phrase_query\":false");
    }

    @Test
    void partialMatchesNeedOneWordAndAnyOfAWordsSegments() {
        BoolQuery some = build(MatchMode.PARTIAL, "决堤抢险 唱凯", TextQuery.NO_ALTERNATIVES);
        assertThat(some.must()).isEmpty();
        assertThat(some.should()).hasSize(2);
        assertThat(some.minimumShouldMatch()).isEqualTo("1");
        assertThat(some.toString()).contains("\"operator\":\"or\"").doesNotContain("\"operator\":\"and\"");
        // a single word that segments into several words still gets a partial query
        BoolQuery one = build(MatchMode.PARTIAL, "决堤抢险", TextQuery.NO_ALTERNATIVES);
        assertThat(one.should()).hasSize(1);
        assertThat(one.toString()).contains("\"operator\":\"or\"");
    }

    @Test
    void alternativesMatchLikeTheWordItself() {
        BoolQuery all = build(MatchMode.FULL, "决堤 抢险", w -> w.equals("决堤") ? List.of("溃口", " ", "决堤") : List.of());
        String first = all.must().getFirst().toString();
        assertThat(first).contains("溃口");
        assertThat(first.split("溃口", -1)).hasSize(first.split("决堤", -1).length);
        assertThat(all.must().get(1).toString()).doesNotContain("溃口");
    }

    @Test
    void blankQueriesAddNothing() {
        assertThat(build(MatchMode.FULL, "  ", TextQuery.NO_ALTERNATIVES).must()).isEmpty();
        BoolQuery some = build(MatchMode.PARTIAL, "  ", TextQuery.NO_ALTERNATIVES);
        assertThat(some.should()).isEmpty();
        assertThat(some.minimumShouldMatch()).isNull();
    }

    @Test
    void answersWithFullThenPartialMatchesThenSuggestions() throws Exception {
        java.util.List<String> asked = new java.util.ArrayList<>();
        // full matches exist: nothing else is asked
        assertThat(MatchMode.<Long>answer("决堤", match -> {
            asked.add(match);
            return 2L;
        }, n -> n, none -> -1L)).isEqualTo(2L);
        assertThat(asked).containsExactly(MatchMode.FULL);
        // none: partial; none either: suggestions
        asked.clear();
        assertThat(MatchMode.<Long>answer("决堤 鸵鸟", match -> {
            asked.add(match);
            return MatchMode.FULL.equals(match) ? 0L : 3L;
        }, n -> n, none -> -1L)).isEqualTo(3L);
        assertThat(asked).containsExactly(MatchMode.FULL, MatchMode.PARTIAL);
        assertThat(MatchMode.<Long>answer("鸵鸟", match -> 0L, n -> n, none -> -1L)).isEqualTo(-1L);
        // a blank query is answered by the full search alone, even without hits
        assertThat(MatchMode.<Long>answer(" ", match -> 0L, n -> n, none -> -1L)).isZero();
    }

    @Test
    void fallsBackToPartialMatchesOnlyWhenWordsFoundNothing() {
        assertThat(MatchMode.fallsBack("决堤 唱凯", 0)).isTrue();
        assertThat(MatchMode.fallsBack("决堤", 3)).isFalse();
        assertThat(MatchMode.fallsBack("  ", 0)).isFalse();
        assertThat(MatchMode.suggests("决堤", 0)).isTrue();
        assertThat(MatchMode.suggests("决堤", 1)).isFalse();
    }
}
