package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.yingji.plans.RankingScore.Metric;
import cn.yingji.search.Embeddings;
import cn.yingji.search.HybridRanking;
import cn.yingji.search.HybridSearch;
import cn.yingji.search.MatchMode;
import cn.yingji.search.TextQuery;
import cn.yingji.support.TestServices;

/**
 * The search-quality test set (docs/search-quality.md): a corpus written from the customer's documents and two
 * sets of judged queries (the original ones, and paraphrases and synonyms of them), ranked side by side by
 * several analyses in the real Elasticsearch — per character (the standard analyzer, the plans' mapping before the
 * word-level analysis), per word ({@code search/yingji-plans.json} without its query-time analyzer) and per word
 * with the thesaurus (the file as it is) — each searched with the product's own query ({@link TextQuery},
 * {@link PlanSearch#TEXT_FIELDS}). Recall@10, MRR and nDCG@10 ({@link RankingScore}) go to
 * {@code target/search-quality.md}; the test fails when an analysis loses, on any original query, what the
 * simpler one before it found.
 */
class PlanSearchQualityIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TOP = 10;

    record Doc(String id, String title, String text) {
    }

    /** A query, the documents that answer it, and (paraphrases) the kind of rewording. */
    record Judged(String query, Set<String> relevant, String kind) {
    }

    record QuerySet(String name, List<Judged> queries) {
    }

    /** How a column ranks the corpus for a query: the ids of its top documents, best first. */
    @FunctionalInterface
    interface Ranking {
        List<String> rank(ElasticsearchClient es, String index, String q, int top) throws IOException;
    }

    /**
     * One column of the report: how the corpus is indexed ({@code index}: settings and mappings; {@code source}: a
     * document per entry) and how a query ranks it. The lexical columns differ only in their index; a hybrid
     * column brings its own source (with the vectors) and ranking.
     */
    record Analysis(String key, String name, ObjectNode index, Function<Doc, Map<String, Object>> source, Ranking ranking) {

        /** The product's plan query ({@link TextQuery#allWords}) over {@link PlanSearch#TEXT_FIELDS}. */
        static Analysis lexical(String key, String name, ObjectNode index, TextQuery.Analysis analysis) {
            return new Analysis(key, name, index, doc -> Map.of("title", doc.title(), "summary", doc.text()),
                    (es, in, q, top) -> es.search(s -> s.index(in).size(top).query(query -> query.bool(b -> {
                        TextQuery.allWords(b, q, analysis, PlanSearch.TEXT_FIELDS, List.of("doc_number"));
                        return b;
                    })), Map.class).hits().hits().stream().map(Hit::id).toList());
        }
    }

    /** One query's score and its top documents under one analysis. */
    record Ranked(RankingScore score, List<String> top) {
    }

    /** An analysis's results on each query set, by set name. */
    record Column(Analysis analysis, Map<String, List<Ranked>> bySet) {

        List<RankingScore> scores(QuerySet set) {
            return bySet.get(set.name()).stream().map(Ranked::score).toList();
        }
    }

    @Test
    void eachAnalysisKeepsWhatTheSimplerOneFound() throws IOException {
        List<Doc> docs = rows("documents.tsv").stream().map(r -> new Doc(r[0], r[1], r[2])).toList();
        QuerySet original = querySet("original queries", "queries.tsv");
        QuerySet paraphrases = querySet("paraphrases and synonyms", "paraphrases.tsv");
        assertThat(docs).hasSizeGreaterThanOrEqualTo(80);
        assertThat(original.queries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(paraphrases.queries()).hasSizeGreaterThanOrEqualTo(40);
        Set<String> ids = new LinkedHashSet<>(docs.stream().map(Doc::id).toList());
        for (QuerySet set : List.of(original, paraphrases)) {
            set.queries().forEach(q -> assertThat(ids).as(q.query()).containsAll(q.relevant()));
        }

        ObjectNode plans = plansIndex();
        Analysis characters = Analysis.lexical("chars", "characters (standard analyzer, phrase per word)",
                characterIndex(), TextQuery.Analysis.CHARACTERS);
        Analysis words = Analysis.lexical("words", "words (`yingji_words` + `.chars` phrase)",
                withoutQueryTimeAnalyzers(plans), TextQuery.Analysis.WORDS);
        Analysis thesaurus = Analysis.lexical("thesaurus", "words + thesaurus (`search_analyzer` as mapped)", plans,
                TextQuery.Analysis.WORDS);
        List<QuerySet> sets = List.of(original, paraphrases);
        List<Column> columns = new ArrayList<>();
        try (ElasticsearchClient es = ElasticsearchClient.of(b -> b.host(TestServices.elasticsearchUrl()));
                Embeddings embeddings = new Embeddings(new Embeddings.EmbeddingsProperties(true, 2, 64, 100))) {
            Analysis hybrid = hybrid(plans, docs, embeddings, new HybridSearch(es, embeddings));
            List<Analysis> analyses = List.of(characters, words, thesaurus, hybrid);
            for (Analysis analysis : analyses) {
                columns.add(measure(es, analysis, docs, sets));
            }
        }
        report(docs.size(), sets, columns);

        Column byCharacters = columns.get(0);
        Column byWords = columns.get(1);
        Column byHybrid = columns.get(3);
        for (QuerySet set : sets) {
            neverWorse(set, byCharacters, byWords, Metric.RECALL);
        }
        clearlyBetter(original, byCharacters, byWords, Metric.RECALL, 0);
        clearlyBetter(original, byCharacters, byWords, Metric.RECIPROCAL_RANK, 0);
        for (Column richer : columns.subList(2, columns.size())) {
            neverWorse(original, byWords, richer, Metric.RECALL, Metric.RECIPROCAL_RANK);
        }
        // the hybrid clearly wins on the paraphrases: every metric, by a wide margin over the words (with thesaurus)
        for (Metric metric : Metric.values()) {
            clearlyBetter(paraphrases, columns.get(2), byHybrid, metric, 0.2);
        }
    }

    /**
     * The product's hybrid order over the plans' index with vectors: the documents holding every word (thesaurus
     * as mapped) in lexical order; when none does, the partial matches; then, fused with those, the nearest by
     * meaning above the similarity floor ({@link HybridSearch}, {@link HybridRanking}: what every search does).
     */
    private static Analysis hybrid(ObjectNode plans, List<Doc> docs, Embeddings embeddings, HybridSearch search) {
        ObjectNode index = plans.deepCopy();
        ObjectNode properties = (ObjectNode) index.get("mappings").get("properties");
        try (InputStream in = PlanSearchQualityIntegrationTest.class.getResourceAsStream("/search/yingji-plans.json")) {
            properties.set(Embeddings.FIELD, JSON.readTree(in).get("mappings").get("properties").get(Embeddings.FIELD));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<float[]> vectors = embeddings.documents(docs.stream().map(d -> d.title() + "\n" + d.text()).toList());
        Map<String, float[]> byId = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byId.put(docs.get(i).id(), vectors.get(i));
        }
        return new Analysis("hybrid", "hybrid (words + thesaurus, partial matches, kNN)", index,
                doc -> Map.of("title", doc.title(), "summary", doc.text(), Embeddings.FIELD, byId.get(doc.id())),
                (es, in, q, top) -> {
                    List<String> full = lexical(es, in, q, MatchMode.FULL, top);
                    List<String> partial = MatchMode.fallsBack(q, full.size())
                            ? lexical(es, in, q, MatchMode.PARTIAL, HybridSearch.MAX_NEIGHBOURS) : List.of();
                    var fullMatch = QueryBuilders.bool(b -> {
                        TextQuery.allWords(b, q, TextQuery.Analysis.WORDS, PlanSearch.TEXT_FIELDS, List.of("doc_number"));
                        return b;
                    });
                    List<String> semantic = search.neighbours(in, search.queryVector(q),
                            List.of(QueryBuilders.bool(b -> b.mustNot(fullMatch))), HybridSearch.MAX_NEIGHBOURS,
                            List.of("title")).stream().map(Hit::id).toList();
                    return HybridRanking.page(full, full.size(), partial, semantic, 0, top, id -> id).items().stream()
                            .map(HybridRanking.Ranked::hit).toList();
                });
    }

    /** The product's words query ({@link TextQuery#match}) in the mode asked: every word, or some of them. */
    private static List<String> lexical(ElasticsearchClient es, String index, String q, String match, int top)
            throws IOException {
        return es.search(s -> s.index(index).size(top).query(query -> query.bool(b -> {
            TextQuery.match(b, match, q, TextQuery.Analysis.WORDS, PlanSearch.TEXT_FIELDS, List.of("doc_number"),
                    TextQuery.NO_ALTERNATIVES);
            return b;
        })), Map.class).hits().hits().stream().map(Hit::id).toList();
    }

    /** On every query of the set, {@code challenger} scores at least what {@code base} scores, in each metric. */
    private static void neverWorse(QuerySet set, Column base, Column challenger, Metric... metrics) {
        List<RankingScore> before = base.scores(set), after = challenger.scores(set);
        for (int i = 0; i < set.queries().size(); i++) {
            for (Metric metric : metrics) {
                assertThat(metric.of(after.get(i))).as("%s of 「%s」: %s vs %s", metric.label, set.queries().get(i).query(),
                        challenger.analysis().name(), base.analysis().name()).isGreaterThanOrEqualTo(metric.of(before.get(i)));
            }
        }
    }

    /** Over the set, {@code challenger}'s mean exceeds {@code base}'s by more than {@code margin}. */
    private static void clearlyBetter(QuerySet set, Column base, Column challenger, Metric metric, double margin) {
        assertThat(metric.mean(challenger.scores(set)) - metric.mean(base.scores(set)))
                .as("%s on the %s: %s minus %s", metric.label, set.name(), challenger.analysis().name(),
                        base.analysis().name())
                .isGreaterThan(margin);
    }

    /** The plans' index exactly as {@code search/yingji-plans.json} has it: settings (the analysis) and text fields. */
    private static ObjectNode plansIndex() throws IOException {
        ObjectNode plans;
        try (InputStream in = PlanSearchQualityIntegrationTest.class.getResourceAsStream("/search/yingji-plans.json")) {
            plans = (ObjectNode) JSON.readTree(in);
        }
        ObjectNode index = JSON.createObjectNode();
        index.set("settings", plans.get("settings"));
        ObjectNode properties = index.putObject("mappings").putObject("properties");
        for (TextQuery.Field field : PlanSearch.TEXT_FIELDS) {
            properties.set(field.name(), plans.get("mappings").get("properties").get(field.name()));
        }
        properties.set("doc_number", plans.get("mappings").get("properties").get("doc_number"));
        return index;
    }

    /** The same index without the thesaurus: the words fields' {@code search_analyzer} removed. */
    private static ObjectNode withoutQueryTimeAnalyzers(ObjectNode index) {
        ObjectNode copy = index.deepCopy();
        removeSearchAnalyzers(copy.get("mappings"));
        return copy;
    }

    private static void removeSearchAnalyzers(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("search_analyzer").asString("").equals("yingji_words_search")) {
            object.remove("search_analyzer");
        }
        node.values().forEach(PlanSearchQualityIntegrationTest::removeSearchAnalyzers);
    }

    /** The plans' text fields as they were mapped before the word-level analysis: the standard analyzer. */
    private static ObjectNode characterIndex() {
        ObjectNode index = JSON.createObjectNode();
        index.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", 0);
        ObjectNode properties = index.putObject("mappings").putObject("properties");
        for (TextQuery.Field field : PlanSearch.TEXT_FIELDS) {
            properties.putObject(field.name()).put("type", "text");
        }
        properties.putObject("doc_number").put("type", "keyword");
        return index;
    }

    private static Column measure(ElasticsearchClient es, Analysis analysis, List<Doc> docs, List<QuerySet> sets)
            throws IOException {
        String index = TestServices.indexPrefix() + "quality-" + analysis.key();
        if (es.indices().exists(e -> e.index(index)).value()) {
            es.indices().delete(d -> d.index(index));
        }
        es.indices().create(c -> c.index(index).withJson(new StringReader(analysis.index().toString())));
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (Doc doc : docs) {
            bulk.operations(op -> op.index(i -> i.index(index).id(doc.id()).document(analysis.source().apply(doc))));
        }
        assertThat(es.bulk(bulk.build()).errors()).isFalse();
        Map<String, List<Ranked>> bySet = new LinkedHashMap<>();
        for (QuerySet set : sets) {
            List<Ranked> ranked = new ArrayList<>();
            for (Judged judged : set.queries()) {
                List<String> top = analysis.ranking().rank(es, index, judged.query(), TOP);
                ranked.add(new Ranked(RankingScore.at(TOP, top, judged.relevant()), top));
            }
            bySet.put(set.name(), ranked);
        }
        es.indices().delete(d -> d.index(index));
        return new Column(analysis, bySet);
    }

    private static void report(int docs, List<QuerySet> sets, List<Column> columns) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d documents; top %d; binary gains.%n", docs, TOP));
        for (QuerySet set : sets) {
            out.append(String.format("%n### %s (%d queries)%n%n| analysis |", set.name(), set.queries().size()));
            Arrays.stream(Metric.values()).forEach(m -> out.append(' ').append(m.label).append(" |"));
            out.append("\n|---|").append("---|".repeat(Metric.values().length)).append('\n');
            for (Column column : columns) {
                out.append("| ").append(column.analysis().name()).append(" |");
                for (Metric metric : Metric.values()) {
                    out.append(String.format(" %.3f |", metric.mean(column.scores(set))));
                }
                out.append('\n');
            }
        }
        for (QuerySet set : sets) {
            out.append(String.format("%n### %s, per query (recall@10, RR, nDCG@10, top 3)%n%n| query | relevant |", set.name()));
            columns.forEach(c -> out.append(' ').append(c.analysis().key()).append(" |"));
            out.append("\n|---|---|").append("---|".repeat(columns.size())).append('\n');
            for (int i = 0; i < set.queries().size(); i++) {
                Judged judged = set.queries().get(i);
                out.append("| ").append(judged.query().replace("|", "\\|"))
                        .append(judged.kind().isEmpty() ? "" : " (" + judged.kind() + ")").append(" | ")
                        .append(String.join(" ", judged.relevant())).append(" |");
                for (Column column : columns) {
                    Ranked ranked = column.bySet().get(set.name()).get(i);
                    out.append(String.format(" %.2f, %.2f, %.2f, %s |", ranked.score().recall(),
                            ranked.score().reciprocalRank(), ranked.score().ndcg(), top3(ranked.top())));
                }
                out.append('\n');
            }
        }
        Path file = Path.of("target", "search-quality.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        System.out.println(out);
    }

    private static String top3(List<String> top) {
        return top.isEmpty() ? "—" : String.join(" ", top.subList(0, Math.min(3, top.size())));
    }

    private static QuerySet querySet(String name, String file) throws IOException {
        return new QuerySet(name, rows(file).stream().map(r -> new Judged(r[0],
                new LinkedHashSet<>(Arrays.asList(r[1].split(","))), r.length > 2 ? r[2] : "")).toList());
    }

    private static List<String[]> rows(String name) throws IOException {
        try (InputStream in = PlanSearchQualityIntegrationTest.class.getResourceAsStream("/search-quality/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }
}
