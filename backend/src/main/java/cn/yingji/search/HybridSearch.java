package cn.yingji.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * The semantic half of every hybrid search (语义检索): the nearest neighbours of a query's vector by Elasticsearch's
 * kNN, with the search's own filters — the viewer's sharing filter first — inside the kNN (a neighbour outside the
 * viewer's scope is never a candidate, so it can never be returned nor push a visible one out of the k), and a
 * similarity floor so that unrelated records are not returned just because they are the nearest. The order of the
 * page is {@link HybridRanking}'s.
 */
@Component
public class HybridSearch {

    /**
     * The cosine a neighbour must reach (query embedded with the BGE instruction). Calibrated on the quality set
     * (docs/search.md): at 0.52 about three quarters of relevant pairs pass and one irrelevant pair in forty; the best
     * match of an unrelated question (今天天气怎么样) scores 0.51.
     */
    public static final float SIMILARITY_FLOOR = 0.52f;
    /** At most this many neighbours follow the full matches (they are a tail, not a second result list). */
    public static final int MAX_NEIGHBOURS = 20;
    /** Candidates per shard the HNSW graph visits for k neighbours: recall of the approximate search. */
    static final int CANDIDATES_PER_NEIGHBOUR = 10;

    private static final Logger log = LoggerFactory.getLogger(HybridSearch.class);

    private final ElasticsearchClient es;
    private final Embeddings embeddings;

    public HybridSearch(ElasticsearchClient es, Embeddings embeddings) {
        this.es = es;
        this.embeddings = embeddings;
    }

    /**
     * Page {@code page} of a hybrid search whose lexical page is already known: {@code fullPage} of {@code fullTotal}
     * full matches. Past the full matches the neighbours of {@code q} follow (inside {@code filters}, never one
     * that {@code fullMatch} matches); {@code partial} is the partial lexical matches (best first; empty when not
     * searched). {@code sourceFields}: what a neighbour's hit ships.
     */
    @SuppressWarnings("rawtypes")
    public <T> HybridRanking.Page<T> page(String index, String q, List<Query> filters, Query fullMatch,
            List<String> sourceFields, List<T> fullPage, long fullTotal, List<T> partial, int page, int size,
            Function<Hit<Map>, T> item, Function<T, String> id) throws IOException {
        List<T> semantic = List.of();
        if (!q.isBlank() && HybridRanking.needsOthers(fullTotal, page, size)) {
            List<Query> inside = new ArrayList<>(filters);
            notFull(fullMatch, fullPage.stream().map(id).toList(), fullTotal, page).ifPresent(inside::add);
            semantic = neighbours(index, queryVector(q), inside, MAX_NEIGHBOURS, sourceFields).stream().map(item)
                    .toList();
        }
        return HybridRanking.page(fullPage, fullTotal, partial, semantic, page, size, id);
    }

    /**
     * What keeps the full matches out of the neighbours: nothing when there are none; their ids when this page holds
     * every one of them (the first page of a short result: the common case, and a filter that costs nothing);
     * else the words' query itself, negated (Elasticsearch then evaluates it over every candidate).
     */
    static Optional<Query> notFull(Query fullMatch, List<String> fullPageIds, long fullTotal, int page) {
        if (fullTotal == 0) {
            return Optional.empty();
        }
        if (page == 0 && fullPageIds.size() >= fullTotal) {
            return Optional.of(QueryBuilders.bool(b -> b.mustNot(QueryBuilders.ids(i -> i.values(fullPageIds)))));
        }
        return Optional.of(QueryBuilders.bool(b -> b.mustNot(fullMatch)));
    }

    /**
     * The {@code k} nearest documents to {@code vector} (best first) among those {@code filters} admit, above the
     * similarity floor; none when the vector is null (embeddings off or busy). Public for the search-quality test.
     */
    @SuppressWarnings("rawtypes")
    public List<Hit<Map>> neighbours(String index, float[] vector, List<Query> filters, int k, List<String> sourceFields)
            throws IOException {
        if (vector == null) {
            return List.of();
        }
        List<Float> queryVector = new ArrayList<>(vector.length);
        for (float x : vector) {
            queryVector.add(x);
        }
        SearchResponse<Map> response = es.search(s -> s.index(index).size(k)
                .source(src -> src.filter(f -> f.includes(sourceFields)))
                .knn(n -> n.field(Embeddings.FIELD).queryVector(queryVector).k(k)
                        .numCandidates(Math.max(100, k * CANDIDATES_PER_NEIGHBOUR))
                        .similarity(SIMILARITY_FLOOR).filter(filters)), Map.class);
        return response.hits().hits();
    }

    /** A search's vector (cached), or null when embeddings are off, busy or failing: the search stays lexical. */
    public float[] queryVector(String q) {
        if (!embeddings.enabled()) {
            return null;
        }
        try {
            return embeddings.query(q);
        } catch (RuntimeException e) {
            // the queue is full (Embeddings.Busy) or the model failed: the words still answer
            log.warn("search without its sentence vector: {}", e.toString());
            return null;
        }
    }

    /** The vector the index holds for a document, or null (not indexed yet, or indexed without vectors). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public float[] documentVector(String index, String id) throws IOException {
        SearchResponse<Map> response = es.search(s -> s.index(index).size(1).query(q -> q.ids(i -> i.values(id)))
                .source(src -> src.filter(f -> f.includes(Embeddings.FIELD).excludeVectors(false))), Map.class);
        if (response.hits().hits().isEmpty()) {
            return null;
        }
        List<Number> values = (List<Number>) response.hits().hits().getFirst().source().get(Embeddings.FIELD);
        if (values == null) {
            return null;
        }
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = values.get(i).floatValue();
        }
        return vector;
    }
}
