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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 查岗 under load (issue 14): {@code --consoles} (500) open browsers of the four demo county offices (潍城区, 寒亭区,
 * 市中区, 钟山区: their notification streams, where the spot-check prompt listens), then their cities (潍坊市 checks 潍城区
 * and 寒亭区, 济南市 市中区, 六盘水市 钟山区) check them through the API, in turn, {@code --rate} (10) per second in all for
 * {@code --seconds} (20). For every check and every browser of the checked office: the time from sending the check
 * (the request leaving the driver) to the browser's event (查岗) arriving. Goal: spot-check delivery p99 ≤ 1 s.
 */
public final class SpotCheckBenchmark {

    private static final String ENTITY = "\"entityId\":\"";

    private SpotCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        BenchSupport.Report report = new BenchSupport.Report();
        String app = opt.getOrDefault("app", "http://localhost:8090");
        int consoles = Integer.parseInt(opt.getOrDefault("consoles", "500"));
        int rate = Integer.parseInt(opt.getOrDefault("rate", "10"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        BenchSupport.Api api = new BenchSupport.Api(opt.getOrDefault("kc", "http://localhost:28080"));
        // the checked office's login, its code, the checker's login
        List<String[]> checked = List.of(new String[] {"wc-county", "370702", "wf-city"},
                new String[] {"ht-county", "370703", "wf-city"}, new String[] {"szq-county", "370103", "jn-city"},
                new String[] {"zs-county", "520201", "lps-city"});

        report.line("# Yingji spot-check benchmark — %s", OffsetDateTime.now());
        report.line("browsers: %,d over 潍城区, 寒亭区, 市中区 and 钟山区; checks: %d/s in all for %d s by 潍坊市, 济南市 and "
                + "六盘水市 of them in turn, through the API", consoles, rate, seconds);

        List<String> users = new ArrayList<>();
        Map<String, AtomicInteger> perOffice = new ConcurrentHashMap<>();
        for (int i = 0; i < consoles; i++) {
            String[] office = checked.get(i % checked.size());
            users.add(office[0]);
            perOffice.computeIfAbsent(office[1], c -> new AtomicInteger()).incrementAndGet();
        }
        // every arrival: the check it announces and when
        ConcurrentLinkedQueue<Object[]> arrivals = new ConcurrentLinkedQueue<>();
        BenchSupport.Streams streams = new BenchSupport.Streams(api, app, users, "\"kind\":\"spot_check\"",
                (user, line, now) -> {
                    int at = line.indexOf(ENTITY) + ENTITY.length();
                    arrivals.add(new Object[] {line.substring(at, line.indexOf('"', at)), now});
                });
        report.line(streams.summary("browsers"));

        // every check: when it was sent, and to which office
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, String> office = new ConcurrentHashMap<>();
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
            String[] target = checked.get(i % checked.size());
            senders.add(Thread.ofVirtual().start(() -> {
                long at = System.nanoTime();
                try {
                    HttpResponse<String> r = api.http.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/duty/spot-checks"))
                            .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + api.token(target[2]))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                    "checkedTenantCode", target[1], "method", "system")))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException(r.statusCode() + " " + r.body());
                    }
                    answers.add((System.nanoTime() - at) / 1e6);
                    String id = JSON.readTree(r.body()).path("id").asString();
                    sent.put(id, at);
                    office.put(id, target[1]);
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
        long expected = office.values().stream().mapToLong(code -> perOffice.get(code).get()).sum();
        report.line("checks committed: %,d of %,d in %.1f s (%.1f/s); refused: %d", sent.size(), rate * seconds, took,
                sent.size() / took, refused.get());
        report.line("\n| | count | p50 | p95 | p99 | max |");
        report.line("|---|---:|---:|---:|---:|---:|");
        report.line("| check → browser event | %,d of %,d | %s | %s | **%s** | %s |", l.length, expected, f(p(l, 50)),
                f(p(l, 95)), f(p(l, 99)), f(p(l, 100)));
        report.line("| check answer (POST) | %,d | %s | %s | %s | %s |", s.length, f(p(s, 50)), f(p(s, 95)), f(p(s, 99)),
                f(p(s, 100)));
        report.line("\nGoal: spot-check delivery p99 ≤ 1 s with %,d browsers open → %s", consoles,
                verdict(l.length == expected && refused.get() == 0 && p(l, 99) <= 1000));
        write(opt, "bench-spot-checks.md", report);
        System.exit(0);
    }
}
