package cn.yingji.platform;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the browser needs before login: where Keycloak is and which client to use. */
@RestController
class PublicConfigController {

    record PublicConfig(String keycloakUrl, String realm, String clientId) {
    }

    private final KeycloakProperties keycloak;

    PublicConfigController(KeycloakProperties keycloak) {
        this.keycloak = keycloak;
    }

    @GetMapping("/api/v1/public/config")
    PublicConfig config() {
        return new PublicConfig(keycloak.publicUrl(), keycloak.realm(), keycloak.webClientId());
    }
}
