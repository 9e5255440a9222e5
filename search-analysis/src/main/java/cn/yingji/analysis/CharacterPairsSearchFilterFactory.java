package cn.yingji.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The token filter type {@value #NAME}: the query side of {@link CharacterPairsFilterFactory} — a word's pairs of
 * neighbouring characters only (应急响应: 应急 急响 响应, a phrase of pairs), and a lone character as itself (火).
 */
@NamedComponent(CharacterPairsSearchFilterFactory.NAME)
public final class CharacterPairsSearchFilterFactory implements TokenFilterFactory {

    static final String NAME = "yingji_character_pairs_search";

    @Override
    public TokenStream create(TokenStream input) {
        return new CJKBigramFilter(input);
    }
}
