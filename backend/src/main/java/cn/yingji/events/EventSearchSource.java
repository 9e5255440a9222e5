package cn.yingji.events;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yingji.platform.China;
import cn.yingji.search.MatchMode;
import cn.yingji.search.RecordSearch;
import cn.yingji.search.SearchSource;
import cn.yingji.search.TextQuery;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 事件 in unified search: the events the viewer reads (the sharing rule and the role rule, as the events' own list),
 * every word in the title, summary, address or 总结评估, best matches first.
 */
@Component
class EventSearchSource implements SearchSource {

    private final RecordSearch search;
    private final RecordSearch.Kind kind;

    EventSearchSource(RecordSearch search, EventDocuments documents) {
        this.search = search;
        this.kind = new RecordSearch.Kind(documents.index(), Events.ENTITY,
                List.of(new TextQuery.Field("title", 3f), new TextQuery.Field("summary"), new TextQuery.Field("address"),
                        new TextQuery.Field("evaluation")),
                List.of("summary", "address", "evaluation"),
                found -> {
                    String occurred = found.text("occurred_at");
                    return new Hit(found.id(), found.text("title"), found.text("tenant_name"), found.text("status"),
                            occurred == null ? null : China.dateOf(occurred),
                            Severity.of(found.text("severity")).label() + "·" + found.text("event_type"),
                            found.snippets(), MatchMode.FULL);
                });
    }

    @Override
    public String kind() {
        return Events.ENTITY;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean readableBy(Viewer viewer) {
        return RecordSearch.officeReads(viewer);
    }

    @Override
    public Mono<Group> top(Viewer viewer, String q, int size) {
        return search.top(viewer, kind, q, size);
    }
}
