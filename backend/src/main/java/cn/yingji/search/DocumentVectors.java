package cn.yingji.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * Gives an indexing round's documents their sentence vectors ({@value Embeddings#FIELD}), in one batch on the
 * model's pool. A vector is computed only when the text it stands for changed: each document keeps the hash of
 * that text (and of the model) in {@value #HASH}, and a record re-indexed with the same text (a status change, a
 * new version of the same plan words) gets the vector it already has in the index back.
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
        if (!embeddings.enabled()) {
            return;
        }
        Map<UUID, String> hashes = new HashMap<>();
        documents.forEach((id, doc) -> {
            if (doc.meaning() != null && !doc.meaning().isBlank()) {
                hashes.put(id, hash(doc.meaning()));
            }
        });
        if (hashes.isEmpty()) {
            return;
        }
        Map<String, Object> known = known(index, hashes);
        List<UUID> missing = new ArrayList<>();
        hashes.forEach((id, hash) -> {
            Object vector = known.get(id + hash);
            if (vector == null) {
                missing.add(id);
            } else {
                put(documents.get(id), vector, hash);
            }
        });
        List<float[]> vectors = embeddings.documents(missing.stream().map(id -> documents.get(id).meaning()).toList());
        for (int i = 0; i < missing.size(); i++) {
            UUID id = missing.get(i);
            put(documents.get(id), vectors.get(i), hashes.get(id));
        }
    }

    private static void put(IndexedEntity.Document document, Object vector, String hash) {
        document.source().put(Embeddings.FIELD, vector);
        document.source().put(HASH, hash);
    }

    /** The vectors the index holds for these documents, keyed by id and hash (so a changed text finds none). */
    @SuppressWarnings("rawtypes")
    private Map<String, Object> known(String index, Map<UUID, String> hashes) throws IOException {
        List<String> ids = hashes.keySet().stream().map(UUID::toString).toList();
        // vectors are left out of _source by default (Elasticsearch 9): asked for explicitly
        SearchResponse<Map> response = es.search(s -> s.index(index).size(ids.size())
                .query(q -> q.ids(i -> i.values(ids)))
                .source(src -> src.filter(f -> f.includes(Embeddings.FIELD, HASH).excludeVectors(false))), Map.class);
        Map<String, Object> known = new HashMap<>();
        response.hits().hits().forEach(hit -> {
            Map source = hit.source();
            if (source != null && source.get(HASH) != null && source.get(Embeddings.FIELD) != null) {
                known.put(hit.id() + source.get(HASH), source.get(Embeddings.FIELD));
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
