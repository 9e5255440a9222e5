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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.yingji.search.TextQuery;
import cn.yingji.support.TestServices;

/**
 * The search-quality test set (docs/search-quality.md): a corpus written from the customer's documents and
 * judged queries, indexed twice into the real Elasticsearch — per character (the standard analyzer, the plans'
 * mapping before the word-level analysis) and as {@code search/yingji-plans.json} maps it now (words, with the
 * per-character subfield) — and searched with the product's own query ({@link TextQuery},
 * {@link PlanSearch#TEXT_FIELDS}). The word-level analysis must find at least as much in the top 10 and rank
 * better; the figures go to {@code target/search-quality.md}.
 */
class PlanSearchQualityIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TOP = 10;

    record Doc(String id, String title, String text) {
    }

    record Judged(String query, Set<String> relevant) {
    }

    record Score(double recall, double reciprocalRank, List<String> top) {
    }

    @Test
    void wordLevelAnalysisKeepsRecallAndRanksBetterThanCharacters() throws IOException {
        List<Doc> docs = rows("documents.tsv").stream().map(r -> new Doc(r[0], r[1], r[2])).toList();
        List<Judged> queries = rows("queries.tsv").stream()
                .map(r -> new Judged(r[0], new LinkedHashSet<>(Arrays.asList(r[1].split(","))))).toList();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(80);
        assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
        Set<String> ids = new LinkedHashSet<>(docs.stream().map(Doc::id).toList());
        queries.forEach(q -> assertThat(ids).as(q.query()).containsAll(q.relevant()));

        List<Score> chars;
        List<Score> words;
        try (ElasticsearchClient es = ElasticsearchClient.of(b -> b.host(TestServices.elasticsearchUrl()))) {
            chars = measure(es, TestServices.indexPrefix() + "quality-chars", characterIndex(), TextQuery.Analysis.CHARACTERS, docs, queries);
            words = measure(es, TestServices.indexPrefix() + "quality-words", wordIndex(), TextQuery.Analysis.WORDS, docs, queries);
        }
        double charsRecall = mean(chars, Score::recall), wordsRecall = mean(words, Score::recall);
        double charsMrr = mean(chars, Score::reciprocalRank), wordsMrr = mean(words, Score::reciprocalRank);
        report(docs.size(), queries, chars, words, charsRecall, wordsRecall, charsMrr, wordsMrr);

        for (int i = 0; i < queries.size(); i++) {
            assertThat(words.get(i).recall()).as("recall@10 of %s", queries.get(i).query())
                    .isGreaterThanOrEqualTo(chars.get(i).recall());
        }
        assertThat(wordsRecall).isGreaterThanOrEqualTo(charsRecall);
        assertThat(wordsMrr).isGreaterThan(charsMrr);
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

    /** The plans' index settings (the analysis) and text fields exactly as {@code search/yingji-plans.json} has them. */
    private static ObjectNode wordIndex() throws IOException {
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

    private static List<Score> measure(ElasticsearchClient es, String index, ObjectNode definition,
            TextQuery.Analysis analysis, List<Doc> docs, List<Judged> queries) throws IOException {
        if (es.indices().exists(e -> e.index(index)).value()) {
            es.indices().delete(d -> d.index(index));
        }
        es.indices().create(c -> c.index(index).withJson(new StringReader(definition.toString())));
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (Doc doc : docs) {
            bulk.operations(op -> op.index(i -> i.index(index).id(doc.id())
                    .document(Map.of("title", doc.title(), "summary", doc.text()))));
        }
        assertThat(es.bulk(bulk.build()).errors()).isFalse();
        List<Score> scores = new ArrayList<>();
        for (Judged judged : queries) {
            @SuppressWarnings("rawtypes")
            var response = es.search(s -> s.index(index).size(TOP).query(q -> q.bool(b -> {
                TextQuery.allWords(b, judged.query(), analysis, PlanSearch.TEXT_FIELDS, List.of("doc_number"));
                return b;
            })), Map.class);
            List<String> top = response.hits().hits().stream().map(h -> h.id()).toList();
            long found = top.stream().filter(judged.relevant()::contains).count();
            int first = 0;
            while (first < top.size() && !judged.relevant().contains(top.get(first))) {
                first++;
            }
            scores.add(new Score((double) found / judged.relevant().size(), first < top.size() ? 1.0 / (first + 1) : 0, top));
        }
        es.indices().delete(d -> d.index(index));
        return scores;
    }

    private static double mean(List<Score> scores, java.util.function.ToDoubleFunction<Score> value) {
        return scores.stream().mapToDouble(value).average().orElse(0);
    }

    private static void report(int docs, List<Judged> queries, List<Score> chars, List<Score> words, double charsRecall,
            double wordsRecall, double charsMrr, double wordsMrr) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d documents, %d queries; top %d.%n%n", docs, queries.size(), TOP));
        out.append("| analysis | recall@10 | MRR |\n|---|---|---|\n");
        out.append(String.format("| characters (standard analyzer, phrase per word) | %.3f | %.3f |%n", charsRecall, charsMrr));
        out.append(String.format("| words (yingji_smartcn) + `.chars` phrase | %.3f | %.3f |%n%n", wordsRecall, wordsMrr));
        out.append("| query | relevant | characters: recall@10, RR, top 3 | words: recall@10, RR, top 3 |\n|---|---|---|---|\n");
        for (int i = 0; i < queries.size(); i++) {
            Score c = chars.get(i), w = words.get(i);
            out.append(String.format("| %s | %s | %.2f, %.2f, %s | %.2f, %.2f, %s |%n", queries.get(i).query().replace("|", "\\|"),
                    String.join(" ", queries.get(i).relevant()), c.recall(), c.reciprocalRank(), top3(c), w.recall(),
                    w.reciprocalRank(), top3(w)));
        }
        Path file = Path.of("target", "search-quality.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        System.out.println(out);
    }

    private static String top3(Score score) {
        return score.top().isEmpty() ? "—" : String.join(" ", score.top().subList(0, Math.min(3, score.top().size())));
    }

    private static List<String[]> rows(String name) throws IOException {
        try (InputStream in = PlanSearchQualityIntegrationTest.class.getResourceAsStream("/search-quality/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }
}
