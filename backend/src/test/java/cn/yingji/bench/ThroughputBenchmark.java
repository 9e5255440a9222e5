package cn.yingji.bench;

import static cn.yingji.bench.BenchSupport.JSON;
import static cn.yingji.bench.BenchSupport.f;
import static cn.yingji.bench.BenchSupport.options;
import static cn.yingji.bench.BenchSupport.p;
import static cn.yingji.bench.BenchSupport.write;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Search throughput (issue 12, docs/benchmarks.md "Search throughput"), run by {@code infra/bench/bench.sh
 * --throughput} against a running app, Elasticsearch and Keycloak. Not a test: it prints figures and writes them
 * to a file; nothing is asserted.
 * <p>
 * For every scenario (plan search with and without facets, case search, expert search, unified search, and the
 * plan list as reference) {@code --connections} virtual threads send the scenario's requests — every demo user
 * that may ask × the bench query lists, each user with a real Keycloak token — one after the other on one shared
 * HTTP/1.1 client, for {@code --warmup} seconds and then {@code --seconds} measured ones. Reported: requests per
 * second, latency p50/p95/p99 at the client, errors, the CPU the Elasticsearch, app and PostgreSQL process trees
 * used meanwhile (percent of one core, and milliseconds per request), and Elasticsearch's own mean query- and
 * fetch-phase times from its search statistics. A short phase at the same load with the search slow log on gives
 * the distribution of the shard-level query and fetch times ({@code --took-seconds}; the log costs CPU, so it is
 * never on during the measured window). Last, the split: the plan searches exactly as the app sent them (taken
 * from the slow log) replayed to Elasticsearch one at a time, as sent, without highlighting and without
 * aggregations, and once with the profile API.
 */
public final class ThroughputBenchmark {

    private static final List<String> USERS = List.of("wc-county", "wf-city", "sd-province", "expert-demo");
    /** What experts are searched by: a name, an organization, a title, a field (infra/demo/compliance.sql's kinds). */
    static final List<String> EXPERT_QUERIES = List.of("高级工程师", "水利", "地震监测", "安全生产", "疾病预防控制", "林业",
            "供电", "研究员", "王建国", "孙立");

    private record Target(String user, URI uri) {
    }

    /** A kind of request: its targets and the search indices it reads (none for the plan list). */
    private record Scenario(String name, String params, String label, List<Target> targets, List<String> kinds) {

        String shortName() {
            return params.isEmpty() ? name : name + " " + params;
        }
    }

    /** What one measured window gave. */
    private record Window(double seconds, long[] latencies, Map<String, Integer> errors, Map<String, Long> cpuTicks,
            long[] machine, long[] esStats) {
    }

    private final Map<String, String> opt;
    private final String app;
    private final String es;
    private final String prefix;
    private final int connections;
    private final int seconds;
    private final int warmup;
    private final int tookSeconds;
    private final int splitRounds;
    private final String extraParams;
    private final long clkTck;
    private final Map<String, Integer> pids = new LinkedHashMap<>();
    private final BenchSupport.Api api;
    private final HttpClient http;
    private final BenchSupport.Report report = new BenchSupport.Report();

