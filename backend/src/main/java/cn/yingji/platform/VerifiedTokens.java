package cn.yingji.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Verifies a bearer token once, not on every request: a browser sends the same access token with every call for
 * its lifetime (minutes), and checking its RSA signature and parsing its claims was about a tenth of the app's
 * CPU per request (docs/benchmarks.md, "The API's fixed cost"). A token already verified is looked up by its
 * exact text — a token is only found by whoever holds it — and its claims are validated again (expiry, issuer,
 * audience) on every use; an expired one leaves the cache and goes back to the decoder, which rejects it as before.
 * Bounded: when full, the expired entries go, and if none had expired, all of them (they are verified again).
 * A signing key removed from Keycloak stops being accepted for new tokens at once, and for tokens verified with it
 * before at their expiry, like any token already issued.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    /** Tokens kept: far more than one instance's active users. */
    static final int MAX_TOKENS = 20_000;

    private final ReactiveJwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Clock clock;
    private final int max;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(ReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, Clock clock, int max) {
        this.decoder = decoder;
        this.validator = validator;
        this.clock = clock;
        this.max = max;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!validator.validate(known).hasErrors()) {
                return Mono.just(known);
            }
            verified.remove(token);
        }
        return decoder.decode(token).doOnNext(jwt -> keep(token, jwt));
    }

    private void keep(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return;
        }
        if (verified.size() >= max) {
            Instant now = clock.instant();
            verified.values().removeIf(t -> t.getExpiresAt().isBefore(now));
            if (verified.size() >= max) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }

    int size() {
        return verified.size();
    }
}
