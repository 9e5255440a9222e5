package cn.yingji.tenants;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few calls of the Keycloak admin REST API the loader needs, with an admin token from the master realm
 * ({@code admin-cli}, password grant).
 */
final class KeycloakAdmin {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;
    private final String adminBase;
    private final String adminUser;
    private final String adminPassword;
    private String token;

    private KeycloakAdmin(String url, String realm, String adminUser, String adminPassword) {
        this.url = url;
        this.adminBase = url + "/admin/realms/" + realm;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    static KeycloakAdmin login(String url, String realm, String adminUser, String adminPassword) {
        KeycloakAdmin admin = new KeycloakAdmin(url, realm, adminUser, adminPassword);
        admin.refreshToken();
        return admin;
    }

    /** master-realm admin tokens live 60 s by default: a long first load outlives one. */
    private void refreshToken() {
        String form = form(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", adminUser, "password", adminPassword));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        token = JSON.readTree(send(request, "admin login at " + url).body()).required("access_token").asString();
    }

    /** GET {@code path} (relative to the realm's admin URL, query included) as JSON. */
    JsonNode get(String path) {
        return JSON.readTree(send(request(path).GET().build(), "GET " + path).body());
    }

    /** POST a JSON body; returns the response (its Location header names a created resource). */
    HttpResponse<String> post(String path, Object body) {
        return send(request(path).POST(json(body)).build(), "POST " + path);
    }

    void put(String path, Object body) {
        send(request(path).PUT(json(body)).build(), "PUT " + path);
    }

    void delete(String path) {
        send(request(path).DELETE().build(), "DELETE " + path);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(adminBase + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 401 && token != null && request.headers().firstValue("Authorization").isPresent()) {
                refreshToken();
                HttpRequest retry = HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                        .header("Authorization", "Bearer " + token).build();
                response = http.send(retry, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak " + what + " failed: HTTP " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak " + what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during Keycloak " + what, e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
