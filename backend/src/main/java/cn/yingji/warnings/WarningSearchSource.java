package cn.yingji.warnings;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yingji.platform.China;
import cn.yingji.search.MatchMode;
import cn.yingji.search.RecordSearch;
import cn.yingji.search.RecordSearchSource;
import cn.yingji.search.TextQuery;

/**
 * 预警信息 in unified search: the office's own warnings (drafts too) and those published by the tiers above and
 * below it, every word in the headline, description, instruction or area.
 */
@Component
class WarningSearchSource extends RecordSearchSource {

    WarningSearchSource(RecordSearch search, WarningDocuments documents) {
        super(search, new RecordSearch.Kind(documents.index(), Warnings.ENTITY,
                List.of(new TextQuery.Field("headline", 3f), new TextQuery.Field("hazard", 2f),
                        new TextQuery.Field("description"), new TextQuery.Field("instruction"),
                        new TextQuery.Field("area_desc")),
                List.of("description", "instruction", "area_desc"),
                found -> new Hit(found.id(), found.text("headline"), found.text("tenant_name"), found.text("status"),
                        China.dateOf(found.text("onset")),
                        found.text("hazard") + WarningLevel.of(found.text("level")).label() + "预警",
                        found.snippets(), MatchMode.FULL)), 70);
    }
}
