package cn.yingji.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import reactor.core.publisher.Mono;

/** The one Elasticsearch client of the application, and its readiness component "elasticsearch". */
@Configuration
class ElasticsearchConfig {

    @ConfigurationProperties("yingji.elasticsearch")
    record ElasticsearchProperties(String url) {
    }

    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(ElasticsearchProperties properties) {
        return ElasticsearchClient.of(b -> b.host(properties.url()));
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
