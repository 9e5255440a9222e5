package cn.yingji.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * The real services the integration tests talk to: as started by {@code infra/local/platform.sh} and
 * described by its {@code env} command (defaults from docs/contracts.md), or, on a machine with Docker and
 * no running platform, by {@link ContainerServices}.
 * <p>
 * Within them the tests own a database (with its search indices) and a realm of their own,
 * {@code YINGJI_TEST_DB} and {@code YINGJI_TEST_REALM}, which {@code ./yingji test} (or
 * {@code ./yingji test-services up}) creates and drops: never the {@code YINGJI_DB}/{@code YINGJI_KC_REALM} that
 * {@code ./yingji run} serves, even in a shell that exported the launcher's settings.
 */
public final class TestServices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /** Settings of services this JVM started itself (Testcontainers); empty when the launcher's are used. */
    private static final Map<String, String> STARTED = ContainerServices.wanted() ? ContainerServices.start() : Map.of();

    public static final String DEMO_PASSWORD = "demo123";

    private TestServices() {
    }

    public static String env(String name, String fallback) {
        return STARTED.containsKey(name) ? STARTED.get(name) : setting(name, fallback);
    }

    /** The environment's value (read before containers start, so the tests' own names never depend on them). */
    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://" + env("YINGJI_PG_HOST", "127.0.0.1") + ":" + env("YINGJI_PG_PORT", "15432") + "/"
                + database();
    }

    /** The tests' own database; {@code ./yingji test} uses the same default. */
    public static String database() {
        return setting("YINGJI_TEST_DB", "yingji_test");
    }

    /** The app's search indices follow the database's name (yingji.search.index-prefix). */
    public static String indexPrefix() {
        return database() + "-";
    }

    /** Every Elasticsearch node, comma-separated, as the app takes them ({@code yingji.elasticsearch.urls}). */
    public static String elasticsearchUrls() {
        return env("YINGJI_ES_URL", "http://127.0.0.1:19200");
    }

    /** The first of them, for the tests' own requests. */
    public static String elasticsearchUrl() {
        return elasticsearchUrls().split(",")[0].strip();
    }

    public static String keycloakUrl() {
        return env("YINGJI_KC_URL", "http://localhost:18080");
    }

    public static String realm() {
        return setting("YINGJI_TEST_REALM", "yingji-test");
    }

    /**
     * A connection as the table owner (BYPASSRLS): for test fixtures only, never for assertions about isolation.
     * The tests' database starts empty in every run, so the first connection migrates it and loads the catalog.
     */
    public static Connection ownerConnection() throws SQLException {
        TenantCatalogFixture.ensureLoaded();
        return DriverManager.getConnection(jdbcUrl(), env("YINGJI_DB_OWNER", "yingji_owner"),
                env("YINGJI_DB_OWNER_PASSWORD", "yingji_owner"));
    }

    /** A connection as the API's role, subject to row-level security. */
    public static Connection appConnection() throws SQLException {
        TenantCatalogFixture.ensureLoaded();
        return DriverManager.getConnection(jdbcUrl(), env("YINGJI_DB_APP", "yingji_app"),
                env("YINGJI_DB_APP_PASSWORD", "yingji_app"));
    }

    /** An access token for a demo user from the real Keycloak (password grant of the test realm's own client). */
    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, TestServices::fetchToken);
    }

    /** A token of its own for a long-lived request (a notification stream ends when its token does). */
    public static String freshToken(String username) {
        return fetchToken(username);
    }

    private static String fetchToken(String username) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "yingji-cli",
                "username", username, "password", DEMO_PASSWORD);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/" + realm()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + keycloakUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
