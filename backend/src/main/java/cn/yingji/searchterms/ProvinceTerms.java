package cn.yingji.searchterms;

import static cn.yingji.db.Tables.SEARCH_TERM_GROUP;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.yingji.tenancy.Readership;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 省级检索同义词 for searches: for a viewer, each query word's alternatives from the groups of its province
 * ({@code cn.yingji.search.TextQuery}'s extension point). The groups are read as the viewer reads them (row-level
 * security: its own province's groups only, and none for a platform operator) and kept per province and readership
 * for {@link #TTL}, so a search does not ask PostgreSQL each time. A write on this instance drops the kept groups at
 * once; another app instance sees a change after {@link #TTL} at most.
 */
@Component
public class ProvinceTerms {

    /** How long another app instance may search with a province's groups as they were before a change. */
    static final Duration TTL = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ProvinceTerms.class);
    private static final Function<String, List<String>> NONE = word -> List.of();

    private record Kept(Map<String, List<String>> alternatives, long loadedAt) {

        Function<String, List<String>> lookup() {
            return word -> alternatives.getOrDefault(SearchTermRules.key(word), List.of());
        }
    }

    private final TenantTx tx;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Bumped by every write: a load that began before it does not keep what it read. */
    private final AtomicLong generation = new AtomicLong();

    ProvinceTerms(TenantTx tx) {
        this.tx = tx;
    }

    /**
     * The alternatives of each query word for {@code viewer}'s searches. Should PostgreSQL fail, the search goes on
     * without them (the national thesaurus still applies).
     */
    public Mono<Function<String, List<String>>> alternatives(Viewer viewer) {
        String key = viewer.tenant().path().split("\\.", 2)[0] + "/" + Readership.of(viewer.roles()).literal();
        Kept hit = kept.get(key);
        if (hit != null && System.nanoTime() - hit.loadedAt() < TTL.toNanos()) {
            return Mono.just(hit.lookup());
        }
        long before = generation.get();
        return tx.call(viewer, dsl -> dsl.select(SEARCH_TERM_GROUP.TERMS).from(SEARCH_TERM_GROUP)
                        .fetch(r -> List.of(r.value1())))
                .map(groups -> {
                    Kept loaded = new Kept(SearchTermRules.alternatives(groups), System.nanoTime());
                    if (generation.get() == before) {
                        kept.put(key, loaded);
                    }
                    return loaded.lookup();
                })
                .onErrorResume(e -> {
                    log.warn("province search terms unavailable, searching without them: {}", e.toString());
                    return Mono.just(NONE);
                });
    }

    /** After a write (committed): every instance's next search of this one reads the groups afresh. */
    void changed() {
        generation.incrementAndGet();
        kept.clear();
    }
}
