package cn.yingji.cases;

import static cn.yingji.db.Tables.CASE_SAVED_SEARCH;

import java.util.List;
import java.util.UUID;

import org.jooq.JSONB;
import org.springframework.stereotype.Component;

import cn.yingji.cases.CaseViews.SavedSearch;
import cn.yingji.cases.CaseViews.SavedSearchRequest;
import cn.yingji.cases.CaseViews.SearchParams;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * 保存的检索: a user's named case searches. Row-level security keeps them inside the user's tenant; within it
 * each user reads and deletes only their own (the token's username).
 */
@Component
class SavedSearches {

    /** Enough for any expert's working set, and a bound on what one user stores. */
    static final int MAX_PER_USER = 50;

    private final TenantTx tx;
    private final JsonMapper json;

    SavedSearches(TenantTx tx, JsonMapper json) {
        this.tx = tx;
        this.json = json;
    }

    Mono<List<SavedSearch>> list(Viewer viewer) {
        return tx.call(viewer, dsl -> dsl.selectFrom(CASE_SAVED_SEARCH)
                .where(CASE_SAVED_SEARCH.USERNAME.eq(viewer.username()))
                .orderBy(CASE_SAVED_SEARCH.CREATED_AT.desc())
                .fetch(r -> new SavedSearch(r.getId(), r.getName(), params(r.getQuery()), r.getCreatedAt())));
    }

    Mono<SavedSearch> create(Viewer viewer, SavedSearchRequest request) {
        SearchParams query = request.query();
        CaseQueries.searchText(query.q());
        String name = request.name().strip();
        return tx.call(viewer, dsl -> {
            if (dsl.fetchCount(CASE_SAVED_SEARCH, CASE_SAVED_SEARCH.USERNAME.eq(viewer.username())) >= MAX_PER_USER) {
                throw ApiException.conflict("saved-search-limit", "最多保存 " + MAX_PER_USER + " 个检索，请先删除不用的");
            }
            if (dsl.fetchExists(CASE_SAVED_SEARCH, CASE_SAVED_SEARCH.USERNAME.eq(viewer.username())
                    .and(CASE_SAVED_SEARCH.NAME.eq(name)))) {
                throw ApiException.conflict("saved-search-exists", "已有名为「" + name + "」的检索");
            }
            var row = dsl.insertInto(CASE_SAVED_SEARCH)
                    .set(CASE_SAVED_SEARCH.USERNAME, viewer.username())
                    .set(CASE_SAVED_SEARCH.NAME, name)
                    .set(CASE_SAVED_SEARCH.QUERY, JSONB.valueOf(json.writeValueAsString(query)))
                    .returning().fetchSingle();
            return new SavedSearch(row.getId(), row.getName(), query, row.getCreatedAt());
        });
    }

    Mono<Void> delete(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> dsl.deleteFrom(CASE_SAVED_SEARCH).where(CASE_SAVED_SEARCH.ID.eq(id))
                .and(CASE_SAVED_SEARCH.USERNAME.eq(viewer.username())).execute())
                .flatMap(deleted -> deleted == 0 ? Mono.error(ApiException.notFound("saved-search-not-found",
                        "未找到保存的检索 " + id)) : Mono.empty());
    }

    private SearchParams params(JSONB stored) {
        return json.readValue(stored.data(), SearchParams.class);
    }
}
