package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * The API's token checks with a key server we control: signature, issuer, audience and expiry are
 * enforced, and keys once fetched stay cached, so tokens keep working while the key server is down.
 * (Against the real Keycloak the same decoder is exercised by the API integration tests.)
 */
class JwksOutageTest {

    static final String ISSUER = "http://localhost:18080/realms/yingji";
    static final String AUDIENCE = "yingji-api";

    HttpServer jwks;
    RSAKey key;
    AtomicInteger fetches = new AtomicInteger();
    ReactiveJwtDecoder decoder;

    @BeforeEach
    void startKeyServer() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/realms/yingji/protocol/openid-connect/certs", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        String base = "http://127.0.0.1:" + jwks.getAddress().getPort();
        var props = new KeycloakProperties("http://localhost:18080", base, "yingji", AUDIENCE, "yingji-web");
        decoder = new SecurityConfig().jwtDecoder(props);
    }

    @AfterEach
    void stopKeyServer() {
        jwks.stop(0);
    }

    @Test
    void validTokenIsAcceptedAndKeysSurviveAnOutage() throws Exception {
        assertThat(decoder.decode(token(key, ISSUER, List.of(AUDIENCE), 300)).block().getSubject())
                .isEqualTo("wc-county");
        jwks.stop(0);
        assertThat(decoder.decode(token(key, ISSUER, List.of(AUDIENCE), 300)).block().getClaimAsString("tenant_code"))
                .isEqualTo("370702");
        assertThat(fetches.get()).isEqualTo(1);
    }

    @Test
    void expiredTokenIsRejected() {
        assertThatThrownBy(() -> decoder.decode(token(key, ISSUER, List.of(AUDIENCE), -600)).block())
                .isInstanceOf(JwtException.class).hasMessageContaining("expired");
    }

    @Test
    void wrongIssuerIsRejected() {
        assertThatThrownBy(() -> decoder.decode(token(key, "http://evil.example/realms/yingji", List.of(AUDIENCE), 300))
                .block()).isInstanceOf(JwtException.class);
    }

    @Test
    void missingAudienceIsRejected() {
        assertThatThrownBy(() -> decoder.decode(token(key, ISSUER, List.of("account"), 300)).block())
                .isInstanceOf(JwtException.class);
    }

    @Test
    void forgedSignatureIsRejected() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("k1").generate();
        assertThatThrownBy(() -> decoder.decode(token(forger, ISSUER, List.of(AUDIENCE), 300)).block())
                .isInstanceOf(JwtException.class);
    }

    @Test
    void aForgedTokenWithTheClaimsOfAVerifiedOneIsStillRejected() throws Exception {
        String genuine = token(key, ISSUER, List.of(AUDIENCE), 300);
        assertThat(decoder.decode(genuine).block().getSubject()).isEqualTo("wc-county");
        assertThat(decoder.decode(genuine).block().getSubject()).isEqualTo("wc-county");
        RSAKey forger = new RSAKeyGenerator(2048).keyID("k1").generate();
        String otherSignature = token(forger, ISSUER, List.of(AUDIENCE), 300).split("\\.")[2];
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + otherSignature;
        assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(JwtException.class);
    }

    static String token(RSAKey signer, String issuer, List<String> audience, long expiresInSeconds) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("wc-county")
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(1000)))
                .expirationTime(Date.from(now.plusSeconds(expiresInSeconds)))
                .claim("tenant_code", "370702")
                .claim("realm_access", Map.of("roles", List.of("county_officer")))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signer));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
