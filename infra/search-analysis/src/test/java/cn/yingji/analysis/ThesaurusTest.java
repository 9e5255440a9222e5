package cn.yingji.analysis;

import static cn.yingji.analysis.Tokens.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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

    /** The index analyzer's words, without the thesaurus. */
    private static Analyzer wordsAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ChineseWordsTokenizerFactory().create();
                return new TokenStreamComponents(tokenizer, new PunctuationFilterFactory().create(tokenizer));
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
            // a group's one-way rules for its longer names (noEntryHoldsAnotherOfItsGroup) follow it under its source
            int first = i;
            while (first > 0 && !lines.get(first - 1).isBlank() && !lines.get(first - 1).startsWith("#")) {
                first--;
            }
            String above = first == 0 ? "" : lines.get(first - 1);
            assertThat(above).as("line %d「%s」needs a「# 来源：」line above it", i + 1, line)
                    .startsWith("# 来源：");
            assertThat(above.substring("# 来源：".length()).strip()).as("line %d", i).hasSizeGreaterThan(4);
        }
    }

    @Test
    void aDikeBreachIsFoundUnderEveryNameExpertsUse() throws IOException {
        try (Analyzer analyzer = searchAnalyzer()) {
            assertThat(terms(analyzer, "决堤")).contains("决口", "溃");
            assertThat(terms(analyzer, "决口")).contains("决堤");
            // the longer name is its words: 堤防, and 决口 under every name
            assertThat(terms(analyzer, "堤防决口")).contains("堤防", "决口", "决堤");
            assertThat(terms(analyzer, "积水")).contains("内涝");
            // near-equivalents across standards and rules
            assertThat(terms(analyzer, "受限空间")).contains("有限");
            assertThat(terms(analyzer, "危化品")).contains("危险", "化学品");
            assertThat(terms(analyzer, "山火")).contains("森林", "火灾");
        }
    }

    /**
     * No entry holds another entry of its group (堤防决口 holds 决口): a record that holds the longer one holds the
     * shorter too, and would be scored for the same words twice — above records that use another name of the group
     * (唱凯堤决口 against 堤防决口 for 决堤). The shorter entry already finds the longer one; the longer one is a one-way
     * rule of its own (堤防决口 => 堤防决口, 决堤, 决口, …), whose query rightly ranks its own words first.
     */
    @Test
    void noEntryHoldsAnotherOfItsGroup() throws IOException {
        List<String> overlaps = new ArrayList<>();
        try (Analyzer words = wordsAnalyzer()) {
            for (String line : lines()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] sides = line.split("=>");
                // a one-way rule's own name may hold the others: a query written that way finds its own words first
                String left = sides.length > 1 ? sides[0].strip() : null;
                List<List<String>> entries = new ArrayList<>();
                for (String entry : sides[sides.length - 1].split(",")) {
                    if (!entry.strip().equals(left)) {
                        entries.add(terms(words, entry.strip()));
                    }
                }
                for (List<String> longer : entries) {
                    for (List<String> shorter : entries) {
                        if (longer.size() > shorter.size() && Collections.indexOfSubList(longer, shorter) >= 0) {
                            overlaps.add(String.join("", longer) + " ⊃ " + String.join("", shorter));
                        }
                    }
                }
            }
        }
        assertThat(overlaps).as("entries holding another entry of their group").isEmpty();
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
