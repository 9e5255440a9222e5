package cn.yingji.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The order of a hybrid search (混合检索). Hits that hold every word of the query (full matches, the lexical query)
 * come first, in the lexical order: names, codes and 文号 stay exact, and the hybrid never loses what the words
 * found. Then the other candidates — partial lexical matches and the nearest neighbours by meaning above the
 * similarity floor — fused by reciprocal rank fusion (RRF: each list adds {@code 1 / (60 + rank)}; a hit in both
 * lists gains from both). The order is the same whatever page is asked, so page 2 continues page 1.
 */
public final class HybridRanking {

    /** RRF's constant: large enough that the first ranks of one list do not drown the other list. */
    static final int RRF_K = 60;

    /** How a hit was found, as the API says it ({@code match}). */
    public enum Match {
        FULL("full"), PARTIAL("partial"), SEMANTIC("semantic");

        public final String label;

        Match(String label) {
            this.label = label;
        }
    }

    /** A hit and how it was found. */
    public record Ranked<T>(T hit, Match match) {
    }

    /** One page of the hybrid order, and how many hits follow the full matches (found otherwise than by every word). */
    public record Page<T>(List<Ranked<T>> items, long others) {
    }

    private HybridRanking() {
    }

    /** Whether page {@code page} (from 0) reaches past the {@code fullTotal} full matches: then the others are needed. */
    public static boolean needsOthers(long fullTotal, int page, int size) {
        return (long) (page + 1) * size > fullTotal;
    }

    /**
     * Page {@code page} of {@code size}: {@code fullPage} (that page's full matches, of {@code fullTotal} in all) and
     * after them the others — {@code partial} and {@code semantic}, each best first, never a full match — fused by
     * RRF. A hit found both ways counts as partial (its words are the better evidence).
     */
    public static <T> Page<T> page(List<T> fullPage, long fullTotal, List<T> partial, List<T> semantic, int page,
            int size, Function<T, String> id) {
        List<Ranked<T>> items = new ArrayList<>();
        Set<String> full = new HashSet<>();
        for (T hit : fullPage) {
            items.add(new Ranked<>(hit, Match.FULL));
            full.add(id.apply(hit));
        }
        Set<String> partialIds = new HashSet<>();
        partial.forEach(hit -> partialIds.add(id.apply(hit)));
        List<T> others = fuse(List.of(partial, semantic), id).stream().filter(hit -> !full.contains(id.apply(hit)))
                .toList();
        long offset = Math.max(0, (long) page * size - fullTotal);
        for (long i = offset; i < others.size() && items.size() < size; i++) {
            T hit = others.get((int) i);
            items.add(new Ranked<>(hit, partialIds.contains(id.apply(hit)) ? Match.PARTIAL : Match.SEMANTIC));
        }
        return new Page<>(items, others.size());
    }

    /**
     * Reciprocal rank fusion of ranked lists (best first): each hit once, by the sum of {@code 1 / (RRF_K + rank)}
     * over the lists that hold it; ties go to the hit met first (earlier list, better rank).
     */
    public static <T> List<T> fuse(List<List<T>> lists, Function<T, String> id) {
        Map<String, T> hits = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (List<T> list : lists) {
            for (int rank = 0; rank < list.size(); rank++) {
                T hit = list.get(rank);
                String key = id.apply(hit);
                hits.putIfAbsent(key, hit);
                scores.merge(key, 1.0 / (RRF_K + rank + 1), Double::sum);
            }
        }
        List<String> order = new ArrayList<>(hits.keySet());
        // a stable sort: among equal scores the first met stays first
        order.sort(Comparator.comparingDouble((String key) -> scores.get(key)).reversed());
        return order.stream().map(hits::get).toList();
    }
}
