package cn.yingji.platform;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import reactor.core.publisher.Mono;

/** The one Elasticsearch client of the application, and its readiness component "elasticsearch". */
@Configuration
class ElasticsearchConfig {

    /**
     * @param urls every node the client may talk to ({@code YINGJI_ES_URL}, comma-separated): requests go round
     *             robin; a node that cannot be reached (or answers 502/503/504) is set aside for a while and the
     *             request is sent to the next one, so a cluster keeps answering while one node is down
     */
    @ConfigurationProperties("yingji.elasticsearch")
    record ElasticsearchProperties(List<URI> urls) {
    }

    /**
     * Responses come uncompressed: the HTTP client asks for gzip by default, and Elasticsearch then compresses every
     * answer (0.4 ms of its CPU for a 22 kB page of plan hits at 2 M plans, and the app's to inflate it) for a
     * transfer on the loopback or the data centre's LAN (docs/benchmarks.md, "The API's fixed cost").
     */
    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(ElasticsearchProperties properties) {
        return ElasticsearchClient.of(b -> b.hosts(properties.urls()).transportFactory(config -> new Rest5ClientTransport(
                Rest5Client.builder(config.hosts())
                        .setHttpClientConfigCallback(HttpAsyncClientBuilder::disableContentCompression).build(),
                config.mapper(), Rest5ClientOptions.of(config.transportOptions()), config.instrumentation())));
    }

    @Bean("elasticsearch")
    ReactiveHealthIndicator elasticsearchHealth(ElasticsearchClient client, JdbcScheduler blocking) {
        return () -> blocking.call(() -> client.cluster().health())
                .timeout(Duration.ofSeconds(3))
                .map(h -> switch (h.status()) {
                    case Red -> Health.down().withDetail("status", "red").build();
                    default -> Health.up().withDetail("status", h.status().jsonValue())
                            .withDetail("nodes", h.numberOfNodes()).build();
                })
                .onErrorResume(e -> Mono.just(Health.down().withDetail("error", e.toString()).build()));
    }
}
