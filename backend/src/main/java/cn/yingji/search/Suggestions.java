package cn.yingji.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;

/**
 * 您是不是要找: when not even a partial match exists, the indexed words nearest to the query's words (the term
 * suggester, by edit distance over the word-level fields). The suggester sees every tenant's words, so each
 * candidate is kept only when it finds something inside the same filters as the search (sharing rule and
 * facets): a word that occurs only in records the viewer cannot read is never suggested.
 */
@Component
public class Suggestions {

    /** At most this many words are offered. */
    static final int MAX = 5;
    /** Candidates checked against the viewer's filters. */
    private static final int CANDIDATES = 20;

    private final ElasticsearchClient es;

    Suggestions(ElasticsearchClient es) {
        this.es = es;
    }

    /** Words near those of {@code q} that find at least one record inside {@code filters}, best first. */
    @SuppressWarnings("rawtypes")
    public List<String> near(String index, List<Query> filters, String q, List<String> wordFields) throws IOException {
        List<String> words = TextQuery.words(q);
        if (words.isEmpty()) {
            return List.of();
        }
        SearchResponse<Map> suggested = es.search(s -> s.index(index).size(0).suggest(sg -> {
            sg.text(String.join(" ", words));
            for (String field : wordFields) {
                sg.suggesters(field, fs -> fs.term(t -> t.field(field).analyzer(TextQuery.WORDS_ANALYZER)
                        .suggestMode(SuggestMode.Always).minWordLength(2).prefixLength(0).size(CANDIDATES)));
            }
            return sg;
        }), Map.class);
        List<String> candidates = rank(suggested.suggest().values().stream().flatMap(List::stream)
                .filter(sg -> sg.isTerm()).flatMap(sg -> sg.term().options().stream()).toList(), Set.copyOf(words));
        if (candidates.isEmpty()) {
            return List.of();
        }
        SearchResponse<Map> counted = es.search(s -> {
            s.index(index).size(0).query(qb -> qb.bool(b -> b.filter(filters)));
            for (int i = 0; i < candidates.size(); i++) {
                String word = candidates.get(i);
                s.aggregations("c" + i, a -> a.filter(QueryBuilders.multiMatch(m -> m.query(word).fields(wordFields)
                        .analyzer(TextQuery.WORDS_ANALYZER).operator(Operator.And))));
            }
            return s;
        }, Map.class);
        return java.util.stream.IntStream.range(0, candidates.size())
                .filter(i -> counted.aggregations().get("c" + i).filter().docCount() > 0)
                .mapToObj(candidates::get).limit(MAX).toList();
    }

    /** The distinct suggested words, not the query's own, the nearest (then the most frequent) first. */
    static List<String> rank(List<TermSuggestOption> options, Set<String> queryWords) {
        Map<String, TermSuggestOption> best = new LinkedHashMap<>();
        for (TermSuggestOption option : options) {
            if (!queryWords.contains(option.text())) {
                best.merge(option.text(), option, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(TermSuggestOption::score).reversed()
                        .thenComparing(Comparator.comparingLong(TermSuggestOption::freq).reversed()))
                .limit(CANDIDATES).map(TermSuggestOption::text).toList();
    }
}
