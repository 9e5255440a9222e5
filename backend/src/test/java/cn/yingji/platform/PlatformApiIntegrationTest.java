package cn.yingji.platform;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.TestServices;

/** Tokens, errors, readiness, metrics and the OpenAPI document, against the real services. */
class PlatformApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void missingTokenIsUnauthorizedProblem() {
        http.get().uri("/api/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("unauthenticated")
                .jsonPath("$.detail").isEqualTo("未登录或登录已失效，请重新登录");
    }

    @Test
    void forgedTokenIsUnauthorized() {
        String real = TestServices.token("wc-county");
        String[] parts = real.split("\\.");
        // the same header and signature over a payload that claims another tenant
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("370702", "370703").getBytes());
        http.get().uri("/api/v1/me").header("Authorization", "Bearer " + parts[0] + "." + forgedPayload + "." + parts[2])
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    @Test
    void garbageTokenIsUnauthorized() {
        http.get().uri("/api/v1/me").header("Authorization", "Bearer not-a-token").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void unknownApiPathIsNotFoundProblem() {
        as("wc-county").get().uri("/api/v1/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    @Test
    void browserRoutesServeTheSinglePageApp() {
        http.get().uri("/tenants").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> org.assertj.core.api.Assertions.assertThat(html)
                        .contains("<div id=\"root\"></div>").contains("lang=\"zh-CN\""));
    }

    @Test
    void publicConfigNeedsNoToken() {
        http.get().uri("/api/v1/public/config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.realm").isEqualTo(TestServices.realm())
                .jsonPath("$.clientId").isEqualTo("yingji-web");
    }

    @Test
    void readinessReportsEachServiceSeparately() {
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP")
                .jsonPath("$.components.elasticsearch.status").isEqualTo("UP")
                .jsonPath("$.components.keycloak.status").isEqualTo("UP");
    }

    @Test
    void healthSaysOnlyUpToEveryoneAndTheRestOfTheActuatorIsClosed() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist()
                .jsonPath("$.details").doesNotExist();
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        for (String closed : new String[] {"/actuator/info", "/actuator/env", "/actuator/health/db", "/actuator"}) {
            http.get().uri(closed).exchange().expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void theWebAppCarriesAContentSecurityPolicy() {
        http.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", csp -> org.assertj.core.api.Assertions.assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                                "connect-src 'self' " + TestServices.keycloakUrl()));
    }

    @Test
    void prometheusScrapesWithItsCredentialOnly() {
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Basic realm=\"yingji-metrics\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("prometheus", "wrong")).exchange()
                .expectStatus().isUnauthorized();
        as("platform-admin").get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        http.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("prometheus", METRICS_PASSWORD)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("jvm_memory_used_bytes"));
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/v1/me']").exists();
    }
}
