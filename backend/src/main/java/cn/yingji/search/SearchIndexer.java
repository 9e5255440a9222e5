package cn.yingji.search;

import static cn.yingji.db.Tables.OUTBOX;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.Record3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Drains the outbox into Elasticsearch: rows locked with {@code FOR UPDATE SKIP LOCKED} (several app
 * instances can drain side by side), documents built from PostgreSQL, one bulk request, every item checked,
 * and the outbox rows deleted in the same transaction only when Elasticsearch took them. While
 * Elasticsearch is down nothing is lost: the rows stay and the indexer retries with backoff.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;
    /** {@code mappings._meta} key of an index definition's layout version (see ensureIndex). */
    private static final String LAYOUT = "yingji_version";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper.shared();

    private final IndexerDatabase db;
    private final ElasticsearchClient es;
    private final Map<String, IndexedEntity> entities;
    private final IndexerDatabase.IndexerProperties properties;
    private final Set<String> readyIndices = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread worker;

    SearchIndexer(IndexerDatabase db, ElasticsearchClient es, List<IndexedEntity> entities,
            IndexerDatabase.IndexerProperties properties) {
        this.db = db;
        this.es = es;
        this.entities = entities.stream().collect(Collectors.toMap(IndexedEntity::entity, Function.identity()));
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        worker = Thread.ofVirtual().name("search-indexer").start(this::loop);
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(Duration.ofSeconds(10));
        }
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            try {
                if (drainOnce() == 0) {
                    Thread.sleep(properties.pollMillis());
                }
                backoff = Duration.ofMillis(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | IOException e) {
                log.warn("search indexing failed, retrying in {} ms: {}", backoff.toMillis(), e.toString());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Indexes one batch of outbox rows; returns how many rows it consumed. */
    public int drainOnce() throws IOException {
        try {
            // indices exist before the first search, even when nothing has been written yet
            entities.values().forEach(entity -> ensureIndex(entity, true));
            return db.dsl().transactionResult(cfg -> {
                var tx = cfg.dsl();
                List<Record3<Long, String, UUID>> rows = tx.select(OUTBOX.ID, OUTBOX.ENTITY, OUTBOX.ENTITY_ID)
                        .from(OUTBOX).orderBy(OUTBOX.ID).limit(BATCH).forUpdate().skipLocked().fetch();
                if (rows.isEmpty()) {
                    return 0;
                }
                Map<String, Set<UUID>> byEntity = new LinkedHashMap<>();
                rows.forEach(r -> byEntity.computeIfAbsent(r.value2(), k -> new LinkedHashSet<>()).add(r.value3()));
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                for (var e : byEntity.entrySet()) {
                    IndexedEntity entity = entities.get(e.getKey());
                    if (entity == null) {
                        log.error("outbox rows for unknown entity {} are dropped", e.getKey());
                        continue;
                    }
                    ensureIndex(entity, true);
                    addOperations(bulk, entity, e.getValue(), entity.documents(tx, e.getValue()));
                }
                send(bulk);
                tx.deleteFrom(OUTBOX).where(OUTBOX.ID.in(rows.stream().map(Record3::value1).toList())).execute();
                return rows.size();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Rebuilds an index from PostgreSQL (the reindex command); returns the number of documents sent. */
    public long reindex(String entityName) throws IOException {
        IndexedEntity entity = entities.get(entityName);
        if (entity == null) {
            throw new IllegalArgumentException("unknown searchable entity " + entityName + "; known: " + entities.keySet());
        }
        ensureIndex(entity, false);
        return fill(entity);
    }

    /** Sends every row of the entity to its index (no refreshes meanwhile); returns the number of rows. */
    private long fill(IndexedEntity entity) throws IOException {
        long[] count = {0};
        // no refreshes while the index is rebuilt (bulk loads go several times faster on a small machine);
        // the interval is restored afterwards, to "1s" when none was set (the same interval, always applied)
        String index = entity.index();
        var settings = es.indices().getSettings(g -> g.index(index)).get(index).settings();
        String interval = settings == null || settings.index() == null || settings.index().refreshInterval() == null
                ? "1s" : settings.index().refreshInterval().time();
        es.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        try {
            db.dsl().transaction(cfg -> entity.allIds(cfg.dsl(), BATCH, ids -> {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                addOperations(bulk, entity, ids, entity.documents(cfg.dsl(), ids));
                send(bulk);
                count[0] += ids.size();
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            es.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time(interval))));
        }
        es.indices().refresh(r -> r.index(index));
        return count[0];
    }

    private static void addOperations(BulkRequest.Builder bulk, IndexedEntity entity, Collection<UUID> ids,
            Map<UUID, IndexedEntity.Document> documents) {
        for (UUID id : ids) {
            IndexedEntity.Document doc = documents.get(id);
            if (doc == null) {
                bulk.operations(op -> op.delete(d -> d.index(entity.index()).id(id.toString())));
            } else {
                bulk.operations(op -> op.index(i -> i.index(entity.index()).id(id.toString())
                        .version(doc.version()).versionType(VersionType.ExternalGte).document(doc.source())));
            }
        }
    }

    /** Sends a bulk request and fails unless every item was taken (a stale version or a missing doc is fine). */
    private void send(BulkRequest.Builder bulk) {
        try {
            BulkResponse response = es.bulk(bulk.build());
            if (response.errors()) {
                List<String> failures = new ArrayList<>();
                for (BulkResponseItem item : response.items()) {
                    if (item.error() == null || item.status() == 409 || item.status() == 404) {
                        continue; // a newer version is already there, or the document is already gone
                    }
                    if (item.status() >= 400 && item.status() < 500 && item.status() != 429) {
                        // the document itself is wrong (mapping, size): retrying cannot help and would block
                        // every later change; it is logged, and a reindex restores it once fixed
                        log.error("Elasticsearch rejected document {} of {} for good: {}", item.id(), item.index(),
                                item.error().reason());
                    } else {
                        failures.add(item.id() + ": " + item.error().reason());
                    }
                }
                if (!failures.isEmpty()) {
                    throw new IllegalStateException("Elasticsearch refused " + failures.size() + " documents: "
                            + failures.subList(0, Math.min(3, failures.size())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the entity's index from {@code search/<index>.json} when missing. An existing index of an older
     * layout ({@code mappings._meta.yingji_version}, 1 when absent: analyzers or field types changed, which no
     * mapping update can do) is dropped and created anew, and, when {@code fill}, rebuilt from PostgreSQL right
     * away; one of the same layout gets the fields added since it was created.
     */
    private void ensureIndex(IndexedEntity entity, boolean fill) {
        String index = entity.index();
        if (readyIndices.contains(index)) {
            return;
        }
        try (InputStream json = new ClassPathResource(entity.definition()).getInputStream()) {
            byte[] definition = json.readAllBytes();
            var mappings = MAPPER.readTree(definition).get("mappings");
            int wanted = mappings.path("_meta").path(LAYOUT).asInt(1);
            boolean rebuild = false;
            if (!es.indices().exists(e -> e.index(index)).value()) {
                es.indices().create(c -> c.index(index).withJson(new java.io.ByteArrayInputStream(definition)));
            } else if (layout(index) < wanted) {
                log.warn("search index {} has layout {}, this version needs {}: recreating it{}", index, layout(index),
                        wanted, fill ? " and rebuilding it from PostgreSQL" : "");
                es.indices().delete(d -> d.index(index));
                es.indices().create(c -> c.index(index).withJson(new java.io.ByteArrayInputStream(definition)));
                rebuild = fill;
            } else {
                es.indices().putMapping(m -> m.index(index).withJson(new java.io.StringReader(mappings.toString())));
            }
            readyIndices.add(index);
            if (rebuild) {
                log.info("rebuilt search index {}: {} documents", index, fill(entity));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layout version an existing index was created with. */
    private int layout(String index) throws IOException {
        var mapping = es.indices().getMapping(g -> g.index(index)).mappings().values().iterator().next().mappings();
        co.elastic.clients.json.JsonData version = mapping.meta() == null ? null : mapping.meta().get(LAYOUT);
        return version == null ? 1 : version.to(Integer.class);
    }

    private static final class UncheckedIOException extends RuntimeException {
        UncheckedIOException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
