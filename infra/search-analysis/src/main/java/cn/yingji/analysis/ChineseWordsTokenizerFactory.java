package cn.yingji.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * The tokenizer type {@value #NAME} (smartcn's segmenter alone, punctuation kept as tokens), for custom
 * analyzers that add their own filters.
 */
@NamedComponent(ChineseWordsTokenizerFactory.NAME)
public final class ChineseWordsTokenizerFactory implements TokenizerFactory {

    static final String NAME = "yingji_smartcn_tokenizer";

    @Override
    public Tokenizer create() {
        return new HMMChineseTokenizer();
    }
}
