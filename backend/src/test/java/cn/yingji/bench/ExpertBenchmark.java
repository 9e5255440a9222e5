package cn.yingji.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expert-matching benchmark (docs/benchmarks.md, docs/experts.md), run by {@code infra/bench/bench-experts.sh}
 * against a running app, PostgreSQL, Elasticsearch and Keycloak holding the generated expert pool. Not a test
 * (the name keeps Surefire and Failsafe away): it prints figures and appends them to a file.
 * <p>
 * For a county, a city and a province viewer it asks {@code GET /api/v1/plans/{id}/expert-candidates} for the
 * viewer's own plans in turn (each with its event types and owning unit) and reports the API's latency and
 * Elasticsearch's {@code took} for the same request (the API returns it as {@code tookMillis}), p50 and p95.
 */
public final class ExpertBenchmark {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String PASSWORD = "demo123";
    private static final int PLANS_PER_VIEWER = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String app;
    private final String kc;
    private final String jdbcUrl;
    private final String pgUser;
    private final int iterations;
    private final Path out;
    private final StringBuilder report = new StringBuilder();
    private final Map<String, String> tokens = new HashMap<>();

    private record Viewer(String tier, String user, String code) {
    }

    private ExpertBenchmark(Map<String, String> opt) {
        this.app = opt.getOrDefault("app", "http://localhost:8090");
        this.kc = opt.getOrDefault("kc", "http://localhost:28080");
        this.jdbcUrl = "jdbc:postgresql://" + opt.getOrDefault("pg-host", "127.0.0.1") + ":"
                + opt.getOrDefault("pg-port", "25432") + "/" + opt.getOrDefault("db", "yingji");
        this.pgUser = opt.getOrDefault("pg-user", "postgres");
        this.iterations = Integer.parseInt(opt.getOrDefault("iterations", "200"));
        this.out = Path.of(opt.getOrDefault("out", "bench-results.md"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new ExpertBenchmark(opt).run();
    }

    private void run() throws Exception {
        List<Viewer> viewers = List.of(new Viewer("county", "wc-county", "370702"), new Viewer("city", "wf-city", "370700"),
                new Viewer("province", "sd-province", "370000"));
        line("\n# Yingji expert matching benchmark — %s\n", OffsetDateTime.now());
        try (Connection c = DriverManager.getConnection(jdbcUrl, pgUser, "")) {
            line("experts: %,d (in pool and available: %,d); plans: %,d", count(c, "select count(*) from expert"),
                    count(c, "select count(*) from expert where in_pool and availability = 'available'"),
                    count(c, "select count(*) from plan"));
            line("iterations per viewer: %d (after %d warm-up), cycling through up to %d own plans\n", iterations,
                    warmup(), PLANS_PER_VIEWER);
            line("| viewer | experts visible | candidates per plan (avg) | API p50 | API p95 | ES took p50 | ES took p95 |");
            line("|---|---:|---:|---:|---:|---:|---:|");
            List<Double> apiAll = new ArrayList<>(), tookAll = new ArrayList<>();
            for (Viewer v : viewers) {
                List<String> plans = plans(c, v.code());
                if (plans.isEmpty()) {
                    line("| %s %s | | | no plan with event types: skipped | | | |", v.tier(), v.user());
                    continue;
                }
                long visible = get(v, app + "/api/v1/experts/search?size=1").path("total").asLong();
                double[] api = new double[iterations], took = new double[iterations];
                long offered = 0;
                for (int i = -warmup(); i < iterations; i++) {
                    String plan = plans.get(Math.floorMod(i, plans.size()));
                    long t0 = System.nanoTime();
                    JsonNode result = get(v, app + "/api/v1/plans/" + plan + "/expert-candidates?size=20");
                    long t1 = System.nanoTime();
                    if (i >= 0) {
                        api[i] = (t1 - t0) / 1e6;
                        took[i] = result.path("tookMillis").asDouble();
                        offered += result.path("items").size();
                        apiAll.add(api[i]);
                        tookAll.add(took[i]);
                    }
                }
                line("| %s %s | %,d | %.1f | %s | %s | %s | %s |", v.tier(), v.user(), visible, (double) offered / iterations,
                        f(p(api, 50)), f(p(api, 95)), f(p(took, 50)), f(p(took, 95)));
            }
            double[] a = apiAll.stream().mapToDouble(Double::doubleValue).toArray();
            double[] t = tookAll.stream().mapToDouble(Double::doubleValue).toArray();
            line("| **all** | | | %s | **%s** | %s | **%s** |", f(p(a, 50)), f(p(a, 95)), f(p(t, 50)), f(p(t, 95)));
        }
        Files.writeString(out, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("\nfigures appended to " + out.toAbsolutePath());
    }

    private int warmup() {
        return Math.max(5, iterations / 5);
    }

    /** The viewer's own plans that name event types (matching needs them), a stable sample. */
    private static List<String> plans(Connection c, String tenantCode) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id::text from plan where tenant_code = ?"
                + " and cardinality(event_types) > 0 order by id limit " + PLANS_PER_VIEWER)) {
            ps.setString(1, tenantCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private JsonNode get(Viewer v, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(v.user())).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** A password-grant token of the CLI client; a run stays well inside its 15 minutes. */
    private String token(String user) throws IOException, InterruptedException {
        String cached = tokens.get(user);
        if (cached != null) {
            return cached;
        }
        String form = "grant_type=password&client_id=yingji-cli&username=" + user + "&password=" + PASSWORD;
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(kc + "/realms/yingji/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        String value = JSON.readTree(r.body()).path("access_token").asString();
        tokens.put(user, value);
        return value;
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }

    /** Nearest-rank percentile. */
    private static double p(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(q / 100 * sorted.length) - 1)];
    }

    private static String f(double ms) {
        return ms < 10 ? String.format("%.2f ms", ms) : String.format("%.1f ms", ms);
    }
}
