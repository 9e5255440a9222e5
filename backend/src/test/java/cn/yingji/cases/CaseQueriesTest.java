package cn.yingji.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.search.MatchMode;
import cn.yingji.search.TextQuery;
import cn.yingji.tenancy.Role;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.Viewer;

class CaseQueriesTest {

    static final TenantRef SHANDONG = new TenantRef("370000", "山东省", TenantTier.province, "p37");

    @Test
    void everyWordMatchesAsWordsOrAsAPhraseOfCharactersAndNothingIsQuerySyntax() {
        var words = CaseQueries.words("堤防决口  \"洪水\" AND title:*", MatchMode.FULL, TextQuery.NO_ALTERNATIVES);
        assertThat(words).hasSize(4);
        String first = words.getFirst().toString();
        for (String field : CaseQueries.TEXT_FIELDS) {
            assertThat(first).contains("\"" + field + "\"").contains("\"" + field + ".chars\"");
        }
        assertThat(first).contains("match_phrase").contains("\"operator\":\"and\"").contains("堤防决口");
        assertThat(words.get(3).toString()).contains("title:*").doesNotContain("query_string");
        assertThat(CaseQueries.words("   ", MatchMode.FULL, TextQuery.NO_ALTERNATIVES)).isEmpty();
    }

    @Test
    void partialMatchesAskForAnyWordAndAnyOfAWordsWords() {
        var words = CaseQueries.words("堤防决口 洪水", MatchMode.PARTIAL, TextQuery.NO_ALTERNATIVES);
        assertThat(words).hasSize(1);
        String query = words.getFirst().toString();
        assertThat(query).contains("\"minimum_should_match\":\"1\"").contains("\"operator\":\"or\"")
                .doesNotContain("\"operator\":\"and\"").contains("堤防决口").contains("洪水");
        assertThat(CaseQueries.words("   ", MatchMode.PARTIAL, TextQuery.NO_ALTERNATIVES)).isEmpty();
    }

    /** A province's search term (检索同义词) matches like the word typed: 漫堤 finds a record that says 洪水漫顶. */
    @Test
    void aWordMatchesAsItsAlternativesToo() {
        var words = CaseQueries.words("漫堤 转移", MatchMode.FULL,
                word -> word.equals("漫堤") ? java.util.List.of("洪水漫顶") : java.util.List.of());
        assertThat(words).hasSize(2);
        String first = words.getFirst().toString();
        assertThat(first).contains("漫堤").contains("洪水漫顶").contains("\"minimum_should_match\":\"1\"");
        assertThat(words.get(1).toString()).contains("转移").doesNotContain("洪水漫顶");
    }

    @Test
    void searchTextAndDescriptionsHaveClearLimits() {
        assertThat(CaseQueries.searchText(" 堤防 ")).isEqualTo("堤防");
        assertThat(CaseQueries.searchText("🌊".repeat(200))).hasSize(400); // 200 characters, 400 UTF-16 units
        assertThatThrownBy(() -> CaseQueries.searchText("堤".repeat(201))).extracting("code")
                .isEqualTo("search-query-too-long");
        assertThatThrownBy(() -> CaseQueries.description(" ")).extracting("code").isEqualTo("validation-failed");
        assertThatThrownBy(() -> CaseQueries.description("洪".repeat(2001))).extracting("code")
                .isEqualTo("case-description-too-long");
    }

    @Test
    void expertsAreFilteredToPublishedCasesOfficersByTheSharingRuleAlone() {
        var expert = CaseQueries.visibleTo(new Viewer("expert-demo", "孙立", Set.of(Role.EXPERT), SHANDONG));
        var officer = CaseQueries.visibleTo(new Viewer("sd-province", "张伟", Set.of(Role.PROVINCE_OFFICIAL, Role.REVIEWER),
                SHANDONG));
        assertThat(expert).hasSize(2);
        assertThat(expert.get(1).toString()).contains("published");
        assertThat(officer).hasSize(1);
        assertThat(officer.getFirst().toString()).contains("tenant_lineage");
    }

    @Test
    void moreLikeThisComparesTheTextFields() {
        String mlt = CaseQueries.similarTo(java.util.List.of(CaseQueries.likeCase("yingji-cases", "a"), CaseQueries.likeText("堤防决口")),
                java.util.List.of("洪涝灾害")).toString();
        assertThat(mlt).contains("more_like_this").contains("yingji-cases").contains("堤防决口").contains("\"lessons\"")
                .contains("constant_score").contains("洪涝灾害");
        assertThat(CaseQueries.similarTo(java.util.List.of(CaseQueries.likeText("x")), java.util.List.of()).toString())
                .doesNotContain("constant_score");
    }
}
