package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.TestServices;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document Elasticsearch cannot take — larger than the per-document limit, or refused for a mapping error —
 * is parked with its error, counted, and retried later; the documents around it are indexed in the same round.
 * The test drives its own indexer over an entity of its own ({@code probe-…}), with tiny limits, against the real
 * PostgreSQL outbox and the real Elasticsearch; the application's indexer leaves rows of entities it does not know.
 */
class SearchIndexerIntegrationTest extends ApiIntegrationTest {

    @Autowired
    IndexerDatabase db;
    @Autowired
    ElasticsearchClient es;
    @Autowired
    SearchIndices indices;
    @Autowired
    IndexerDatabase.IndexerProperties appProperties;
    @Autowired
    DocumentVectors vectors;

    static final HttpClient HTTP = HttpClient.newHttpClient();

    final Probe probe = new Probe("probe-" + UUID.randomUUID().toString().substring(0, 8));

    @AfterEach
    void cleanUp() throws Exception {
        try (Connection c = TestServices.ownerConnection(); var st = c.prepareStatement("delete from outbox where entity = ?")) {
            st.setString(1, probe.entity());
            st.executeUpdate();
        }
        es.indices().delete(d -> d.index(probe.index()).ignoreUnavailable(true));
    }

    @Test
    void anOversizedDocumentAndARejectedOneAreParkedWhileTheOthersAreIndexed() throws Exception {
        var meters = new SimpleMeterRegistry();
        var properties = new IndexerDatabase.IndexerProperties(appProperties.url(), appProperties.username(),
                appProperties.password(), false, 300, DataSize.ofKilobytes(3), DataSize.ofKilobytes(8),
                Duration.ofMinutes(5), Duration.ofHours(1), 0.5);
        SearchIndexer indexer = new SearchIndexer(db, es, List.of(probe), vectors, properties, meters);

        Map<UUID, String> fine = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            UUID id = UUID.randomUUID();
            fine.put(id, "正常文档" + i + " " + "应急".repeat(300)); // about 1.8 KB each: several bulks of at most 3 KB
            probe.put(id, Map.of("count", i, "text", fine.get(id)));
        }
        UUID oversized = UUID.randomUUID();
        probe.put(oversized, Map.of("count", 1, "text", "超大".repeat(3000))); // about 18 KB, past the 8 KB limit
        UUID rejected = UUID.randomUUID();
        probe.put(rejected, Map.of("count", "不是数字", "text", "映射错误")); // Elasticsearch: not an integer
        queue(fine.keySet());
        queue(List.of(oversized, rejected));

        drain(indexer);

        es.indices().refresh(r -> r.index(probe.index()));
        assertThat(indexedIds()).containsExactlyInAnyOrderElementsOf(fine.keySet());
        Map<UUID, String> errors = parkedErrors();
        assertThat(errors).containsOnlyKeys(oversized, rejected);
        assertThat(errors.get(oversized)).contains("max-document-size");
        assertThat(errors.get(rejected)).contains("HTTP 400").containsIgnoringCase("parsing");
        assertThat(meters.counter("yingji.search.documents.parked").count()).isEqualTo(2);
        assertThat(meters.get("yingji.search.outbox.parked").gauge().value()).isGreaterThanOrEqualTo(2);
        var health = new SearchIndexHealthIndicator(indexer).health().block();
        assertThat(health.getStatus().getCode()).isEqualTo("UP");
        assertThat((Long) health.getDetails().get("parkedDocuments")).isGreaterThanOrEqualTo(2);

        // parked rows wait for their retry: another round does not send them again
        assertThat(indexer.drainOnce()).isZero();

