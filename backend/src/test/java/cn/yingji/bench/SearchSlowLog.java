package cn.yingji.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Elasticsearch's search slow log with every threshold at 0 ms: one line per shard and phase (query, fetch) of
 * every search, with its time and the request's source, as the app sent it. Turned on only for a short, separate
 * phase of the benchmark (writing a line per phase costs Elasticsearch CPU), and off again afterwards.
 */
final class SearchSlowLog {

    /** One shard-level phase of one search. */
    record Entry(String index, String phase, double ms, String source) {
    }

    private final HttpClient http;
    private final String es;
    private final String indices;
    private final Path file;
    private long mark;

    /** {@code indices}: comma-separated index names; {@code file}: the node's {@code *_index_search_slowlog.json}. */
    SearchSlowLog(HttpClient http, String es, String indices, Path file) {
        this.http = http;
        this.es = es;
        this.indices = indices;
        this.file = file;
    }

    boolean available() {
        return file != null && Files.isRegularFile(file);
    }

    /** Logs every query and fetch phase from now on; entries() returns what came after this call. */
    void on() throws IOException, InterruptedException {
        settings("\"0ms\"");
        mark = Files.size(file);
    }

    void off() throws IOException, InterruptedException {
        settings("null");
    }

    private void settings(String value) throws IOException, InterruptedException {
        String body = "{\"index.search.slowlog.threshold.query.trace\":" + value
                + ",\"index.search.slowlog.threshold.fetch.trace\":" + value + "}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(es + "/" + indices + "/_settings"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("slow log settings: " + r.statusCode() + " " + r.body());
        }
    }

    /** The entries written since {@link #on()}. */
    List<Entry> entries() throws IOException {
        long size = Files.size(file);
        if (size <= mark) {
            return List.of();
        }
        byte[] bytes = new byte[(int) (size - mark)];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(mark);
            f.readFully(bytes);
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                entries.add(parse(BenchSupport.JSON.readTree(line)));
            }
        }
        return entries;
    }

    static Entry parse(JsonNode line) {
        String logger = line.path("log.logger").asString("");
        String message = line.path("elasticsearch.slowlog.message").asString("");
        String index = message.startsWith("[") ? message.substring(1, message.indexOf(']')) : message;
        String took = line.path("elasticsearch.slowlog.took").asString("");
        double ms = took.isEmpty() ? line.path("elasticsearch.slowlog.took_millis").asDouble() : millis(took);
        return new Entry(index, logger.substring(logger.lastIndexOf('.') + 1), ms,
                unescape(line.path("elasticsearch.slowlog.source").asString("")));
    }

    /** The log writes the request's JSON escaped as a string once more ({@code {\"size\":20}}): undone here. */
    static String unescape(String source) {
        return source.startsWith("{\\\"") ? BenchSupport.JSON.readTree("\"" + source + "\"").asString() : source;
    }

    /** Elasticsearch's TimeValue text ({@code 850.3micros}, {@code 1.2ms}, {@code 3s}) in milliseconds. */
    static double millis(String took) {
        String[][] units = {{"nanos", "0.000001"}, {"micros", "0.001"}, {"ms", "1"}, {"s", "1000"}, {"m", "60000"}};
        for (String[] unit : units) {
            if (took.endsWith(unit[0])) {
                return Double.parseDouble(took.substring(0, took.length() - unit[0].length())) * Double.parseDouble(unit[1]);
            }
        }
        throw new IllegalArgumentException("not a time: " + took);
    }
}
