package cn.yingji.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every benchmark driver needs: demo users' tokens, timed API calls, percentiles and the report. */
final class BenchSupport {

    static final JsonMapper JSON = JsonMapper.shared();
    private static final String PASSWORD = "demo123";
    /** The realm with the password-grant client (infra/bench/bench.sh creates it from the tests' realm file). */
    private static final String REALM = System.getenv().getOrDefault("YINGJI_KC_REALM", "yingji-test");

    private BenchSupport() {
    }

    /** The API as the demo users see it, with password-grant tokens of the CLI client renewed before they expire. */
    static final class Api {

        /** HTTP/1.1 as a browser speaks it to a plain-HTTP server (the default, HTTP/2, offers an h2c upgrade). */
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String kc;
        private final Map<String, String[]> tokens = new HashMap<>();

        Api(String kc) {
            this.kc = kc;
        }

        synchronized String token(String user) {
            String[] t = tokens.get(user);
            if (t != null && System.currentTimeMillis() - Long.parseLong(t[1]) < 600_000) {
                return t[0];
            }
            try {
                String form = "grant_type=password&client_id=yingji-cli&username=" + user + "&password=" + PASSWORD;
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(kc + "/realms/" + REALM + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
                String value = JSON.readTree(r.body()).path("access_token").asString();
                tokens.put(user, new String[] {value, Long.toString(System.currentTimeMillis())});
                return value;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("no token for " + user, e);
            }
        }

        JsonNode get(String user, String url) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token(user)).GET().build();
            long sent = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            exchangeNanos.set(System.nanoTime() - sent);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
            }
            serverTiming.set(r.headers().firstValue("Server-Timing").map(ServerTimes::parse).orElse(null));
            return JSON.readTree(r.body());
        }

        private final ThreadLocal<ServerTimes> serverTiming = new ThreadLocal<>();
        private final ThreadLocal<Long> exchangeNanos = ThreadLocal.withInitial(() -> 0L);

        /**
         * How long this thread's last call took from sending the request to holding the whole answer, in ms: the API as
         * a client sees it, without the driver's own parsing of the answer's JSON (50 workbench items: about 1 ms).
         */
        double lastExchangeMs() {
            return exchangeNanos.get() / 1e6;
        }

        /** What the app said about the last answer this thread got ({@code Server-Timing}), or null. */
        ServerTimes serverTiming() {
            return serverTiming.get();
        }
    }

    /**
     * An answer's {@code Server-Timing}: {@code app} from the request's arrival in the app to its answer, {@code db}
     * the part of it in database work; {@code app − db} is what the app adds to its SQL, without the client's and the
     * network's share.
     */
    record ServerTimes(double appMs, double dbMs) {

        static ServerTimes parse(String header) {
            double app = Double.NaN, db = Double.NaN;
            for (String metric : header.split(",")) {
                String[] parts = metric.trim().split(";dur=");
                if (parts.length == 2) {
                    switch (parts[0]) {
                        case "app" -> app = Double.parseDouble(parts[1]);
                        case "db" -> db = Double.parseDouble(parts[1]);
                        default -> { }
                    }
                }
            }
            return new ServerTimes(app, db);
        }

        double fixedMs() {
            return appMs - dbMs;
        }
    }

    /** What a stream hands on: one {@code data:} line carrying the run's marker, when it arrived, on whose stream. */
    interface Arrival {
        void accept(String user, String line, long arrivedNanos);
    }

    /**
     * Open notification streams (消息中心), as browsers and 信息接报 consoles hold them: one per entry of {@code users},
     * each {@code data:} line containing {@code marker} handed to the {@link Arrival} as it comes.
     */
    static final class Streams {

        final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        private final List<Thread> readers = new java.util.ArrayList<>();
        final double openingSeconds;
        final boolean allReady;

        /** Opens the streams and waits (at most 120 s) until each is ready or has failed. */
        Streams(Api api, String app, List<String> users, String marker, Arrival arrival) throws InterruptedException {
            var ready = new java.util.concurrent.CountDownLatch(users.size());
            long opening = System.nanoTime();
            for (String user : users) {
                String token = api.token(user);
                readers.add(Thread.ofVirtual().start(() -> {
                    try {
                        HttpResponse<java.io.InputStream> r = api.http.send(HttpRequest.newBuilder(
                                        URI.create(app + "/api/v1/notifications/stream"))
                                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                        if (r.statusCode() != 200) {
                            failed.incrementAndGet();
                            ready.countDown();
                            return;
                        }
                        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(),
                                java.nio.charset.StandardCharsets.UTF_8))) {
                            String line;
                            boolean counted = false;
                            while ((line = lines.readLine()) != null) {
                                if (!counted && line.startsWith(":ready")) {
                                    counted = true;
                                    open.incrementAndGet();
                                    ready.countDown();
                                } else if (line.startsWith("data:") && line.contains(marker)) {
                                    arrival.accept(user, line, System.nanoTime());
                                }
                            }
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        ready.countDown();
                    }
                }));
            }
            allReady = ready.await(120, java.util.concurrent.TimeUnit.SECONDS);
            openingSeconds = (System.nanoTime() - opening) / 1e9;
        }

        /** "streams open: n of m in s (failed: k)". */
        String summary(String what) {
            return String.format("%s open: %,d of %,d in %.1f s (failed: %d)%s", what, open.get(), readers.size(),
                    openingSeconds, failed.get(), allReady ? "" : " — not all within 120 s");
        }

        void close() {
            readers.forEach(Thread::interrupt);
        }
    }

    /** The report: printed as it goes and kept for the results file. */
    static final class Report {

        final StringBuilder text = new StringBuilder();

        void line(String format, Object... args) {
            String s = String.format(format, args);
            System.out.println(s);
            text.append(s).append('\n');
        }
    }

    /** The driver's options, {@code --name value} pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opt;
    }

    /** The benchmark platform's database ({@code --pg-host}, {@code --pg-port}, {@code --db}). */
    static String jdbcUrl(Map<String, String> opt) {
        return "jdbc:postgresql://" + opt.getOrDefault("pg-host", "127.0.0.1") + ":" + opt.getOrDefault("pg-port", "25432")
                + "/" + opt.getOrDefault("db", "yingji");
    }

    /** Timed rounds per case ({@code --iterations}). */
    static int iterations(Map<String, String> opt, int fallback) {
        return Integer.parseInt(opt.getOrDefault("iterations", Integer.toString(fallback)));
    }

    /** Warm-up rounds before the timed ones. */
    static int warmup(int iterations) {
        return Math.max(5, iterations / 5);
    }

    /** A request (or statement) the warm-up repeats. */
    interface Call {
        void run() throws Exception;
    }

    /**
     * Repeats {@code calls} round-robin, untimed, for {@code --warm-seconds} (default 20) and returns how many ran:
     * a freshly started app runs its request path interpreted for its first thousands of requests (a plan list
     * took 22 ms there against 1.6 ms warm), and so does the driver's own HTTP client. A few warm-up rounds per case
     * measured the JIT rather than the app (docs/benchmarks.md, "The API's fixed cost").
     */
    static int warm(Map<String, String> opt, List<Call> calls) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(opt.getOrDefault("warm-seconds", "20"))).toNanos();
        int n = 0;
        while (System.nanoTime() < until) {
            calls.get(n % calls.size()).run();
            n++;
        }
        return n;
    }

    /** Writes the report to {@code --out} (default {@code fallback}). */
    static void write(Map<String, String> opt, String fallback, Report report) throws IOException {
        Path out = Path.of(opt.getOrDefault("out", fallback));
        Files.writeString(out, report.text.toString());
        System.out.println("\nfigures written to " + out.toAbsolutePath());
    }

    /** The tenant context exactly as TenantTx sets it, first statement of the transaction. */
    static void enter(Connection c, String path, String code) throws SQLException {
        rows(c, "select set_config('app.tenant_path', ?, true), set_config('app.tenant_code', ?, true), set_config('app.readership', 'office', true)", path, code);
    }

    /** Runs a query with these binds and reads every column of every row, as the API does; returns the row count. */
    static int rows(Connection c, String sql, Object... binds) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                st.setObject(i + 1, binds[i]);
            }
            int n = 0;
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    n++;
                }
            }
            return n;
        }
    }

    /** The first column of the one row of a query with these binds, as a number. */
    static long single(Connection c, String sql, Object... binds) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                st.setObject(i + 1, binds[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long scalarLong(Connection c, String sql) throws SQLException {
        return Long.parseLong(scalar(c, sql));
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Nearest-rank percentile. */
    static double p(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(q / 100 * sorted.length) - 1)];
    }

    static String f(double ms) {
        return ms < 10 ? String.format("%.2f ms", ms) : String.format("%.1f ms", ms);
    }

    static String verdict(boolean met) {
        return met ? "met" : "**not met**";
    }
}