    private ThroughputBenchmark(Map<String, String> opt) {
        this.opt = opt;
        this.app = opt.getOrDefault("app", "http://localhost:8090");
        this.es = opt.getOrDefault("es", "http://127.0.0.1:29200");
        this.prefix = opt.getOrDefault("index-prefix", "yingji-");
        this.connections = Integer.parseInt(opt.getOrDefault("connections", "32"));
        this.seconds = Integer.parseInt(opt.getOrDefault("seconds", "30"));
        this.warmup = Integer.parseInt(opt.getOrDefault("warmup", "10"));
        this.tookSeconds = Integer.parseInt(opt.getOrDefault("took-seconds", "5"));
        this.splitRounds = Integer.parseInt(opt.getOrDefault("split-rounds", "20"));
        this.extraParams = opt.getOrDefault("extra-params", "");
        this.clkTck = Long.parseLong(opt.getOrDefault("clk-tck", "100"));
        for (String pair : opt.getOrDefault("pids", "").split(",")) {
            if (pair.contains("=") && !pair.endsWith("=")) {
                pids.put(pair.substring(0, pair.indexOf('=')), Integer.parseInt(pair.substring(pair.indexOf('=') + 1)));
            }
        }
        pids.put("driver", (int) ProcessHandle.current().pid());
        this.api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    public static void main(String[] args) throws Exception {
        new ThroughputBenchmark(options(args)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        List<String> wanted = List.of(opt.getOrDefault("scenarios",
                "plan-list,plan-search,plan-search-facets,case-search,expert-search,unified").split(","));
        report.line("# Yingji search throughput — %s%s", OffsetDateTime.now(), opt.containsKey("label") ? " — " + opt.get("label") : "");
        report.line("app %s, Elasticsearch %s (indices %s*), %d connections, %d s warm-up, %d s measured per scenario%s",
                app, es, prefix, connections, warmup, seconds, extraParams.isEmpty() ? "" : ", extra parameters " + extraParams);
        report.line("documents: %s; processes: %s; machine: %d cores, load average %s", documents(), pids,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        List<Scenario> scenarios = new ArrayList<>();
        Map<Scenario, Scenario> compared = new LinkedHashMap<>();
        for (String name : wanted) {
            Scenario s = scenario(name.strip(), extraParams);
            scenarios.add(s);
            if (opt.containsKey("compare-params")) {
                // the same requests with other parameters (e.g. lexical against hybrid ranking), measured right after
                Scenario other = scenario(name.strip(), opt.get("compare-params"));
                scenarios.add(other);
                compared.put(s, other);
            }
        }
        report.line("\n| scenario | requests | **req/s** | p50 | p95 | p99 | max | errors | %s | ES query ms (mean) | ES fetch ms (mean) |",
                cpuHeader());
        report.line("|---|---:|---:|---:|---:|---:|---:|---|%s---:|---:|", "---:|".repeat(pids.size() + 1 + cpuPerRequest().size()));
        Map<Scenario, Window> windows = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            Window w = measure(s);
            windows.put(s, w);
            report.line("| %s | %,d | **%.0f** | %s | %s | %s | %s | %s | %s | %s | %s |", s.label(), w.latencies().length,
                    w.latencies().length / w.seconds(), f(pct(w, 50)), f(pct(w, 95)), f(pct(w, 99)), f(pct(w, 100)),
                    w.errors().isEmpty() ? "0" : w.errors().toString(), cpuCells(w), phaseMean(w, 0), phaseMean(w, 2));
        }
        report.line("\nCPU in percent of one core over the measured window (process and its children: Elasticsearch's"
                + " launcher and server JVM, PostgreSQL's backends); ms/req = CPU milliseconds per answered request."
                + " ES query/fetch ms: Elasticsearch's search statistics (shard level) over the window.");
        if (!compared.isEmpty()) {
            report.line("\n## %s against %s\n", opt.get("compare-params"), extraParams.isEmpty() ? "without" : extraParams);
            report.line("| scenario | p50 | p50 with | p95 | p95 with | **p95 added** | req/s | req/s with |");
            report.line("|---|---:|---:|---:|---:|---:|---:|---:|");
            compared.forEach((a, b) -> {
                Window wa = windows.get(a), wb = windows.get(b);
                report.line("| %s | %s | %s | %s | %s | **%s** | %.0f | %.0f |", a.name(), f(pct(wa, 50)), f(pct(wb, 50)),
                        f(pct(wa, 95)), f(pct(wb, 95)), f(pct(wb, 95) - pct(wa, 95)), wa.latencies().length / wa.seconds(),
                        wb.latencies().length / wb.seconds());
            });
        }
        if (tookSeconds > 0) {
            tookDistribution(scenarios);
        }
        if (splitRounds > 0 && wanted.stream().anyMatch(n -> n.strip().startsWith("plan-search"))) {
            split();
        }
        write(opt, "bench-throughput.md", report);
    }

    // ---------------------------------------------------------------- scenarios

    private Scenario scenario(String name, String extraParams) throws Exception {
        List<Target> targets = new ArrayList<>();
        List<String> kinds = switch (name) {
            case "plan-list" -> List.of();
            case "plan-search", "plan-search-facets" -> List.of("plans");
            case "case-search" -> List.of("cases");
            case "expert-search" -> List.of("experts");
            case "unified" -> List.of("plans", "cases", "experts", "drills");
            default -> throw new IllegalArgumentException("unknown scenario " + name
                    + " (plan-list, plan-search, plan-search-facets, case-search, expert-search, unified)");
        };
        List<String> refused = new ArrayList<>();
        for (String user : users()) {
            List<String> paths = switch (name) {
                case "plan-list" -> List.of("/api/v1/plans?page=0&size=20");
                // as the plan search page asks (frontend/src/features/plans/plans.ts searchParams), facets on request
                case "plan-search" -> PlanBenchmark.SEARCH_QUERIES.stream()
                        .map(q -> "/api/v1/plans/search?q=" + enc(q) + "&sort=relevance&page=0&size=20" + extraParams).toList();
                case "plan-search-facets" -> PlanBenchmark.SEARCH_QUERIES.stream()
                        .map(q -> "/api/v1/plans/search?q=" + enc(q) + "&sort=relevance&page=0&size=20&facets=true" + extraParams)
                        .toList();
                case "case-search" -> CaseBenchmark.SEARCHES.stream()
                        .map(sc -> "/api/v1/cases/search?" + sc.params() + "&page=0&facets=true" + extraParams).toList();
                case "expert-search" -> EXPERT_QUERIES.stream()
                        .map(q -> "/api/v1/experts/search?q=" + enc(q) + "&page=0&size=20&facets=true" + extraParams).toList();
                default -> java.util.stream.Stream.concat(PlanBenchmark.SEARCH_QUERIES.stream(),
                                CaseBenchmark.SEARCHES.stream().filter(sc -> sc.q() != null).map(CaseBenchmark.SearchCase::q))
                        .distinct().map(q -> "/api/v1/search?q=" + enc(q) + "&size=5" + extraParams).toList();
            };
            int status = send(new Target(user, URI.create(app + paths.getFirst())));
            if (status == 403) {
                refused.add(user);
                continue;
            }
            if (status != 200) {
                throw new IllegalStateException(name + " as " + user + " answered " + status + ": " + paths.getFirst());
            }
            paths.forEach(path -> targets.add(new Target(user, URI.create(app + path))));
        }
        String label = name + (extraParams.isEmpty() ? "" : " " + extraParams) + " (" + (targets.size() / Math.max(1, users().size() - refused.size())) + " requests × "
                + (users().size() - refused.size()) + " users" + (refused.isEmpty() ? "" : "; not " + String.join(", ", refused) + ": 403") + ")";
        return new Scenario(name, extraParams, label, targets, kinds);
    }

    private List<String> users() {
        return opt.containsKey("users") ? List.of(opt.get("users").split(",")) : USERS;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- load

    private int send(Target t) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(t.uri()).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + api.token(t.user())).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode();
    }

    /** Warm-up, then the measured window: latencies of the requests sent and answered inside it. */
    private Window measure(Scenario s) throws Exception {
        System.out.printf("%s: %d s warm-up, %d s measured …%n", s.shortName(), warmup, seconds);
        load(s, warmup, null);
        var before = cpu();
        long[] machineBefore = ProcessCpu.machineTicks();
        long[] statsBefore = esStats(s.kinds());
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        long[] latencies = load(s, seconds, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        var after = cpu();
        long[] machineAfter = ProcessCpu.machineTicks();
        long[] statsAfter = esStats(s.kinds());
        Map<String, Long> ticks = new LinkedHashMap<>();
        after.forEach((k, v) -> ticks.put(k, v - before.getOrDefault(k, 0L)));
        long[] stats = new long[4];
        for (int i = 0; i < 4; i++) {
            stats[i] = statsAfter[i] - statsBefore[i];
        }
        return new Window(elapsed, latencies, new TreeMap<>(errors),
                ticks, new long[] {machineAfter[0] - machineBefore[0], machineAfter[1] - machineBefore[1]}, stats);
    }

    /**
     * {@code connections} virtual threads sending the scenario's requests for {@code duration} seconds, each starting
     * at another place of the list; returns the latencies (ns) of the requests answered 200 within the time.
     */
    private long[] load(Scenario s, int duration, Map<String, Integer> errors) throws Exception {
        long end = System.nanoTime() + duration * 1_000_000_000L;
        List<Target> targets = s.targets();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int worker = c;
                results.add(pool.submit(() -> {
                    long[] mine = new long[1024];
                    int n = 0;
                    for (int k = worker * targets.size() / connections; System.nanoTime() < end; k++) {
                        Target t = targets.get(k % targets.size());
                        long t0 = System.nanoTime();
                        String failure;
                        try {
                            int status = send(t);
                            failure = status == 200 ? null : "HTTP " + status;
                        } catch (IOException e) {
                            failure = e.getClass().getSimpleName();
                        }
                        long t1 = System.nanoTime();
                        if (t1 > end) {
                            break;
                        }
                        if (failure != null) {
                            if (errors != null) {
                                errors.merge(failure, 1, Integer::sum);
                            }
                            continue;
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = t1 - t0;
                    }
                    return Arrays.copyOf(mine, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> r : results) {
                all.add(r.get());
            }
            return all.stream().flatMapToLong(Arrays::stream).toArray();
        }
    }

    private static double pct(Window w, double q) {
        return p(Arrays.stream(w.latencies()).mapToDouble(ns -> ns / 1e6).toArray(), q);
    }

    // ---------------------------------------------------------------- CPU

    private Map<String, Long> cpu() throws IOException {
        List<ProcessCpu.Stat> stats = ProcessCpu.snapshot();
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, ProcessCpu.treeTicks(stats, pid)));
        return ticks;
    }

    private List<String> cpuPerRequest() {
        return pids.keySet().stream().filter(k -> k.equals("es") || k.equals("app")).toList();
    }

    private String cpuHeader() {
        List<String> cells = new ArrayList<>();
        pids.keySet().forEach(k -> cells.add(k + " CPU %"));
        cells.add("machine busy %");
        cpuPerRequest().forEach(k -> cells.add(k + " CPU ms/req"));
        return String.join(" | ", cells);
    }

    private String cpuCells(Window w) {
        List<String> cells = new ArrayList<>();
        pids.keySet().forEach(k -> cells.add(String.format("%.0f", 100.0 * w.cpuTicks().get(k) / clkTck / w.seconds())));
        cells.add(String.format("%.0f / %d", 100.0 * w.machine()[0] / Math.max(1, w.machine()[1]) * Runtime.getRuntime()
                .availableProcessors(), 100 * Runtime.getRuntime().availableProcessors()));
        cpuPerRequest().forEach(k -> cells.add(String.format("%.2f",
                1000.0 * w.cpuTicks().get(k) / clkTck / Math.max(1, w.latencies().length))));
        return String.join(" | ", cells);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    // ---------------------------------------------------------------- Elasticsearch

    private String indices(List<String> kinds) {
        return kinds.stream().map(k -> prefix + k).collect(Collectors.joining(","));
    }

    /** query_total, query_time_in_millis, fetch_total, fetch_time_in_millis of these indices' primaries. */
    private long[] esStats(List<String> kinds) throws IOException, InterruptedException {
        if (kinds.isEmpty()) {
            return new long[4];
        }
        JsonNode search = esGet("/" + indices(kinds) + "/_stats/search").path("_all").path("primaries").path("search");
        return new long[] {search.path("query_total").asLong(), search.path("query_time_in_millis").asLong(),
                search.path("fetch_total").asLong(), search.path("fetch_time_in_millis").asLong()};
    }

    private static String phaseMean(Window w, int offset) {
        long count = w.esStats()[offset];
        return count == 0 ? "" : f((double) w.esStats()[offset + 1] / count);
    }

    private String documents() throws IOException, InterruptedException {
        List<String> counts = new ArrayList<>();
        for (String kind : List.of("plans", "cases", "experts", "drills")) {
            counts.add(kind + " " + esGet("/" + prefix + kind + "/_count").path("count").asLong(-1));
        }
        return String.join(", ", counts);
    }

    private JsonNode esGet(String path) throws IOException, InterruptedException {
        return esSend(HttpRequest.newBuilder(URI.create(es + path)).GET().build());
    }

    private JsonNode esSend(HttpRequest request) throws IOException, InterruptedException {
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private SearchSlowLog slowLog(List<String> kinds) {
        String file = opt.get("slowlog");
        return new SearchSlowLog(http, es, indices(kinds), file == null ? null : Path.of(file));
    }

    /** The same load for a few seconds with the slow log on: shard-level query and fetch times per request. */
    private void tookDistribution(List<Scenario> scenarios) throws Exception {
        report.line("\n## Elasticsearch query and fetch phase per request, under the same load (search slow log, %d s)\n", tookSeconds);
        report.line("| scenario | phases logged | query p50 | query p95 | query p99 | fetch p50 | fetch p95 | fetch p99 |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Scenario s : scenarios) {
            if (s.kinds().isEmpty()) {
                continue;
            }
            SearchSlowLog log = slowLog(s.kinds());
            if (!log.available()) {
                report.line("| %s | no slow log file (--slowlog) | | | | | | |", s.shortName());
                continue;
            }
            log.on();
            try {
                load(s, tookSeconds, null);
            } finally {
                log.off();
            }
            List<SearchSlowLog.Entry> entries = log.entries();
            double[] query = phase(entries, "query"), fetch = phase(entries, "fetch");
            report.line("| %s | %,d | %s | %s | %s | %s | %s | %s |", s.shortName(), entries.size(), f(p(query, 50)), f(p(query, 95)),
                    f(p(query, 99)), f(p(fetch, 50)), f(p(fetch, 95)), f(p(fetch, 99)));
        }
        report.line("\n(one line per shard and phase; every index has one shard, so one query and one fetch line per"
                + " search that found something)");
    }

    private static double[] phase(List<SearchSlowLog.Entry> entries, String phase) {
        return entries.stream().filter(e -> e.phase().equals(phase)).mapToDouble(SearchSlowLog.Entry::ms).toArray();
    }

    // ---------------------------------------------------------------- the split

    /**
     * The plan searches as the app sends them (captured from the slow log, one per query, as the first user asks
     * with facets), replayed one at a time: as sent, without highlighting, without aggregations; and the profile
     * API's query and fetch times for each.
     */
    private void split() throws Exception {
        SearchSlowLog log = slowLog(List.of("plans"));
        report.line("\n## Plan search: where Elasticsearch spends the time (one request at a time, %d rounds per query)\n", splitRounds);
        if (!log.available()) {
            report.line("no slow log file (--slowlog): skipped");
            return;
        }
        String user = users().getFirst();
        List<String> sources = new ArrayList<>();
        for (String q : PlanBenchmark.SEARCH_QUERIES) {
            log.on();
            try {
                send(new Target(user, URI.create(app + "/api/v1/plans/search?q=" + enc(q) + "&sort=relevance&page=0&size=20&facets=true"
                        + extraParams)));
            } finally {
                log.off();
            }
            log.entries().stream().filter(e -> e.phase().equals("query") && !e.source().isEmpty()).findFirst()
                    .ifPresent(e -> sources.add(e.source()));
        }
        if (sources.isEmpty()) {
            report.line("the slow log held no request source: skipped");
            return;
        }
        Map<String, List<Double>> took = new LinkedHashMap<>();
        for (String variant : List.of("as sent", "no highlight", "no aggregations", "neither")) {
            took.put(variant, new ArrayList<>());
        }
        double[] profile = new double[4];   // query, aggregations, fetch, highlight (ms, summed over queries)
        for (String source : sources) {
            ObjectNode body = (ObjectNode) JSON.readTree(source);
            for (int round = -2; round < splitRounds; round++) {
                for (String variant : took.keySet()) {
                    ObjectNode v = body.deepCopy();
                    if (variant.equals("no highlight") || variant.equals("neither")) {
                        v.remove("highlight");
                    }
                    if (variant.equals("no aggregations") || variant.equals("neither")) {
                        v.remove("aggregations");
                    }
                    JsonNode r = search(v);
                    if (round >= 0) {
                        took.get(variant).add(r.path("took").asDouble());
                    }
                }
            }
            ObjectNode profiled = body.deepCopy();
            profiled.put("profile", true);
            JsonNode shard = search(profiled).path("profile").path("shards").path(0);
            for (JsonNode search : shard.path("searches")) {
                for (JsonNode query : search.path("query")) {
                    profile[0] += query.path("time_in_nanos").asLong() / 1e6;
                }
                for (JsonNode collector : search.path("collector")) {
                    profile[0] += collector.path("time_in_nanos").asLong() / 1e6;
                }
            }
            for (JsonNode agg : shard.path("aggregations")) {
                profile[1] += agg.path("time_in_nanos").asLong() / 1e6;
            }
            JsonNode fetch = shard.path("fetch");
            profile[2] += fetch.path("time_in_nanos").asLong() / 1e6;
            for (JsonNode child : fetch.path("children")) {
                if (child.path("type").asString("").contains("Highlight")) {
                    profile[3] += child.path("time_in_nanos").asLong() / 1e6;
                }
            }
        }
        report.line("| request (%d plan queries as %s, facets=true) | took p50 | took p95 | took mean |", sources.size(), user);
        report.line("|---|---:|---:|---:|");
        took.forEach((variant, values) -> {
            double[] t = values.stream().mapToDouble(Double::doubleValue).toArray();
            report.line("| %s | %s | %s | %s |", variant, f(p(t, 50)), f(p(t, 95)), f(Arrays.stream(t).average().orElse(0)));
        });
        int n = sources.size();
        report.line("\nprofile API, mean per query: query phase (query + collectors) %s, aggregations %s, fetch phase %s"
                + " (of which highlighting %s)", f(profile[0] / n), f(profile[1] / n), f(profile[2] / n), f(profile[3] / n));
    }

    private JsonNode search(ObjectNode body) throws IOException, InterruptedException {
        return esSend(HttpRequest.newBuilder(URI.create(es + "/" + prefix + "plans/_search"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }
}
