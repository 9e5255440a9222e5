package cn.yingji.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * Gives an indexing round's documents their sentence vectors ({@value Embeddings#FIELD}), in one batch on the
 * model's pool. A vector is computed only when the text it stands for changed: each document keeps the hash of
 * that text (and of the model) in {@value #HASH}, and a record re-indexed with the same text (a status change, a
 * new version of the same plan words) gets the vector it already has in the index back. {@link SearchIndexer} decides
 * when the missing ones are computed: in the round itself, or under a burst in a round of their own.
 */
@Component
class DocumentVectors {

    /** The field that keeps the hash of the text a document's vector was computed from. */
    static final String HASH = "embedding_hash";
    /** Part of every hash: another model's vectors are never taken for this one's. */
    private static final String MODEL = "bge-small-zh-v1.5-q";

    private final ElasticsearchClient es;
    private final Embeddings embeddings;

    DocumentVectors(ElasticsearchClient es, Embeddings embeddings) {
        this.es = es;
        this.embeddings = embeddings;
    }

    /** Adds the vector and its hash to each document that has a text to embed (nothing when switched off). */
    void add(String index, Map<UUID, IndexedEntity.Document> documents) throws IOException {
        compute(documents, reuse(index, documents));
    }

    /**
     * Gives each document the vector the index holds for its text and returns those whose text has none yet (a
     * new or changed text). Until its vector is computed a changed text keeps the one of its previous text, under
     * that text's hash: close in meaning, and known to be stale. Empty when switched off.
     */
    Set<UUID> reuse(String index, Map<UUID, IndexedEntity.Document> documents) throws IOException {
        if (!embeddings.enabled()) {
            return Set.of();
        }
        Map<UUID, String> hashes = new HashMap<>();
        documents.forEach((id, doc) -> {
            if (doc.meaning() != null && !doc.meaning().isBlank()) {
                hashes.put(id, hash(doc.meaning()));
            }
        });
        if (hashes.isEmpty()) {
            return Set.of();
        }
        Map<UUID, Stored> known = known(index, hashes.keySet());
        Set<UUID> missing = new LinkedHashSet<>();
        hashes.forEach((id, hash) -> {
            Stored stored = known.get(id);
            if (stored != null) {
                put(documents.get(id), stored.vector(), stored.hash());
            }
            if (stored == null || !stored.hash().equals(hash)) {
                missing.add(id);
            }
        });
        return missing;
    }

    /** Computes the vectors of these documents' texts, in one batch on the model's pool. */
    void compute(Map<UUID, IndexedEntity.Document> documents, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> order = List.copyOf(ids);
        List<float[]> vectors = embeddings.documents(order.stream().map(id -> documents.get(id).meaning()).toList());
        for (int i = 0; i < order.size(); i++) {
            UUID id = order.get(i);
            put(documents.get(id), vectors.get(i), hash(documents.get(id).meaning()));
        }
    }

    private static void put(IndexedEntity.Document document, Object vector, String hash) {
        document.source().put(Embeddings.FIELD, vector);
        document.source().put(HASH, hash);
    }

    /** A vector the index holds and the hash of the text it was computed from. */
    private record Stored(Object vector, String hash) {
    }

    /** The vectors the index holds for these documents, with the hash of their text. */
    @SuppressWarnings("rawtypes")
    private Map<UUID, Stored> known(String index, Collection<UUID> ids) throws IOException {
        List<String> values = ids.stream().map(UUID::toString).toList();
        // vectors are left out of _source by default (Elasticsearch 9): asked for explicitly
        SearchResponse<Map> response = es.search(s -> s.index(index).size(values.size())
                .query(q -> q.ids(i -> i.values(values)))
                .source(src -> src.filter(f -> f.includes(Embeddings.FIELD, HASH).excludeVectors(false))), Map.class);
        Map<UUID, Stored> known = new HashMap<>();
        response.hits().hits().forEach(hit -> {
            Map source = hit.source();
            if (source != null && source.get(HASH) != null && source.get(Embeddings.FIELD) != null) {
                known.put(UUID.fromString(hit.id()), new Stored(source.get(Embeddings.FIELD), (String) source.get(HASH)));
            }
        });
        return known;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((MODEL + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
