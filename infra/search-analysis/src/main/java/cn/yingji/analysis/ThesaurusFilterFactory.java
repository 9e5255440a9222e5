package cn.yingji.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The token filter type {@value #NAME}: the words of the {@link Thesaurus} as a synonym graph (决堤 → 决堤 | 决口 |
 * 溃堤 | 堤防 决口 …). Query time only: Elasticsearch refuses it in an index analyzer, so a changed thesaurus never
 * needs a reindex, only the plugin reinstalled.
 */
@NamedComponent(ThesaurusFilterFactory.NAME)
public final class ThesaurusFilterFactory implements TokenFilterFactory {

    static final String NAME = "yingji_thesaurus";

    @Override
    public TokenStream create(TokenStream input) {
        return new SynonymGraphFilter(input, Thesaurus.map(), true);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
