package cn.yingji.search;

import cn.yingji.tenancy.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * One kind of record in 全局检索 (unified search): each feature answers with its own best matches, found by
 * its own search and so cut by the same sharing filter as its own search page.
 */
public interface SearchSource {

    /** The kind's stable name in the API ({@code plan}, {@code case}, {@code expert}, {@code drill}). */
    String kind();

    /** Where the kind's group stands on the page, lowest first. */
    int order();

    /**
     * Whether the viewer's roles read this kind at all: a kind only the office reads (事件, 报告, 预警) is no group of
     * an expert's answer.
     */
    default boolean readableBy(Viewer viewer) {
        return true;
    }

    /** The {@code size} best matches of the words {@code q} (never blank, length checked) for this viewer. */
    Mono<Group> top(Viewer viewer, String q, int size);

    /** A kind's matches: how many the viewer may read in all, and the best of them. */
    record Group(String kind, long total, List<Hit> hits) {
    }

    /**
     * A match as the results list shows it. {@code status} is the kind's own status code (the page labels it),
     * {@code date} an ISO date or null, {@code snippets} HTML-escaped text with {@code <em>} marks, {@code match}
     * {@link MatchMode#FULL} or {@link MatchMode#PARTIAL}.
     */
    record Hit(String id, String title, @Nullable String tenantName, @Nullable String status, @Nullable String date,
            @Nullable String detail, List<String> snippets, @Nullable String match) {
    }

    /** The first {@code max} highlight fragments, title fragments excluded (the title is shown anyway). */
    static List<String> snippets(Map<String, List<String>> highlights, int max) {
        if (highlights == null) {
            return List.of();
        }
        return highlights.entrySet().stream().filter(e -> !"title".equals(e.getKey()))
                .flatMap(e -> e.getValue() == null ? Stream.empty() : e.getValue().stream())
                .filter(Objects::nonNull).limit(max).toList();
    }
}
