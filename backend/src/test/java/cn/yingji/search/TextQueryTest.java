package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

class TextQueryTest {

    private static final List<TextQuery.Field> FIELDS = List.of(new TextQuery.Field("title", 3f),
            TextQuery.Field.body("summary"));

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
    void aBodyTextsPhraseIsLookedForOnlyWhereItsWordsAreNot() {
        Query first = build(MatchMode.FULL, "决堤", TextQuery.NO_ALTERNATIVES).must().getFirst();
        List<Query> alternatives = first.bool().should();
        // the title: its phrase and its words, both scored
        assertThat(alternatives).anySatisfy(q -> assertThat(q.isMatchPhrase() && q.matchPhrase().field()
                .equals("title.chars")).isTrue());
        // the body: its words scored; its phrase only where they are not, counted once
        Query words = alternatives.stream().filter(q -> q.isMatch() && q.match().field().equals("summary"))
                .findFirst().orElseThrow();
        Query phraseOnly = alternatives.stream().filter(Query::isBool).findFirst().orElseThrow();
        assertThat(phraseOnly.bool().mustNot()).containsExactly(words);
        assertThat(phraseOnly.bool().must()).singleElement().satisfies(q -> {
            assertThat(q.constantScore().filter().matchPhrase().field()).isEqualTo("summary.chars");
            assertThat(q.constantScore().filter().matchPhrase().query()).isEqualTo("决堤");
        });
        assertThat(alternatives).noneSatisfy(q -> assertThat(q.isMatchPhrase() && q.matchPhrase().field()
                .equals("summary.chars")).isTrue());
        // without words (characters only, e.g. drills) the phrase is all there is, and it is scored
        BoolQuery.Builder chars = new BoolQuery.Builder();
        TextQuery.allWords(chars, "决堤", TextQuery.Analysis.CHARACTERS, FIELDS, List.of());
        assertThat(chars.build().must().getFirst().bool().should()).extracting(q -> q.matchPhrase().field())
                .containsExactly("title", "summary");
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
