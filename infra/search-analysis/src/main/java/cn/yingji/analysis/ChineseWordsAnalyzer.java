package cn.yingji.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Chinese word segmentation: smartcn's hidden-Markov-model segmenter (堤防决口 → 堤防 / 决口), Latin letters
 * lower-cased and full-width letters and digits folded by the segmenter itself, punctuation dropped.
 * Unlike {@link SmartChineseAnalyzer} it does not Porter-stem: codes and English abbreviations in
 * emergency documents (LNG, H2S) must stay as written.
 */
public final class ChineseWordsAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        return new TokenStreamComponents(tokenizer, new PunctuationFilterFactory().create(tokenizer));
    }
}
