package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import org.junit.jupiter.api.Test;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Launcher;

/**
 * A short Keycloak outage must not log anybody out: the API validates tokens with the keys it already
 * fetched. Stops and restarts the real Keycloak of the local launcher.
 */
class KeycloakOutageIntegrationTest extends ApiIntegrationTest {


    @Test
    void validTokensKeepWorkingWhileKeycloakIsDown() throws Exception {
        assumeTrue(Launcher.inUse(),
                "needs the services of infra/local/platform.sh (Testcontainers mode restarts nothing)");
        var county = as("wc-county");
        county.get().uri("/api/v1/me").exchange().expectStatus().isOk();

        Launcher.run("stop", "keycloak");
        try {
            county.get().uri("/api/v1/me").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.tenant.code").isEqualTo("370702");
            http.get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.components.keycloak.status").isEqualTo("DOWN")
                    .jsonPath("$.components.db.status").isEqualTo("UP");
        } finally {
            Launcher.run("start", "keycloak");
        }
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

}
