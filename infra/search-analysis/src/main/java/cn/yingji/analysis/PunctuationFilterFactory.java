package cn.yingji.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The token filter type {@value #NAME}: drops the punctuation tokens of {@code yingji_smartcn_tokenizer}, as the
 * {@code yingji_smartcn} analyzer does, so a custom analyzer built on the tokenizer yields the same words.
 */
@NamedComponent(PunctuationFilterFactory.NAME)
public final class PunctuationFilterFactory implements TokenFilterFactory {

    static final String NAME = "yingji_punctuation";

    @Override
    public TokenStream create(TokenStream input) {
        return new StopFilter(input, SmartChineseAnalyzer.getDefaultStopSet());
    }
}
