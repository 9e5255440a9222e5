package cn.yingji.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the HTTP-level integration tests: the whole application on a random port against the real
 * PostgreSQL, Elasticsearch and Keycloak, with the national tenant catalog loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiIntegrationTest {

    @Value("${local.server.port}")
    private int port;

    protected WebTestClient http;

    @BeforeEach
    void connect() {
        TenantCatalogFixture.ensureLoaded();
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** A client that sends the given demo user's real Keycloak token. */
    protected WebTestClient as(String username) {
        return http.mutate().defaultHeader("Authorization", "Bearer " + TestServices.token(username)).build();
    }
}
