package cn.yingji.events;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yingji.platform.China;
import cn.yingji.search.MatchMode;
import cn.yingji.search.RecordSearch;
import cn.yingji.search.RecordSearchSource;
import cn.yingji.search.TextQuery;

/**
 * 事件 in unified search: the events the viewer reads (the sharing rule and the role rule, as the events' own list),
 * every word in the title, summary, address or 总结评估, best matches first.
 */
@Component
class EventSearchSource extends RecordSearchSource {

    EventSearchSource(RecordSearch search, EventDocuments documents) {
        super(search, new RecordSearch.Kind(documents.index(), Events.ENTITY,
                List.of(new TextQuery.Field("title", 3f), new TextQuery.Field("summary"), new TextQuery.Field("address"),
                        new TextQuery.Field("evaluation")),
                List.of("summary", "address", "evaluation"),
                found -> {
                    String occurred = found.text("occurred_at");
                    return new Hit(found.id(), found.text("title"), found.text("tenant_name"), found.text("status"),
                            occurred == null ? null : China.dateOf(occurred),
                            Severity.of(found.text("severity")).label() + "·" + found.text("event_type"),
                            found.snippets(), MatchMode.FULL);
                }), 50);
    }
}
