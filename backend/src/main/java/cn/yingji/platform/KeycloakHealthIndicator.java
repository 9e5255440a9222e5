package cn.yingji.platform;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/** Readiness component "keycloak": the realm's discovery document answers. */
@Component("keycloak")
class KeycloakHealthIndicator implements ReactiveHealthIndicator {

    private final WebClient client;
    private final KeycloakProperties keycloak;

    KeycloakHealthIndicator(KeycloakProperties keycloak) {
        this.client = WebClient.create();
        this.keycloak = keycloak;
    }

    @Override
    public Mono<Health> health() {
        return client.get().uri(keycloak.discoveryUri())
                .retrieve().toBodilessEntity()
                .timeout(Duration.ofSeconds(3))
                .map(r -> Health.up().withDetail("realm", keycloak.realm()).build())
                .onErrorResume(e -> Mono.just(Health.down().withDetail("error", e.toString()).build()));
    }
}
