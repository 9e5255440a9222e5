package cn.yingji.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
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
 * the words it segments into occur in the field (决口的堤防 for 堤防决口); both score, so the documents that
 * hold the words rank by those words' weight rather than their characters'.</li>
 * <li>{@link Analysis#CHARACTERS}: the text field itself is indexed per character (the standard analyzer); a
 * word matches only as an exact phrase. Indices without the word-level analysis (drills) search this way.</li>
 * </ul>
 */
public final class TextQuery {

    /** The analyzer an index declares on top of the plugin's {@code yingji_smartcn} type. */
    public static final String WORDS_ANALYZER = "yingji_words";
    /** The per-character subfield of every word-level text field. */
    public static final String CHARS = ".chars";

    public enum Analysis { WORDS, CHARACTERS }

    /** A text field and its weight. */
    public record Field(String name, float boost) {
        public Field(String name) {
            this(name, 1f);
        }
    }

    private TextQuery() {
    }

    /** Adds one {@code must} clause per word of {@code q}; nothing for a blank query. */
    public static void allWords(BoolQuery.Builder bool, String q, Analysis analysis, List<Field> fields,
            List<String> keywordFields) {
        allWords(bool, q, analysis, fields, keywordFields, word -> List.of());
    }

    /**
     * {@link #allWords(BoolQuery.Builder, String, Analysis, List, List)} where each word may also match as any of
     * {@code alternatives.apply(word)} (a province's search terms, docs/search-terms.md): an alternative matches
     * like the word itself.
     */
    public static void allWords(BoolQuery.Builder bool, String q, Analysis analysis, List<Field> fields,
            List<String> keywordFields, Function<String, List<String>> alternatives) {
        for (String word : q.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> forms = new ArrayList<>();
            forms.add(word);
            forms.addAll(alternatives.apply(word));
            bool.must(m -> m.bool(any -> {
                for (String form : forms) {
                    for (Field field : fields) {
                        String phraseField = analysis == Analysis.WORDS ? field.name() + CHARS : field.name();
                        any.should(QueryBuilders.matchPhrase(p -> p.field(phraseField).query(form).boost(field.boost())));
                        if (analysis == Analysis.WORDS) {
                            any.should(QueryBuilders.match(p -> p.field(field.name()).query(form).operator(Operator.And)
                                    .boost(field.boost())));
                        }
                    }
                    for (String keyword : keywordFields) {
                        any.should(QueryBuilders.term(t -> t.field(keyword).value(form)));
                    }
                }
                return any.minimumShouldMatch("1");
            }));
        }
    }
}
