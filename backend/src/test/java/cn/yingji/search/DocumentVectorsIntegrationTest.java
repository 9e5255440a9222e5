package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.TestServices;

/**
 * The indexer's vectors against the real model and Elasticsearch: computed for a new text, L2-normalised, and
 * taken back from the index — not computed again — when a record is re-indexed with the same text (its hash).
 */
class DocumentVectorsIntegrationTest extends ApiIntegrationTest {

    @Autowired
    DocumentVectors vectors;
    @Autowired
    ElasticsearchClient es;

    final String index = TestServices.indexPrefix() + "vectors-" + UUID.randomUUID();

    @AfterEach
    void cleanUp() throws Exception {
        es.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    private static IndexedEntity.Document document(String meaning) {
        return new IndexedEntity.Document(1, new HashMap<>(Map.of("title", meaning)), meaning);
    }

    @SuppressWarnings("unchecked")
    private static List<Number> vector(IndexedEntity.Document document) {
        Object v = document.source().get(Embeddings.FIELD);
        if (v instanceof float[] f) {
            List<Number> list = new ArrayList<>();
            for (float x : f) {
                list.add(x);
            }
            return list;
        }
        return (List<Number>) v;
    }

    @Test
    void aVectorIsComputedOnceAndTakenBackWhileTheTextIsUnchanged() throws Exception {
        es.indices().create(c -> c.index(index).withJson(new StringReader("""
                {"mappings": {"properties": {
                  "title": {"type": "keyword"},
                  "embedding": {"type": "dense_vector", "dims": 512, "similarity": "cosine", "index": true,
                                "index_options": {"type": "int8_hnsw"}},
                  "embedding_hash": {"type": "keyword", "index": false, "doc_values": false}}}}""")));
        UUID id = UUID.randomUUID();
        var first = document("抚河唱凯堤决口，转移群众");
        vectors.add(index, new HashMap<>(Map.of(id, first)));
        List<Number> computed = vector(first);
        assertThat(computed).hasSize(Embeddings.DIMENSIONS);
        assertThat(computed.stream().mapToDouble(x -> x.doubleValue() * x.doubleValue()).sum()).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-4));

        // the index holds a marked vector under the same text's hash: an unchanged text takes it back
        List<Float> marked = new ArrayList<>(java.util.Collections.nCopies(Embeddings.DIMENSIONS, 0f));
        marked.set(0, 1f);
        Map<String, Object> stored = new HashMap<>(first.source());
        stored.put(Embeddings.FIELD, marked);
        es.index(i -> i.index(index).id(id.toString()).document(stored).refresh(Refresh.WaitFor));

        var again = document("抚河唱凯堤决口，转移群众");
        vectors.add(index, new HashMap<>(Map.of(id, again)));
        assertThat(vector(again)).extracting(Number::floatValue).isEqualTo(marked);
        assertThat(again.source().get(DocumentVectors.HASH)).isEqualTo(first.source().get(DocumentVectors.HASH));

        // a changed text is embedded anew
        var changed = document("抚河唱凯堤决口，转移群众，复堤");
        vectors.add(index, new HashMap<>(Map.of(id, changed)));
        assertThat(vector(changed)).extracting(Number::floatValue).isNotEqualTo(marked);
        assertThat(changed.source().get(DocumentVectors.HASH)).isNotEqualTo(first.source().get(DocumentVectors.HASH));
    }
}
