package cn.yingji.events;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yingji.platform.China;
import cn.yingji.search.MatchMode;
import cn.yingji.search.RecordSearch;
import cn.yingji.search.RecordSearchSource;
import cn.yingji.search.TextQuery;

/**
 * 信息报告 in unified search: the reports the viewer reads (its office's and those of the tiers below), every word in
 * the content or the event's title; a hit reads 「潍城区续报一：于河街道储罐泄漏」.
 */
@Component
class ReportSearchSource extends RecordSearchSource {

    ReportSearchSource(RecordSearch search, ReportDocuments documents) {
        super(search, new RecordSearch.Kind(documents.index(), Reports.ENTITY,
                List.of(new TextQuery.Field("event_title", 2f), new TextQuery.Field("content")), List.of("content"),
                found -> new Hit(found.id(), found.text("tenant_name") + found.text("title") + "：" + found.text("event_title"),
                        found.text("tenant_name"), null, China.dateOf(found.text("reported_at")),
                        ReportChannel.of(found.text("channel")).label() + ("true".equals(found.text("late")) ? "·迟报" : ""),
                        found.snippets(), MatchMode.FULL)), 60);
    }
}
