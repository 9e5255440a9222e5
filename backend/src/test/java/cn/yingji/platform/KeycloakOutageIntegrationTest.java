package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.yingji.support.ApiIntegrationTest;

/**
 * A short Keycloak outage must not log anybody out: the API validates tokens with the keys it already
 * fetched. Stops and restarts the real Keycloak of the local launcher.
 */
class KeycloakOutageIntegrationTest extends ApiIntegrationTest {

    static final Path LAUNCHER = Path.of("..", "infra", "local", "platform.sh").toAbsolutePath().normalize();

    @Test
    void validTokensKeepWorkingWhileKeycloakIsDown() throws Exception {
        assumeTrue(System.getenv("YINGJI_PG_PORT") != null && Files.exists(LAUNCHER),
                "needs the services of infra/local/platform.sh (Testcontainers mode restarts nothing)");
        var county = as("wc-county");
        county.get().uri("/api/v1/me").exchange().expectStatus().isOk();

        launcher("stop", "keycloak");
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
            launcher("start", "keycloak");
        }
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private static void launcher(String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<String>();
        command.add("bash");
        command.add(LAUNCHER.toString());
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("launcher finished").isTrue();
        assertThat(process.exitValue()).as("launcher " + String.join(" ", args)).isZero();
    }
}
