package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * The verified-token cache in front of the real decoder (whose checks {@link JwksOutageTest} proves with real
 * signatures): what it keeps, when it asks the decoder again, and its bound.
 */
class VerifiedTokensTest {

    static final Instant START = Instant.parse("2026-12-05T08:00:00Z");
    Instant now = START;
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final List<String> decoded = new ArrayList<>();

    /** The decoder behind the cache: tokens named "bad…" fail, the others expire that many seconds after the start. */
    final ReactiveJwtDecoder decoder = token -> {
        decoded.add(token);
        if (token.startsWith("bad")) {
            return Mono.error(new BadJwtException("rejected: " + token));
        }
        Instant expiresAt = START.plusSeconds(Long.parseLong(token.substring(token.indexOf('@') + 1)));
        if (!expiresAt.isAfter(now)) {
            return Mono.error(new BadJwtException("expired: " + token));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                .issuedAt(START.minusSeconds(1)).expiresAt(expiresAt).build());
    };

    VerifiedTokens tokens(int max) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        return new VerifiedTokens(decoder, timestamps, clock, max);
    }

    @Test
    void aTokenIsVerifiedOnceAndThenKnownByItsText() {
        VerifiedTokens tokens = tokens(10);
        assertThat(tokens.decode("a@300").block().getSubject()).isEqualTo("a@300");
        assertThat(tokens.decode("a@300").block().getSubject()).isEqualTo("a@300");
        assertThat(tokens.decode("b@300").block().getSubject()).isEqualTo("b@300");
        assertThat(decoded).containsExactly("a@300", "b@300");
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoderWhichRejectsIt() {
        VerifiedTokens tokens = tokens(10);
        tokens.decode("a@300").block();
        now = now.plusSeconds(301);
        assertThatThrownBy(() -> tokens.decode("a@300").block()).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("expired");
        assertThat(decoded).containsExactly("a@300", "a@300");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aRejectedTokenIsNeverKept() {
        VerifiedTokens tokens = tokens(10);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("bad@300").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(decoded).containsExactly("bad@300", "bad@300");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void whenFullTheExpiredGoFirstAndElseAllOfThem() {
        VerifiedTokens tokens = tokens(2);
        tokens.decode("short@10").block();
        tokens.decode("long@600").block();
        now = now.plusSeconds(11);
        tokens.decode("c@600").block();
        assertThat(tokens.size()).isEqualTo(2);
        tokens.decode("long@600").block();
        assertThat(decoded).containsExactly("short@10", "long@600", "c@600");

        tokens.decode("d@600").block();
        assertThat(tokens.size()).isEqualTo(1);
        tokens.decode("long@600").block();
        assertThat(decoded).containsExactly("short@10", "long@600", "c@600", "d@600", "long@600");
    }
}
