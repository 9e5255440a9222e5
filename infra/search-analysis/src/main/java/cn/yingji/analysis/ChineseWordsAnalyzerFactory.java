package cn.yingji.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The analyzer type {@value #NAME}: an index declares {@code "analyzer": {"x": {"type": "yingji_smartcn"}}}. */
@NamedComponent(ChineseWordsAnalyzerFactory.NAME)
public final class ChineseWordsAnalyzerFactory implements AnalyzerFactory {

    static final String NAME = "yingji_smartcn";

    @Override
    public Analyzer create() {
        return new ChineseWordsAnalyzer();
    }
}
