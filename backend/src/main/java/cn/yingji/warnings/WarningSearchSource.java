package cn.yingji.warnings;

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
 * 预警信息 in unified search: the office's own warnings (drafts too) and those published by the tiers above and
 * below it, every word in the headline, description, instruction or area.
 */
@Component
class WarningSearchSource implements SearchSource {

    private final RecordSearch search;
    private final RecordSearch.Kind kind;

    WarningSearchSource(RecordSearch search, WarningDocuments documents) {
        this.search = search;
        this.kind = new RecordSearch.Kind(documents.index(), Warnings.ENTITY,
                List.of(new TextQuery.Field("headline", 3f), new TextQuery.Field("hazard", 2f),
                        new TextQuery.Field("description"), new TextQuery.Field("instruction"),
                        new TextQuery.Field("area_desc")),
                List.of("description", "instruction", "area_desc"),
                found -> new Hit(found.id(), found.text("headline"), found.text("tenant_name"), found.text("status"),
                        China.dateOf(found.text("onset")),
                        found.text("hazard") + WarningLevel.of(found.text("level")).label() + "预警",
                        found.snippets(), MatchMode.FULL));
    }

    @Override
    public String kind() {
        return Warnings.ENTITY;
    }

    @Override
    public int order() {
        return 70;
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
