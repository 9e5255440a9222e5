package cn.yingji.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is. {@code publicUrl} is what browsers use and what tokens carry as issuer;
 * {@code internalUrl} is where the API fetches signing keys (the same URL locally, the service name
 * inside docker-compose).
 */
@ConfigurationProperties("yingji.keycloak")
public record KeycloakProperties(String publicUrl, String internalUrl, String realm, String audience,
        String webClientId) {

    public String issuer() {
        return publicUrl + "/realms/" + realm;
    }

    public String jwkSetUri() {
        return internalUrl + "/realms/" + realm + "/protocol/openid-connect/certs";
    }

    public String discoveryUri() {
        return internalUrl + "/realms/" + realm + "/.well-known/openid-configuration";
    }
}
