package cn.yingji.search;

import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Viewer;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 全局检索: one box over every kind of record (plans, cases, experts, drills). Each kind answers through its
 * own search, so what comes back is cut by the same sharing rule as that kind's own page.
 */
@RestController
class UnifiedSearchController {

    /** The strictest of the kinds' own limits (the experts' search), so no kind refuses what the box accepts. */
    static final int MAX_QUERY_LENGTH = 100;
    static final int MAX_PER_KIND = 20;

    record Answer(String q, List<SearchSource.Group> groups) {
    }

    private final List<SearchSource> sources;

    UnifiedSearchController(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
    }

    @GetMapping("/api/v1/search")
    Mono<Answer> search(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "5") int size) {
        String words = q == null ? "" : q.strip();
        if (words.isEmpty()) {
            return Mono.error(ApiException.badRequest("search-query-required", "请输入检索词"));
        }
        if (words.length() > MAX_QUERY_LENGTH) {
            return Mono.error(ApiException.badRequest("search-query-too-long",
                    "检索词不能超过 " + MAX_QUERY_LENGTH + " 个字"));
        }
        if (size < 1 || size > MAX_PER_KIND) {
            return Mono.error(ApiException.badRequest("invalid-page",
                    "分页参数无效：每类结果数 size 取 1–" + MAX_PER_KIND));
        }
        // all kinds at once, answered in the page's order whichever comes back first
        return Flux.fromIterable(sources)
                .filter(source -> source.readableBy(viewer))
                .flatMapSequential(source -> source.top(viewer, words, size))
                .collectList()
                .map(groups -> new Answer(words, groups));
    }
}
