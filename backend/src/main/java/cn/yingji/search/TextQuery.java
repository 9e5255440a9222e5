package cn.yingji.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;

/**
 * The free-text part of every search: each whitespace-separated word of the query must match in one of the
 * text fields (or exactly as one of the keyword fields). The query text is never parsed, so operators, quotes,
 * brackets and emoji are plain text.
 *
 * <p>Two kinds of index (docs/search.md):
 * <ul>
 * <li>{@link Analysis#WORDS}: the text field is segmented into Chinese words by our analysis plugin
 * ({@value #WORDS_ANALYZER}) and has a per-character subfield {@value #CHARS}. A word matches when it is an
 * exact phrase of the characters (堤防决口 is found only as written, never as scattered characters) or when all
 * the words it segments into occur in the field (决口的堤防 for 堤防决口);
 * both score, so the documents that hold the words rank by those words' weight rather than their characters'
 * (in a long text, {@link Field#body}, the phrase is looked for only where the words are not).</li>
 * <li>{@link Analysis#CHARACTERS}: the text field itself is indexed per character (the standard analyzer); a
 * word matches only as an exact phrase. Indices without the word-level analysis (drills) search this way.</li>
 * </ul>
 * The word-level fields are searched with {@code yingji_words_search}, which adds the thesaurus (同义词库) of our
 * plugin: 决堤 also matches 决口 and 堤防决口. When no document holds every word, {@link #someWords} finds the
 * best partial matches ({@link MatchMode}).
 */
public final class TextQuery {

    /** The analyzer an index declares on top of the plugin's {@code yingji_smartcn} type. */
    public static final String WORDS_ANALYZER = "yingji_words";
    /** The per-character subfield of every word-level text field. */
    public static final String CHARS = ".chars";

    public enum Analysis { WORDS, CHARACTERS }

    /**
     * A text field and its weight. {@code body}: a long prose text (正文, 附件文本, 经过, 教训 …) whose exact phrase
     * of characters is looked for only where its words are not found ({@link Analysis#WORDS} only): there it
     * decides whether the text matches and adds the field's weight once, and where the words are found they rank
     * it. A text holding the words almost always holds the phrase too (the words are how the phrase reads there),
     * and reading a phrase's positions in millions of long texts made the slow tail of national-scale search
     * (docs/search.md); the phrase still finds the texts segmented otherwise than the query (潍坊市消防救援支队).
     */
    public record Field(String name, float boost, boolean body) {
        public Field(String name, float boost) {
            this(name, boost, false);
        }

        public Field(String name) {
            this(name, 1f, false);
        }

        /** A long prose text of weight 1. */
        public static Field body(String name) {
            return new Field(name, 1f, true);
        }
    }

    private TextQuery() {
    }

    /** Extra alternatives of a query word, supplied by the caller; an alternative matches like the word itself. */
    public static final Function<String, List<String>> NO_ALTERNATIVES = word -> List.of();

    /** Adds one {@code must} clause per word of {@code q}; nothing for a blank query. */
    public static void allWords(BoolQuery.Builder bool, String q, Analysis analysis, List<Field> fields,
            List<String> keywordFields) {
        allWords(bool, q, analysis, fields, keywordFields, NO_ALTERNATIVES);
    }

    /** {@link #allWords(BoolQuery.Builder, String, Analysis, List, List)}, each word or one of its alternatives. */
    public static void allWords(BoolQuery.Builder bool, String q, Analysis analysis, List<Field> fields,
            List<String> keywordFields, Function<String, List<String>> alternatives) {
        for (String word : words(q)) {
            bool.must(word(word, alternatives.apply(word), analysis, fields, keywordFields, Operator.And));
        }
    }

    /**
     * Partial matches, for when no document holds every word: the clauses of {@link #allWords} as {@code should},
     * of which one must match, and within a word that segments into several, any of them (决堤抢险: 决堤 or 抢险).
     * The more words and the rarer words a document holds, the higher it scores. Nothing for a blank query.
     */
    public static void someWords(BoolQuery.Builder bool, String q, Analysis analysis, List<Field> fields,
            List<String> keywordFields, Function<String, List<String>> alternatives) {
        List<String> words = words(q);
        for (String word : words) {
            bool.should(word(word, alternatives.apply(word), analysis, fields, keywordFields, Operator.Or));
        }
        if (!words.isEmpty()) {
            bool.minimumShouldMatch("1");
        }
    }

    /** The words of {@code q} as {@code match} ({@link MatchMode}) asks: all of them, or the best partial matches. */
    public static void match(BoolQuery.Builder bool, String match, String q, Analysis analysis, List<Field> fields,
            List<String> keywordFields, Function<String, List<String>> alternatives) {
        if (MatchMode.PARTIAL.equals(match)) {
            someWords(bool, q, analysis, fields, keywordFields, alternatives);
        } else {
            allWords(bool, q, analysis, fields, keywordFields, alternatives);
        }
    }

    /** The whitespace-separated words of {@code q}. */
    static List<String> words(String q) {
        return Arrays.stream(q.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * One word (or one of its alternatives) in one of the fields: an exact phrase of its characters, its words
     * ({@code operator}: all or any of them), or exactly one of the keyword fields.
     */
    private static Query word(String word, List<String> alternatives, Analysis analysis, List<Field> fields,
            List<String> keywordFields, Operator operator) {
        List<String> variants = new ArrayList<>();
        variants.add(word);
        alternatives.stream().filter(a -> a != null && !a.isBlank() && !variants.contains(a.strip()))
                .forEach(a -> variants.add(a.strip()));
        return QueryBuilders.bool(any -> {
            for (String variant : variants) {
                for (Field field : fields) {
                    if (analysis == Analysis.CHARACTERS) {
                        any.should(QueryBuilders.matchPhrase(p -> p.field(field.name()).query(variant)
                                .boost(field.boost())));
                        continue;
                    }
                    // a thesaurus path of several words (燃气 泄漏) asks for its words, not for them side by side:
                    // the query's own words are one such path and must match as without the thesaurus
                    Query words = QueryBuilders.match(p -> p.field(field.name()).query(variant).operator(operator)
                            .autoGenerateSynonymsPhraseQuery(false).boost(field.boost()));
                    Query phrase = QueryBuilders.matchPhrase(p -> p.field(field.name() + CHARS).query(variant)
                            .boost(field.boost()));
                    any.should(words);
                    if (field.body()) {
                        // the phrase only where the words are not: there it decides, and counts once
                        Query once = QueryBuilders.constantScore(c -> c.filter(phrase).boost(field.boost()));
                        any.should(QueryBuilders.bool(b -> b.must(once).mustNot(words)));
                    } else {
                        any.should(phrase);
                    }
                }
                for (String keyword : keywordFields) {
                    any.should(QueryBuilders.term(t -> t.field(keyword).value(variant)));
                }
            }
            return any.minimumShouldMatch("1");
        });
    }
}
