package cn.yingji.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Base of the HTTP-level integration tests: the whole application on a random port against the real
 * PostgreSQL, Elasticsearch and Keycloak, with the national tenant catalog loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(NettyLeakCheck.class)
public abstract class ApiIntegrationTest {

    @Value("${local.server.port}")
    private int port;

    /** What Prometheus would be configured with (docs/launcher.md). */
    protected static final String METRICS_PASSWORD = "metrics-test";

    protected WebTestClient http;

    /** Points the application at the same services the test itself talks to. */
    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestServices::jdbcUrl);
        registry.add("yingji.elasticsearch.urls", TestServices::elasticsearchUrls);
        registry.add("yingji.keycloak.public-url", TestServices::keycloakUrl);
        registry.add("yingji.keycloak.internal-url", TestServices::keycloakUrl);
        registry.add("yingji.keycloak.realm", TestServices::realm);
        registry.add("yingji.search.index-prefix", TestServices::indexPrefix);
        registry.add("yingji.metrics.password", () -> METRICS_PASSWORD);
        // the suite's tests rise obligations themselves (ObligationEscalationIntegrationTest): a pass on its own
        // schedule would write audit rows in the middle of tests that count them
        registry.add("yingji.obligations.escalation.enabled", () -> "false");
        registry.add("yingji.drills.obligations.enabled", () -> "false");
        // ReportFindingIntegrationTest runs the 漏报 check itself, at the moments it needs
        registry.add("yingji.events.missed-report-check.enabled", () -> "false");
        // ComplianceApiIntegrationTest takes the stale regions itself (freshness.runOnce), when it expects them
        registry.add("yingji.compliance.freshness.enabled", () -> "false");
    }

    @BeforeEach
    void connect() {
        TenantCatalogFixture.ensureLoaded();
        // generous: CI machines are small and busy; a slow answer is not a wrong one
        // a fresh connection per request: a pooled keep-alive connection that the server closes after an error
        // answer can otherwise swallow the next request (the rare 30 s hang of docs/progress.md)
        // every body read to the end, also where a test looks only at the status (FullyReadConnector)
        http = WebTestClient.bindToServer(new FullyReadConnector(
                        new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection()))))
                .baseUrl("http://localhost:" + port)
                // the API document (/v3/api-docs) outgrew the default 256 KB a body may be buffered with
                .codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    /** A client that sends the given demo user's real Keycloak token. */
    protected WebTestClient as(String username) {
        return http.mutate().defaultHeader("Authorization", "Bearer " + TestServices.token(username)).build();
    }
}
