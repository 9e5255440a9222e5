package cn.yingji.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Readiness component "searchIndex": how many documents Elasticsearch refused (parked in the outbox), since when
 * and why. Parked documents do not make the instance unready (searches and writes work; only those records are
 * stale in search), so the status stays up and the details tell the operator.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator implements ReactiveHealthIndicator {

    private final SearchIndexer indexer;

    SearchIndexHealthIndicator(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public Mono<Health> health() {
        SearchIndexer.ParkedDocuments parked = indexer.parked();
        Health.Builder health = Health.up().withDetail("parkedDocuments", parked.count());
        if (parked.count() > 0) {
            health.withDetail("oldestParkedAt", parked.oldest().toString()).withDetail("lastError", parked.lastError());
        }
        return Mono.just(health.build());
    }
}
