package cn.yingji.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
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

    private BenchSupport() {
    }

    /** The API as the demo users see it, with password-grant tokens of the CLI client renewed before they expire. */
    static final class Api {

        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(kc + "/realms/yingji/protocol/openid-connect/token"))
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
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body());
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
