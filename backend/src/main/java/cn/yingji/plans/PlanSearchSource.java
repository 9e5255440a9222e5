package cn.yingji.plans;

import cn.yingji.search.SearchSource;
import cn.yingji.tenancy.Viewer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** 应急预案 in unified search: the 预案管理 search, best matches first. */
@Component
class PlanSearchSource implements SearchSource {

    private final PlanSearch search;

    PlanSearchSource(PlanSearch search) {
        this.search = search;
    }

    @Override
    public String kind() {
        return "plan";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Mono<Group> top(Viewer viewer, String q, int size) {
        return search.search(viewer, new PlanSearch.Query(q, null, null, null, null, null, null, "relevance", 0, size, false))
                .map(result -> new Group(kind(), result.total() + result.others(), result.items().stream()
                        .map(p -> new Hit(p.id(), p.title(), p.tenantName(), p.status(), p.issuedOn(), p.docNumber(),
                                SearchSource.snippets(p.highlights(), 2), p.match()))
                        .toList()));
    }
}
