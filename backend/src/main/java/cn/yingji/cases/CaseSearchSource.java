package cn.yingji.cases;

import cn.yingji.search.SearchSource;
import cn.yingji.tenancy.Viewer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** 典型案例 in unified search: the case library's search (experts: published cases only), best matches first. */
@Component
class CaseSearchSource implements SearchSource {

    private final CaseSearch search;

    CaseSearchSource(CaseSearch search) {
        this.search = search;
    }

    @Override
    public String kind() {
        return "case";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Mono<Group> top(Viewer viewer, String q, int size) {
        return search.search(viewer, new CaseSearch.Query(q, null, null, null, null, 0, size, false))
                .map(result -> new Group(kind(), result.total() + result.others(), result.items().stream()
                        .map(c -> new Hit(c.id(), c.title(), c.tenantName(), c.status(), c.occurredOn(),
                                Stream.of(c.eventType(), c.placeName()).filter(s -> s != null && !s.isBlank())
                                        .collect(Collectors.joining(" · ")),
                                SearchSource.snippets(c.highlights(), 2), c.match()))
                        .toList()));
    }
}
