package cn.yingji.drills;

import cn.yingji.search.MatchMode;
import cn.yingji.search.SearchSource;
import cn.yingji.tenancy.Viewer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** 应急演练 in unified search: the drills' full-text search, best matches first. */
@Component
class DrillSearchSource implements SearchSource {

    private final DrillSearch search;

    DrillSearchSource(DrillSearch search) {
        this.search = search;
    }

    @Override
    public String kind() {
        return "drill";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Mono<Group> top(Viewer viewer, String q, int size) {
        return search.search(viewer, new DrillSearch.Query(q, null, null, null, null, null, null, 0, size))
                .map(result -> new Group(kind(), result.total(), result.items().stream()
                        .map(d -> new Hit(d.id(), d.title(), d.tenantName(), d.status(),
                                d.heldOn() != null ? d.heldOn() : d.plannedOn(), d.organizerUnitName(),
                                SearchSource.snippets(d.highlights(), 2), MatchMode.FULL))
                        .toList()));
    }
}
