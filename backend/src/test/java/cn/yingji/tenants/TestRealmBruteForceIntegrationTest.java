package cn.yingji.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.yingji.support.TestServices;

/**
 * The tests' realm, as {@code platform.sh realm-create} makes it from the deployment's realm file, locks an account
 * after repeated wrong passwords, as a deployment does. The lock is per realm and per user: a test that sends wrong
 * passwords locks its own user of the tests' realm, never a demo user of {@code ./yingji run}'s realm. Here a
 * throwaway user takes the wrong passwords, so no other test loses its demo user for the lock's minute.
 */
class TestRealmBruteForceIntegrationTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void wrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.login(TestServices.keycloakUrl(), TestServices.realm(),
                TestServices.env("YINGJI_KC_ADMIN", "admin"), TestServices.env("YINGJI_KC_ADMIN_PASSWORD", "admin"));
        assertThat(admin.get("").path("bruteForceProtected").asBoolean()).as("brute-force protection of the tests' realm").isTrue();
        String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/users", Map.of("username", username, "enabled", true, "firstName", "锁定测试",
                "attributes", Map.of("tenant_code", List.of("370702")),
                "credentials", List.of(Map.of("type", "password", "value", TestServices.DEMO_PASSWORD, "temporary", false))));
        String id = admin.get("/users?exact=true&username=" + username).get(0).path("id").asString();
        try {
            assertThat(passwordGrant(username, TestServices.DEMO_PASSWORD)).as("the right password at first").isEqualTo(200);
            int failureFactor = admin.get("").path("failureFactor").asInt();
            for (int i = 0; i < failureFactor; i++) {
                assertThat(passwordGrant(username, "wrong-" + i)).isEqualTo(401);
            }
            assertThat(passwordGrant(username, TestServices.DEMO_PASSWORD)).as("the right password once locked").isNotEqualTo(200);
            assertThat(passwordGrant("wc-county", TestServices.DEMO_PASSWORD)).as("another user of the realm").isEqualTo(200);
        } finally {
            admin.delete("/users/" + id);
        }
    }

    private static int passwordGrant(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=yingji-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestServices.keycloakUrl() + "/realms/" + TestServices.realm()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
