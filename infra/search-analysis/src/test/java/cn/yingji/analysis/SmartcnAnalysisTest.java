package cn.yingji.analysis;

import static cn.yingji.analysis.Tokens.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

class SmartcnAnalysisTest {

    @Test
    void segmentsChineseIntoWords() throws IOException {
        try (Analyzer analyzer = new ChineseWordsAnalyzerFactory().create()) {
            assertThat(terms(analyzer, "堤防决口")).containsExactly("堤防", "决口");
            assertThat(terms(analyzer, "危险化学品泄漏应急预案")).contains("泄漏", "应急", "预案");
        }
    }

    @Test
    void dropsPunctuationFoldsWidthAndCaseKeepsCodes() throws IOException {
        try (Analyzer analyzer = new ChineseWordsAnalyzerFactory().create()) {
            assertThat(terms(analyzer, "“防汛”，（抢险）！")).containsExactly("防汛", "抢险");
            assertThat(terms(analyzer, "ＬＮＧ储罐")).startsWith("lng");
            assertThat(terms(analyzer, "H2S泄漏 应急")).doesNotContain(" ").contains("泄漏", "应急");
            assertThat(terms(analyzer, "危化品🔥")).isNotEmpty();
            assertThat(terms(analyzer, "")).isEmpty();
        }
    }

    @Test
    void tokenizerAloneKeepsPunctuation() throws IOException {
        try (Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ChineseWordsTokenizerFactory().create();
                return new TokenStreamComponents(tokenizer);
            }
        }) {
            assertThat(terms(analyzer, "堤防，决口")).containsExactly("堤防", ",", "决口");
        }
    }

    @Test
    void runsOnTheLuceneOfElasticsearch() {
        // smartcn is built against the previous patch release; the server's Lucene is what runs it
        assertThat(Version.LATEST.toString()).isEqualTo("10.5.1");
    }

    @Test
    void namedComponentsListEveryFactory() throws IOException {
        String json = Files.readString(Path.of("target/named_components.json"), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("org.elasticsearch.plugin.analysis.AnalyzerFactory")
                .contains("org.elasticsearch.plugin.analysis.TokenizerFactory")
                .contains("\"yingji_smartcn\":\"" + ChineseWordsAnalyzerFactory.class.getName() + "\"")
                .contains("\"yingji_smartcn_tokenizer\":\"" + ChineseWordsTokenizerFactory.class.getName() + "\"")
                .contains("org.elasticsearch.plugin.analysis.TokenFilterFactory")
                .contains("\"yingji_punctuation\":\"" + PunctuationFilterFactory.class.getName() + "\"")
                .contains("\"yingji_thesaurus\":\"" + ThesaurusFilterFactory.class.getName() + "\"");
    }
}
