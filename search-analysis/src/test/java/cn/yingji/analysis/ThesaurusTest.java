package cn.yingji.analysis;

import static cn.yingji.analysis.Tokens.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

class ThesaurusTest {

    /** The search analyzer the indices declare: tokenizer, punctuation dropped, thesaurus. */
    private static Analyzer searchAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ChineseWordsTokenizerFactory().create();
                return new TokenStreamComponents(tokenizer, new ThesaurusFilterFactory().create(
                        new PunctuationFilterFactory().create(tokenizer)));
            }
        };
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = Thesaurus.class.getResourceAsStream(Thesaurus.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void parsesAndHoldsTheDomainsVocabulary() throws IOException {
        assertThat(Thesaurus.map().fst).isNotNull();
        long groups = lines().stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertThat(groups).isGreaterThanOrEqualTo(120);
    }

    @Test
    void everyGroupNamesItsSource() throws IOException {
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String above = i == 0 ? "" : lines.get(i - 1);
            assertThat(above).as("line %d「%s」needs a「# 来源：」line above it", i + 1, line)
                    .startsWith("# 来源：");
            assertThat(above.substring("# 来源：".length()).strip()).as("line %d", i).hasSizeGreaterThan(4);
        }
    }

    @Test
    void aDikeBreachIsFoundUnderEveryNameExpertsUse() throws IOException {
        try (Analyzer analyzer = searchAnalyzer()) {
            List<String> graph = terms(analyzer, "决堤");
            assertThat(graph).contains("决口", "堤防");
            assertThat(terms(analyzer, "决口")).contains("决堤");
            // near-equivalents across standards and rules
            assertThat(terms(analyzer, "受限空间")).contains("有限");
            assertThat(terms(analyzer, "危化品")).contains("危险", "化学品");
            assertThat(terms(analyzer, "山火")).contains("森林", "火灾");
        }
    }

    @Test
    void aGeneralTermFindsItsKindsButNotTheReverse() throws IOException {
        try (Analyzer analyzer = searchAnalyzer()) {
            assertThat(terms(analyzer, "地质灾害")).contains("泥石流", "滑坡");
            assertThat(terms(analyzer, "泥石流")).doesNotContain("地质");
        }
    }

    @Test
    void wordsOutsideTheThesaurusAndPunctuationPassUnchanged() throws IOException {
        try (Analyzer analyzer = searchAnalyzer()) {
            assertThat(terms(analyzer, "“唱凯”，")).containsExactly("唱", "凯");
            assertThat(terms(analyzer, "")).isEmpty();
        }
    }
}