        // the documents are mended and their retry falls due: both are indexed, the outbox is empty
        probe.put(oversized, Map.of("count", 1, "text", "改小了"));
        probe.put(rejected, Map.of("count", 2, "text", "映射正确"));
        try (Connection c = TestServices.ownerConnection();
                var st = c.prepareStatement("update outbox set retry_at = now() where entity = ?")) {
            st.setString(1, probe.entity());
            st.executeUpdate();
        }
        drain(indexer);
        es.indices().refresh(r -> r.index(probe.index()));
        assertThat(indexedIds()).contains(oversized, rejected).hasSize(fine.size() + 2);
        assertThat(parkedErrors()).isEmpty();
        try (Connection c = TestServices.ownerConnection();
                var st = c.prepareStatement("select count(*) from outbox where entity = ?")) {
            st.setString(1, probe.entity());
            var rs = st.executeQuery();
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aBurstIsSearchableByItsWordsAtOnceAndFoundByMeaningOnceTheVectorStageHasRun() throws Exception {
        SearchIndexer indexer = new SearchIndexer(db, es, List.of(probe), vectors, appProperties,
                new SimpleMeterRegistry());
        // one record alone: its vector is computed in the round that sends it
        UUID edited = UUID.randomUUID();
        probe.put(edited, Map.of("count", 0, "text", "唱凯堤决口"), "抚河唱凯堤决口，转移群众");
        queue(List.of(edited));
        drain(indexer);
        es.indices().refresh(r -> r.index(probe.index()));
        String before = vectorHash(edited);
        assertThat(before).as("a vector from the round itself").isNotNull();
        assertThat(stages()).isEmpty();

        // a burst: more new texts than a round computes itself, and the edited record's text changed
        List<UUID> burst = new java.util.ArrayList<>();
        for (int i = 0; i < SearchIndexer.INLINE_VECTORS + 3; i++) {
            UUID id = UUID.randomUUID();
            probe.put(id, Map.of("count", i, "text", "突发事件" + i), "第" + i + "起危险化学品泄漏事故的处置经过");
            burst.add(id);
        }
        probe.put(edited, Map.of("count", 1, "text", "唱凯堤决口 复堤"), "抚河唱凯堤决口，转移群众，复堤");
        List<UUID> all = new java.util.ArrayList<>(burst);
        all.add(edited);
        queue(all);
        assertThat(indexer.drainOnce()).isEqualTo(all.size());

        es.indices().refresh(r -> r.index(probe.index()));
        assertThat(indexedIds()).containsAll(all);
        assertThat(burst).allSatisfy(id -> assertThat(vectorHash(id)).as("no vector yet").isNull());
        assertThat(vectorHash(edited)).as("the previous text's vector meanwhile").isEqualTo(before);
        Map<UUID, String> waiting = stages();
        assertThat(waiting).containsOnlyKeys(all.toArray(UUID[]::new));
        assertThat(waiting.values()).containsOnly("vector");

        while (indexer.drainVectorsOnce() > 0) {
            // until every vector is computed
        }
        es.indices().refresh(r -> r.index(probe.index()));
        assertThat(burst).allSatisfy(id -> assertThat(vectorHash(id)).isEqualTo(
                DocumentVectors.hash(probe.meaning(id))));
        assertThat(vectorHash(edited)).isEqualTo(DocumentVectors.hash("抚河唱凯堤决口，转移群众，复堤"));
        assertThat(stages()).isEmpty();
        assertThat(es.search(s -> s.index(probe.index()).query(q -> q.match(m -> m.field("text").query("复堤"))),
                Map.class).hits().hits()).extracting(h -> h.id()).containsExactly(edited.toString());
    }

    /** The hash of the text the stored vector of a document was computed from, null without a vector. */
    @SuppressWarnings("rawtypes")
    private String vectorHash(UUID id) throws Exception {
        var hits = es.search(s -> s.index(probe.index()).query(q -> q.ids(i -> i.values(id.toString())))
                .source(src -> src.filter(f -> f.includes(Embeddings.FIELD, DocumentVectors.HASH).excludeVectors(false))),
                Map.class).hits().hits();
        Map source = hits.isEmpty() ? null : hits.getFirst().source();
        return source == null || source.get(Embeddings.FIELD) == null ? null : (String) source.get(DocumentVectors.HASH);
    }

    /** The probe's outbox rows still waiting, by record: their stage. */
    private Map<UUID, String> stages() throws Exception {
        Map<UUID, String> stages = new HashMap<>();
        try (Connection c = TestServices.ownerConnection();
                var st = c.prepareStatement("select entity_id, stage::text from outbox where entity = ?")) {
            st.setString(1, probe.entity());
            var rs = st.executeQuery();
            while (rs.next()) {
                stages.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        }
        return stages;
    }

    @Test
    void anIndexCreatedByAnEarlierVersionGetsTheDefinitionsDynamicSettingsInTheFirstRoundAndCanBeRebuilt()
            throws Exception {
        // as an earlier version of the app created it: no replicas on any number of nodes, default highlighting
        es.indices().create(c -> c.index(probe.index()).settings(s -> s.numberOfShards("1").numberOfReplicas("0")));
        SearchIndexer indexer = new SearchIndexer(db, es, List.of(probe), vectors, appProperties,
                new SimpleMeterRegistry());

        indexer.drainOnce();

        var settings = es.indices().getSettings(g -> g.index(probe.index())).get(probe.index()).settings().index();
        assertThat(settings.autoExpandReplicas()).as("one replica on a cluster, none on one node").isEqualTo("0-1");
        assertThat(flatSetting("index.highlight.weight_matches_mode.enabled"))
                .as("marks from the stored offsets, not the query run again per hit").isEqualTo("false");

        // a rebuild reads the index's settings back (its refresh interval) with a setting the client has no type for
        probe.put(UUID.randomUUID(), Map.of("count", 1, "text", "重建"));
        assertThat(indexer.reindex(probe.entity())).isEqualTo(1);
        assertThat(flatSetting("index.refresh_interval")).isEqualTo("1s");
    }

    private String flatSetting(String name) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(TestServices.elasticsearchUrl() + "/" + probe.index()
                + "/_settings?flat_settings=true")).build(), HttpResponse.BodyHandlers.ofString());
        return JsonMapper.shared().readTree(response.body()).path(probe.index()).path("settings").path(name).asString();
    }

    private static void drain(SearchIndexer indexer) throws Exception {
        while (indexer.drainOnce() > 0) {
            // until every due row is sent or parked
        }
    }

    private void queue(Collection<UUID> ids) throws Exception {
        try (Connection c = TestServices.ownerConnection();
                var st = c.prepareStatement("insert into outbox (entity, entity_id) values (?, ?)")) {
            for (UUID id : ids) {
                st.setString(1, probe.entity());
                st.setObject(2, id);
                st.executeUpdate();
            }
        }
    }

    private Map<UUID, String> parkedErrors() throws Exception {
        Map<UUID, String> errors = new HashMap<>();
        try (Connection c = TestServices.ownerConnection(); var st = c.prepareStatement(
                "select entity_id, last_error from outbox where entity = ? and parked_at is not null and attempts = 1"
                        + " and retry_at > now() + interval '4 minutes'")) {
            st.setString(1, probe.entity());
            var rs = st.executeQuery();
            while (rs.next()) {
                errors.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        }
        return errors;
    }

    private List<UUID> indexedIds() throws Exception {
        return es.search(s -> s.index(probe.index()).size(100), Map.class).hits().hits().stream()
                .map(h -> UUID.fromString(h.id())).toList();
    }

    /** A searchable entity of the test's own: its documents are whatever the test puts. */
    private final class Probe implements IndexedEntity {

        private final String name;
        private final Map<UUID, Map<String, Object>> documents = new ConcurrentHashMap<>();
        private final Map<UUID, String> meanings = new ConcurrentHashMap<>();

        Probe(String name) {
            this.name = name;
        }

        void put(UUID id, Map<String, Object> source) {
            documents.put(id, source);
        }

        /** A document with a text its sentence vector is computed from. */
        void put(UUID id, Map<String, Object> source, String meaning) {
            documents.put(id, source);
            meanings.put(id, meaning);
        }

        String meaning(UUID id) {
            return meanings.get(id);
        }

        @Override
        public String entity() {
            return name;
        }

        @Override
        public String index() {
            return indices.name(name);
        }

        @Override
        public String definition() {
            return "search/yingji-probe.json";
        }

        @Override
        public Map<UUID, Document> documents(DSLContext indexer, Collection<UUID> ids) {
            Map<UUID, Document> found = new HashMap<>();
            ids.forEach(id -> found.put(id, new Document(System.nanoTime(), new HashMap<>(documents.get(id)),
                    meanings.get(id))));
            return found;
        }

        @Override
        public void allIds(DSLContext indexer, int batchSize, Consumer<Collection<UUID>> batch) {
            batch.accept(documents.keySet());
        }
    }
}
