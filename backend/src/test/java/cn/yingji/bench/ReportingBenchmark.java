package cn.yingji.bench;

import static cn.yingji.bench.BenchSupport.JSON;
import static cn.yingji.bench.BenchSupport.f;
import static cn.yingji.bench.BenchSupport.options;
import static cn.yingji.bench.BenchSupport.p;
import static cn.yingji.bench.BenchSupport.unbox;
import static cn.yingji.bench.BenchSupport.verdict;
import static cn.yingji.bench.BenchSupport.write;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 信息报送 under load (issue 14): {@code --consoles} (500) open 信息接报 consoles (their notification streams), spread
 * evenly over the three demo cities (潍坊市, 济南市, 六盘水市); then their four demo counties (潍城区 and 寒亭区 to
 * 潍坊市, 市中区 to 济南市, 钟山区 to 六盘水市) each open an event and send reports on it through the API, in turn,
 * {@code --rate} (50) per second in all for {@code --seconds} (20). For every report and every console of the city
 * above its county: the time from sending the report (the request leaving the driver) to the console's event
 * (下级报告) arriving — intake → the upper tier's open console. Goal: p99 ≤ 1 s. Also the reports' own answer times.
 */
public final class ReportingBenchmark {

    private static final String TITLE = "\"title\":\"";

    private ReportingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        BenchSupport.Report report = new BenchSupport.Report();
        String app = opt.getOrDefault("app", "http://localhost:8090");
        int consoles = Integer.parseInt(opt.getOrDefault("consoles", "500"));
        int rate = Integer.parseInt(opt.getOrDefault("rate", "50"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        BenchSupport.Api api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));
        List<String> cities = List.of("wf-city", "jn-city", "lps-city");
        // county login, its city, its name (the notification's title starts with it)
        List<String[]> counties = List.of(new String[] {"wc-county", "wf-city", "潍城区"},
                new String[] {"ht-county", "wf-city", "寒亭区"}, new String[] {"szq-county", "jn-city", "市中区"},
                new String[] {"zs-county", "lps-city", "钟山区"});
        String run = "基准事件-" + Long.toHexString(System.nanoTime());

        report.line("# Yingji reporting benchmark — %s", OffsetDateTime.now());
        report.line("consoles: %,d over 潍坊市, 济南市 and 六盘水市; reports: %d/s in all for %d s by 潍城区, 寒亭区, 市中区 "
                + "and 钟山区 in turn, each on its own event, through the API", consoles, rate, seconds);

        ConcurrentLinkedQueue<Object[]> arrivals = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> perCity = new ConcurrentHashMap<>();
        List<String> consoleUsers = new ArrayList<>();
        for (int i = 0; i < consoles; i++) {
            String city = cities.get(i % cities.size());
            consoleUsers.add(city);
            perCity.computeIfAbsent(city, c -> new AtomicInteger()).incrementAndGet();
        }
        BenchSupport.Streams streams = new BenchSupport.Streams(api, app, consoleUsers, run, (city, line, now) -> {
            int at = line.indexOf(TITLE) + TITLE.length();
            arrivals.add(new Object[] {line.substring(at, line.indexOf('"', at)) + "|" + city, now});
        });
        report.line(streams.summary("consoles"));

        List<String> events = new ArrayList<>();
        for (String[] county : counties) {
            String token = api.token(county[0]);
            String event = post(api, token, app + "/api/v1/events", Map.of("title", run, "eventType", "危险化学品",
                    "severity", "general", "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString(), "address",
                    county[2] + "基准测试地点", "longitude", 117.5, "latitude", 36.5, "summary", "基准测试"))
                    .path("event").path("id").asString();
            post(api, token, app + "/api/v1/events/" + event + "/reports", body("initial"));
            events.add(event);
        }

        // every report: when it was sent, by the title its notification carries (潍城区续报N：<event>)
        Map<String, Long> sent = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;
        for (int i = 0; i < rate * seconds; i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            String[] county = counties.get(i % counties.size());
            String event = events.get(i % counties.size());
            senders.add(Thread.ofVirtual().start(() -> {
                long at = System.nanoTime();
                try {
                    var answer = post(api, api.token(county[0]), app + "/api/v1/events/" + event + "/reports", body("follow_up"));
                    answers.add((System.nanoTime() - at) / 1e6);
                    sent.put(county[2] + answer.path("title").asString() + "：" + run + "|" + county[1], at);
                } catch (Exception e) {
                    refused.incrementAndGet();
                }
            }));
        }
        for (Thread t : senders) {
            t.join();
        }
        double took = (System.nanoTime() - start) / 1e9;
        Thread.sleep(Duration.ofSeconds(3));
        streams.close();

        List<Double> latencies = new ArrayList<>();
        for (Object[] a : arrivals) {
            Long at = sent.get((String) a[0]);
            if (at != null) {
                latencies.add(Math.max(0, ((Long) a[1] - at) / 1e6));
            }
        }
        double[] l = unbox(latencies);
        double[] s = unbox(new ArrayList<>(answers));
        // every report reaches the consoles of the city above its county
        long expected = sent.keySet().stream().mapToLong(k -> perCity.get(k.substring(k.indexOf('|') + 1)).get()).sum();
        report.line("reports committed: %,d of %,d in %.1f s (%.1f/s); refused: %d", sent.size(), rate * seconds, took,
                sent.size() / took, refused.get());
        report.line("\n| | count | p50 | p95 | p99 | max |");
        report.line("|---|---:|---:|---:|---:|---:|");
        report.line("| report → console event | %,d of %,d | %s | %s | **%s** | %s |", l.length, expected, f(p(l, 50)),
                f(p(l, 95)), f(p(l, 99)), f(p(l, 100)));
        report.line("| report answer (POST) | %,d | %s | %s | %s | %s |", s.length, f(p(s, 50)), f(p(s, 95)), f(p(s, 99)),
                f(p(s, 100)));
        report.line("\nGoal: intake → the upper tier's open console p99 ≤ 1 s at %d reports/s with %,d consoles → %s", rate,
                consoles, verdict(l.length == expected && refused.get() == 0 && p(l, 99) <= 1000));
        write(opt, "bench-reporting.md", report);
        System.exit(0);
    }

    private static Map<String, Object> body(String stage) {
        return Map.of("stage", stage, "channel", "system", "direct", false, "content", "基准测试续报：现场处置中。",
                "principal", "刘建国", "deputy", "张敏", "compiledBy", "王强");
    }

    private static tools.jackson.databind.JsonNode post(BenchSupport.Api api, String token, String url, Object body)
            throws Exception {
        HttpResponse<String> r = api.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
