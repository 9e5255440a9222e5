package cn.yingji.experts;

import cn.yingji.search.SearchSource;
import cn.yingji.tenancy.Viewer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** 专家库 in unified search: the experts' search (never their contact details), best matches first. */
@Component
class ExpertSearchSource implements SearchSource {

    private final ExpertSearch search;

    ExpertSearchSource(ExpertSearch search) {
        this.search = search;
    }

    @Override
    public String kind() {
        return "expert";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Mono<Group> top(Viewer viewer, String q, int size) {
        return search.search(viewer, new ExpertSearch.Query(q, null, null, null, null, null, null, 0, size, false))
                .map(result -> new Group(kind(), result.total() + result.others(), result.items().stream()
                        .map(e -> new Hit(e.id(), e.name(), e.tenantName(), e.availability(), null,
                                detail(e.organization(), e.title(), e.levelLabel()), java.util.List.of(), e.match()))
                        .toList()));
    }

    private static String detail(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }
}
