package cn.yingji.search;

import java.io.IOException;
import java.util.function.ToLongFunction;

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

    /** One search of the words as {@code match} asks ({@link #FULL} or {@link #PARTIAL}). */
    @FunctionalInterface
    public interface Search<R> {
        R run(String match) throws IOException;
    }

    /** Adds suggestions to a result without hits. */
    @FunctionalInterface
    public interface Suggest<R> {
        R to(R empty) throws IOException;
    }

    /**
     * The answer to {@code q}: the records holding every word; else the best partial matches; else no record,
     * with other words to try.
     */
    public static <R> R answer(String q, Search<R> search, ToLongFunction<R> total, Suggest<R> suggest)
            throws IOException {
        R full = search.run(FULL);
        if (!fallsBack(q, total.applyAsLong(full))) {
            return full;
        }
        R partial = search.run(PARTIAL);
        if (!suggests(q, total.applyAsLong(partial))) {
            return partial;
        }
        return suggest.to(partial);
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
