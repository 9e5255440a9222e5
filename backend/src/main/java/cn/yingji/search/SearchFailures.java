package cn.yingji.search;

import java.io.IOException;

import org.springframework.http.HttpStatus;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import cn.yingji.platform.ApiException;
import reactor.core.publisher.Mono;

/** How every search meets Elasticsearch's failures: the one rule, used by each feature's search. */
public final class SearchFailures {

    private SearchFailures() {
    }

    /**
     * Before the indexer's first round there is no index: nothing is searchable yet, so the answer is
     * {@code empty}. While Elasticsearch is unreachable: 503 {@code search-unavailable} (writes keep working).
     */
    public static <T> Mono<T> guarded(Mono<T> search, T empty) {
        return search
                .onErrorResume(ElasticsearchException.class, e -> "index_not_found_exception".equals(e.error().type())
                        ? Mono.just(empty) : Mono.error(e))
                .onErrorMap(IOException.class, e -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                        "search-unavailable", "检索服务暂不可用，请稍后重试"));
    }
}
