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
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import cn.yingji.db.enums.OutboxStage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Drains the outbox into Elasticsearch: rows locked with {@code FOR UPDATE SKIP LOCKED} (several app
 * instances can drain side by side), documents built from PostgreSQL, bulk requests capped in bytes, every item
 * checked, and the outbox rows deleted in the same transaction only when Elasticsearch took them. While
 * Elasticsearch is down nothing is lost: the rows stay and the indexer retries with backoff. A document
 * Elasticsearch refuses (too large, a mapping error) is parked with its error and retried later, so it never
 * holds up the others.
 *
 * <p>Sentence vectors (句向量) follow the words: a round computes the vectors of the new texts it sends when they are
 * few and no vectors are waiting; under a burst it sends its documents by their words at once (a changed text keeps
 * its previous vector meanwhile) and leaves one outbox row per record in the {@link OutboxStage#vector} stage, which a
 * second loop drains as fast as the model allows, re-sending those documents with their vectors (docs/search.md).
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;
    /**
     * A round computes at most this many new vectors itself (a few tens of milliseconds each): one user's edit is
     * found by meaning the moment it is found by its words; a burst goes to the vector stage.
     */
    static final int INLINE_VECTORS = 8;
    /** Records per round of the vector stage: a few hundred milliseconds of the model, so searches' own vectors interleave. */
    private static final int VECTOR_BATCH = 16;
    private static final Duration VECTOR_POLL = Duration.ofSeconds(1);
    /** Writes are flowing while a document round found rows this recently: the vector stage then takes its share only. */
    private static final Duration WRITES_FLOWING = Duration.ofSeconds(2);
    private static final Field<OutboxStage> STAGE_DOCUMENT = DSL.inline(OutboxStage.document);
    private static final Field<OutboxStage> STAGE_VECTOR = DSL.inline(OutboxStage.vector);
    /** {@code mappings._meta} key of an index definition's layout version (see ensureIndex). */
    private static final String LAYOUT = "yingji_version";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** How often an idle indexer recounts the parked rows (other instances park too). */
    private static final Duration PARKED_RECOUNT = Duration.ofSeconds(10);
    private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper.shared();

    private final IndexerDatabase db;
    private final ElasticsearchClient es;
    private final Map<String, IndexedEntity> entities;
    private final DocumentVectors vectors;
    private final IndexerDatabase.IndexerProperties properties;
    private final Set<String> readyIndices = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Counter parkedCounter;
    private volatile ParkedDocuments parked = new ParkedDocuments(0, null, null);
    private volatile long parkedCountedAt = System.nanoTime() - PARKED_RECOUNT.toNanos();
    private volatile boolean running;
    private volatile long documentsAt = System.nanoTime() - WRITES_FLOWING.toNanos();
    private Thread worker;
    private Thread vectorWorker;

    SearchIndexer(IndexerDatabase db, ElasticsearchClient es, List<IndexedEntity> entities, DocumentVectors vectors,
            IndexerDatabase.IndexerProperties properties, MeterRegistry meters) {
        this.db = db;
        this.vectors = vectors;
        this.es = es;
        this.entities = entities.stream().collect(Collectors.toMap(IndexedEntity::entity, Function.identity()));
        this.properties = properties;
        this.parkedCounter = Counter.builder("yingji.search.documents.parked")
                .description("search documents Elasticsearch refused (parked in the outbox, retried later)")
                .register(meters);
        Gauge.builder("yingji.search.outbox.parked", this, indexer -> indexer.parked.count())
                .description("outbox rows parked because Elasticsearch refused their document").register(meters);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        // platform threads: a virtual thread that loads a class from the nested jar holds the jar's lock, and when
        // it yields with it while the two carriers of a 2-core machine are pinned by virtual threads loading classes
        // behind that lock, nothing runs again (seen at start-up: the readiness probe never answered)
        worker = Thread.ofPlatform().daemon().name("search-indexer")
                .start(() -> loop(this::drainOnce, () -> 1, Duration.ofMillis(properties.pollMillis())));
        // vectors are not waited for: an idle vector stage looks less often; while writes flow it takes its share
        // of the time only, once they stop (a burst is over, a seeded database is indexed) all of it
        vectorWorker = Thread.ofPlatform().daemon().name("search-vectors").start(() -> loop(this::drainVectorsOnce,
                () -> System.nanoTime() - documentsAt < WRITES_FLOWING.toNanos() ? properties.vectorShare() : 1,
                VECTOR_POLL));
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : new Thread[] {worker, vectorWorker}) {
            if (thread != null) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(10));
            }
        }
    }

    /** One round of a stage: how many outbox rows it consumed. */
    @FunctionalInterface
    private interface Round {
        int run() throws IOException;
    }

    /**
     * Runs rounds while there is work, pausing after each so they take at most {@code share} of the time, and
     * looks again after {@code idle} when there was none.
     */
    private void loop(Round round, DoubleSupplier share, Duration idle) {
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            try {
                long start = System.nanoTime();
                if (round.run() == 0) {
                    Thread.sleep(idle);
                } else {
                    double part = share.getAsDouble();
                    if (part < 1) {
                        Thread.sleep(Duration.ofNanos((long) ((System.nanoTime() - start) * (1 - part) / part)));
                    }
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

    /** Indexes one batch of outbox rows; returns how many rows it consumed (sent or parked). */
    public int drainOnce() throws IOException {
        try {
            // indices exist before the first search, even when nothing has been written yet
            entities.values().forEach(entity -> ensureIndex(entity, true));
            return db.dsl().transactionResult(cfg -> {
                var tx = cfg.dsl();
                // rows of entities this instance does not know (an older instance during a rolling update) stay
                // for one that does; parked rows wait until their retry is due
                var rows = due(tx, STAGE_DOCUMENT, BATCH);
                if (rows.isEmpty()) {
                    countParked(tx, false);
                    return 0;
                }
                documentsAt = System.nanoTime();
                Map<Target, List<Record4<Long, String, UUID, Integer>>> byTarget = byTarget(rows);
                Set<Target> vectorsLater = new LinkedHashSet<>();
                List<Operation<Target>> operations = new ArrayList<>();
                for (var e : byEntity(byTarget.keySet()).entrySet()) {
                    IndexedEntity entity = entities.get(e.getKey());
                    Map<UUID, IndexedEntity.Document> documents = entity.documents(tx, e.getValue());
                    Set<UUID> missing = vectors.reuse(entity.index(), documents);
                    if (!missing.isEmpty() && (missing.size() > INLINE_VECTORS || vectorsWaiting(tx))) {
                        missing.forEach(id -> vectorsLater.add(new Target(entity.entity(), id)));
                    } else {
                        vectors.compute(documents, missing);
                    }
                    operations.addAll(operations(entity, e.getValue(), documents, id -> new Target(entity.entity(), id)));
                }
                settle(tx, byTarget, send(operations), vectorsLater);
                return rows.size();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * One round of the vector stage: the documents of records sent without their vectors are built again from
     * PostgreSQL (the current version: an older one Elasticsearch already holds a newer one of is ignored) and
     * sent with their vectors; returns how many rows it consumed.
     */
    public int drainVectorsOnce() throws IOException {
        try {
            return db.dsl().transactionResult(cfg -> {
                var tx = cfg.dsl();
                var rows = due(tx, STAGE_VECTOR, VECTOR_BATCH);
                if (rows.isEmpty()) {
                    return 0;
                }
                Map<Target, List<Record4<Long, String, UUID, Integer>>> byTarget = byTarget(rows);
                List<Operation<Target>> operations = new ArrayList<>();
                for (var e : byEntity(byTarget.keySet()).entrySet()) {
                    IndexedEntity entity = entities.get(e.getKey());
                    operations.addAll(operations(entity, e.getValue(), documents(entity, tx, e.getValue()),
                            id -> new Target(entity.entity(), id)));
                }
                settle(tx, byTarget, send(operations), Set.of());
                return rows.size();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * After a round's bulk request, in its transaction: a refused record's rows are parked with its error; a record
     * sent without its vector ({@code vectorsLater}) is searchable by its words, and one of its rows stays for the
     * vector stage; every other row is done.
     */
    private void settle(DSLContext tx, Map<Target, List<Record4<Long, String, UUID, Integer>>> byTarget,
            Map<Target, String> refused, Set<Target> vectorsLater) {
        List<Long> done = new ArrayList<>();
        List<Long> toVectorStage = new ArrayList<>();
        byTarget.forEach((target, targetRows) -> {
            String error = refused.get(target);
            if (error != null) {
                park(tx, target, targetRows, error);
            } else if (vectorsLater.contains(target)) {
                toVectorStage.add(targetRows.getFirst().value1());
                targetRows.subList(1, targetRows.size()).forEach(r -> done.add(r.value1()));
            } else {
                targetRows.forEach(r -> done.add(r.value1()));
            }
        });
        tx.deleteFrom(OUTBOX).where(OUTBOX.ID.in(done)).execute();
        if (!toVectorStage.isEmpty()) {
            tx.update(OUTBOX).set(OUTBOX.STAGE, OutboxStage.vector).set(OUTBOX.ATTEMPTS, 0)
                    .setNull(OUTBOX.LAST_ERROR).setNull(OUTBOX.PARKED_AT).setNull(OUTBOX.RETRY_AT)
                    .where(OUTBOX.ID.in(toVectorStage)).execute();
        }
        countParked(tx, !refused.isEmpty());
    }

    /**
     * The stage's rows due now, locked ({@code SKIP LOCKED}: other instances take others); rows of entities this
     * instance does not know (an older instance during a rolling update) stay for one that does, parked rows wait
     * until their retry is due.
     */
    private org.jooq.Result<Record4<Long, String, UUID, Integer>> due(DSLContext tx, Field<OutboxStage> stage,
            int limit) {
        return tx.select(OUTBOX.ID, OUTBOX.ENTITY, OUTBOX.ENTITY_ID, OUTBOX.ATTEMPTS).from(OUTBOX)
                .where(OUTBOX.STAGE.eq(stage)).and(OUTBOX.ENTITY.in(entities.keySet()))
                .and(OUTBOX.RETRY_AT.isNull().or(OUTBOX.RETRY_AT.le(DSL.currentOffsetDateTime())))
                .orderBy(OUTBOX.ID).limit(limit).forUpdate().skipLocked().fetch();
    }

    /** Whether vectors are waiting in their stage already (then a round adds its own to them, behind). */
    private boolean vectorsWaiting(DSLContext tx) {
        return tx.fetchExists(tx.selectOne().from(OUTBOX).where(OUTBOX.STAGE.eq(STAGE_VECTOR))
                .and(OUTBOX.ENTITY.in(entities.keySet())));
    }

    private static Map<Target, List<Record4<Long, String, UUID, Integer>>> byTarget(
            List<Record4<Long, String, UUID, Integer>> rows) {
        Map<Target, List<Record4<Long, String, UUID, Integer>>> byTarget = new LinkedHashMap<>();
        rows.forEach(r -> byTarget.computeIfAbsent(new Target(r.value2(), r.value3()), k -> new ArrayList<>()).add(r));
        return byTarget;
    }

    private static Map<String, Set<UUID>> byEntity(Collection<Target> targets) {
        Map<String, Set<UUID>> byEntity = new LinkedHashMap<>();
        targets.forEach(t -> byEntity.computeIfAbsent(t.entity(), k -> new LinkedHashSet<>()).add(t.id()));
        return byEntity;
    }

    /** The parked outbox rows (Elasticsearch refused their documents), for metrics and the readiness details. */
    ParkedDocuments parked() {
        return parked;
    }

    /** How many documents are parked, since when, and the latest refusal (null when none is parked). */
    record ParkedDocuments(long count, OffsetDateTime oldest, String lastError) {
    }

    /** Recounts the parked rows now and then (other instances park too), or right away after parking. */
    private void countParked(DSLContext tx, boolean now) {
        if (!now && System.nanoTime() - parkedCountedAt < PARKED_RECOUNT.toNanos()) {
            return;
        }
        var oldest = tx.select(DSL.count(), DSL.min(OUTBOX.PARKED_AT)).from(OUTBOX).where(OUTBOX.PARKED_AT.isNotNull())
                .fetchSingle();
        String lastError = tx.select(OUTBOX.LAST_ERROR).from(OUTBOX).where(OUTBOX.PARKED_AT.isNotNull())
                .orderBy(OUTBOX.RETRY_AT.desc()).limit(1).fetchOne(OUTBOX.LAST_ERROR);
        parked = new ParkedDocuments(oldest.value1(), oldest.value2(), lastError);
        parkedCountedAt = System.nanoTime();
    }

    /** Keeps a refused document's outbox rows with the error; they are tried again later, ever less often. */
    private void park(DSLContext tx, Target target, List<Record4<Long, String, UUID, Integer>> rows, String error) {
        int attempts = rows.stream().mapToInt(Record4::value4).max().orElse(0) + 1;
        Duration delay = BulkChunks.retryDelay(attempts, properties.parkedRetry(), properties.parkedRetryMax());
        log.warn("search document {} {} parked (attempt {}, next in {}): {}", target.entity(), target.id(), attempts,
                delay, error);
        parkedCounter.increment();
        tx.update(OUTBOX).set(OUTBOX.ATTEMPTS, attempts).set(OUTBOX.LAST_ERROR, error)
                .set(OUTBOX.PARKED_AT, DSL.coalesce(OUTBOX.PARKED_AT, DSL.currentOffsetDateTime()))
                .set(OUTBOX.RETRY_AT, DSL.field("now() + {0}::interval", OffsetDateTime.class,
                        DSL.val(delay.toMillis() + " milliseconds")))
                .where(OUTBOX.ID.in(rows.stream().map(Record4::value1).toList())).execute();
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
                // a rebuild has no outbox rows to park: a refused document is logged, the next change re-queues it
                send(operations(entity, ids, documents(entity, cfg.dsl(), ids), id -> id)).forEach((id, error) ->
                        log.error("Elasticsearch refused document {} of {}: {}", id, index, error));
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

    /** The current documents of these rows, with all their sentence vectors (computed here, off the request path). */
    private Map<UUID, IndexedEntity.Document> documents(IndexedEntity entity, DSLContext tx, Collection<UUID> ids) {
        Map<UUID, IndexedEntity.Document> documents = entity.documents(tx, ids);
        try {
            vectors.add(entity.index(), documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** The outbox entry a bulk operation stands for. */
    private record Target(String entity, UUID id) {
    }

    /** One bulk operation, the record it stands for and its size on the wire. */
    private record Operation<K>(K key, BulkOperation operation, long bytes) {
    }

    /** Index operations (with the document serialised once, to know its size) or deletes for rows now gone. */
    private <K> List<Operation<K>> operations(IndexedEntity entity, Collection<UUID> ids,
            Map<UUID, IndexedEntity.Document> documents, Function<UUID, K> key) {
        List<Operation<K>> operations = new ArrayList<>();
        for (UUID id : ids) {
            IndexedEntity.Document doc = documents.get(id);
            if (doc == null) {
                operations.add(new Operation<>(key.apply(id),
                        BulkOperation.of(op -> op.delete(d -> d.index(entity.index()).id(id.toString()))), 100));
            } else {
                byte[] json = json(doc.source());
                operations.add(new Operation<>(key.apply(id), BulkOperation.of(op -> op.index(i -> i.index(entity.index())
                        .id(id.toString()).version(doc.version()).versionType(VersionType.ExternalGte)
                        .document(BinaryData.of(json, ContentType.APPLICATION_JSON)))), json.length + 200));
            }
        }
        return operations;
    }

    private byte[] json(Map<String, Object> source) {
        JsonpMapper mapper = es._jsonpMapper();
        var out = new java.io.ByteArrayOutputStream();
        try (var generator = mapper.jsonProvider().createGenerator(out)) {
            mapper.serialize(source, generator);
        }
        return out.toByteArray();
    }

    /**
     * Sends the operations in bulk requests of at most {@code maxBulkSize} bytes and returns the ones Elasticsearch
     * refused for good, with the reason (a stale version or a document already gone counts as taken). A document
     * past {@code maxDocumentSize} is refused without being sent. Throws while Elasticsearch cannot be reached.
     */
    private <K> Map<K, String> send(List<Operation<K>> operations) {
        Map<K, String> refused = new LinkedHashMap<>();
        List<Operation<K>> sendable = new ArrayList<>();
        long maxDocument = properties.maxDocumentSize().toBytes();
        for (Operation<K> op : operations) {
            if (op.bytes() > maxDocument) {
                refused.put(op.key(), "document of " + op.bytes() + " bytes exceeds yingji.indexer.max-document-size ("
                        + maxDocument + " bytes)");
            } else {
                sendable.add(op);
            }
        }
        for (List<Operation<K>> chunk : BulkChunks.split(sendable, Operation::bytes, properties.maxBulkSize().toBytes())) {
            sendIsolating(chunk, refused);
        }
        return refused;
    }

    /**
     * One bulk request, checked item by item. When Elasticsearch refuses the request as a whole (too large, not
     * parseable), the halves are sent apart until the one document at fault is found: it alone is refused.
     */
    private <K> void sendIsolating(List<Operation<K>> chunk, Map<K, String> refused) {
        BulkResponse response;
        try {
            response = es.bulk(b -> b.operations(chunk.stream().map(Operation::operation).toList()));
        } catch (TransportException | ElasticsearchException e) {
            int status = e instanceof TransportException t ? t.statusCode() : ((ElasticsearchException) e).status();
            if (status < 400 || status >= 500 || status == 429) {
                throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
            }
            if (chunk.size() == 1) {
                refused.put(chunk.get(0).key(), "bulk request refused with HTTP " + status + ": " + e.getMessage());
                return;
            }
            sendIsolating(chunk.subList(0, chunk.size() / 2), refused);
            sendIsolating(chunk.subList(chunk.size() / 2, chunk.size()), refused);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!response.errors()) {
            return;
        }
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() != null && item.status() != 409 && item.status() != 404) {
                // the document itself is wrong (mapping, size) or the shard is busy: either way this one waits,
                // the others go on
                refused.put(chunk.get(i).key(), "HTTP " + item.status() + " " + item.error().type() + ": "
                        + item.error().reason());
            }
        }
    }

    /**
     * Creates the entity's index from {@code search/<index>.json} when missing. An existing index of an older
     * layout ({@code mappings._meta.yingji_version}, 1 when absent: analyzers or field types changed, which no
     * mapping update can do) is dropped and created anew, and, when {@code fill}, rebuilt from PostgreSQL right
     * away; one of the same layout gets the fields added since it was created and the definition's dynamic settings.
     */
    private void ensureIndex(IndexedEntity entity, boolean fill) {
        String index = entity.index();
        if (readyIndices.contains(index)) {
            return;
        }
        try (InputStream json = new ClassPathResource(entity.definition()).getInputStream()) {
            byte[] definition = json.readAllBytes();
            var parsed = MAPPER.readTree(definition);
            var mappings = parsed.get("mappings");
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
                putDynamicSettings(index, parsed.get("settings"));
            }
            readyIndices.add(index);
            if (rebuild) {
                log.info("rebuilt search index {}: {} documents", index, fill(entity));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives an existing index the definition's settings a live index can take (replicas, refresh: {@link
     * DynamicIndexSettings}), e.g. one replica on a cluster for an index created with none.
     */
    private void putDynamicSettings(String index, tools.jackson.databind.JsonNode settings) throws IOException {
        var dynamic = DynamicIndexSettings.of(settings);
        if (!dynamic.isEmpty()) {
            es.indices().putSettings(p -> p.index(index).withJson(new java.io.StringReader(MAPPER.writeValueAsString(dynamic))));
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
