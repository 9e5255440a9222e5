package cn.yingji.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The token filter type {@value #NAME}, after the {@code standard} tokenizer (one token per Chinese character):
 * every character and every pair of neighbouring characters, the pair stacked on its first character. Indexed
 * this way, the exact phrase of a word is a phrase of its pairs ({@link CharacterPairsSearchFilterFactory}), and a
 * pair such as 险化 or 急响 is rare where 危, 险, 化, 应, 急 occur in every plan: the phrase then reads the positions
 * of the few documents that may hold it instead of every document holding its characters (docs/search.md).
 */
@NamedComponent(CharacterPairsFilterFactory.NAME)
public final class CharacterPairsFilterFactory implements TokenFilterFactory {

    static final String NAME = "yingji_character_pairs";

    @Override
    public TokenStream create(TokenStream input) {
        return new CJKBigramFilter(input, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, true);
    }
}
