package cn.yingji.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The {@code .chars} subfields' analysis: characters and their pairs indexed, a word's pairs searched. */
class CharacterPairsTest {

    /** As the index definitions declare them: the standard tokenizer, lowercase, then the filter. */
    private static Analyzer analyzer(UnaryOperator<TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filter.apply(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    private static final Analyzer INDEX = analyzer(new CharacterPairsFilterFactory()::create);
    private static final Analyzer SEARCH = analyzer(new CharacterPairsSearchFilterFactory()::create);

    /** Each term with its position ("应急@0"). */
    private static List<String> positioned(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term + "@" + position);
            }
            stream.end();
        }
        return out;
    }

    @Test
    void aTextIsIndexedAsItsCharactersWithEachPairStackedOnItsFirst() throws IOException {
        assertThat(positioned(INDEX, "应急响应")).containsExactly("应@0", "应急@0", "急@1", "急响@1", "响@2", "响应@2",
                "应@3");
    }

    @Test
    void aWordIsSearchedAsThePhraseOfItsPairsWhichTheIndexHoldsAtTheSamePositions() throws IOException {
        assertThat(positioned(SEARCH, "应急响应")).containsExactly("应急@0", "急响@1", "响应@2");
        // a lone character is searched as itself, and indexed as itself inside any text
        assertThat(positioned(SEARCH, "火")).containsExactly("火@0");
        assertThat(positioned(INDEX, "山火")).contains("火@1");
        // codes and Latin letters stay whole (lowercased), next to the pairs of the Chinese around them
        assertThat(positioned(SEARCH, "K859次列车")).containsExactly("k859@0", "次列@1", "列车@2");
        assertThat(positioned(INDEX, "K859次列车")).containsSubsequence("k859@0", "次列@1", "列车@2");
    }
}
