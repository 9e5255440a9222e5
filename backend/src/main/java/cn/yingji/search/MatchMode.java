package cn.yingji.search;

/**
 * How a search's hits match its words (the {@code match} of a result and of each hit): {@value #FULL} when they
 * hold every word; {@value #PARTIAL} when no document does and the best partial matches stand in
 * ({@link TextQuery#someWords}); when not even those exist, the result suggests words (docs/search.md).
 */
public final class MatchMode {

    public static final String FULL = "full";
    public static final String PARTIAL = "partial";

    private MatchMode() {
    }

    /** Search again for partial matches: there are words, and no readable document holds all of them. */
    public static boolean fallsBack(String q, long fullTotal) {
        return fullTotal == 0 && !TextQuery.words(q).isEmpty();
    }

    /** Suggest other words: not even a partial match. */
    public static boolean suggests(String q, long partialTotal) {
        return fallsBack(q, partialTotal);
    }
}
