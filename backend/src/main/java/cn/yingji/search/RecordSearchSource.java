package cn.yingji.search;

import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * A kind of record in 全局检索 found through {@link RecordSearch} and read by the office alone (事件, 报告, 预警): a
 * feature declares its kind and place on the page, nothing more.
 */
public abstract class RecordSearchSource implements SearchSource {

    private final RecordSearch search;
    private final RecordSearch.Kind kind;
    private final int order;

    protected RecordSearchSource(RecordSearch search, RecordSearch.Kind kind, int order) {
        this.search = search;
        this.kind = kind;
        this.order = order;
    }

    @Override
    public final String kind() {
        return kind.entity();
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final boolean readableBy(Viewer viewer) {
        return RecordSearch.officeReads(viewer);
    }

    @Override
    public final Mono<Group> top(Viewer viewer, String q, int size) {
        return search.top(viewer, kind, q, size);
    }
}
