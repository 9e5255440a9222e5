package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.yingji.support.ApiIntegrationTest;

/**
 * The API document the frontend's types are generated from ({@code frontend/src/api/openapi.json}, docs/frontend.md)
 * is the running API's: a change of a view or an endpoint that is not in the committed document fails here, and the
 * document is rewritten so the change can be reviewed and committed with it.
 */
class OpenApiDocumentIntegrationTest extends ApiIntegrationTest {

    static final Path DOCUMENT = Path.of("..", "frontend", "src", "api", "openapi.json");

    @Test
    void theCommittedDocumentIsTheRunningApis() throws Exception {
        String live = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        // the server's address is the test's random port: not part of the contract
        String document = live.replaceAll("\"url\" : \"http://localhost:\\d+\"", "\"url\" : \"/\"").strip() + "\n";
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        if (!document.equals(committed)) {
            Files.writeString(DOCUMENT, document, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("frontend/src/api/openapi.json is the API's document: it has been rewritten from "
                + "/v3/api-docs; review the change and commit it (the frontend's types follow)").isEqualTo(document);
    }
}
