package cn.yingji.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * All Keycloak specifics in one place: which tokens are accepted (signature via cached JWKS, issuer,
 * audience, expiry) and how realm roles become authorities. Stateless: no session, no CSRF token.
 * Public without a token: the web app, {@code /api/v1/public/**} and the liveness and readiness probes; the
 * metrics only to Prometheus ({@link MetricsProperties}); everything else of the actuator to nobody.
 */
@Configuration
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfig {

    /** Prometheus scrapes with HTTP Basic; without a configured password the metrics are closed to all. */
    @Bean
    @Order(1)
    SecurityWebFilterChain metrics(ServerHttpSecurity http, MetricsProperties metrics, ProblemWriter problems) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"yingji-metrics\"");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "读取监控指标需要凭据", Map.of());
        };
        http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator/prometheus"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .exceptionHandling(eh -> eh.authenticationEntryPoint(unauthenticated));
        if (!metrics.enabled()) {
            return http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                    .authorizeExchange(ex -> ex.anyExchange().denyAll()).build();
        }
        var prometheus = User.withUsername(MetricsProperties.USER)
                .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(metrics.password()))
                .roles("metrics").build();
        return http
                .httpBasic(basic -> basic
                        .authenticationManager(new UserDetailsRepositoryReactiveAuthenticationManager(
                                new MapReactiveUserDetailsService(prometheus)))
                        .authenticationEntryPoint(unauthenticated))
                .authorizeExchange(ex -> ex.anyExchange().hasRole("metrics"))
                .build();
    }

    /**
     * The firewall's refusals (encoded {@code %2e%2e}, {@code %00}, {@code //} in a path) as problems, not as an
     * empty 400.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedRequests(ProblemWriter problems) {
        return (exchange, e) -> problems.write(exchange, HttpStatus.BAD_REQUEST, "rejected-request",
                "请求地址含有不允许的字符或路径片段", Map.of());
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain api(ServerHttpSecurity http, ReactiveJwtDecoder decoder, ProblemWriter problems,
            KeycloakProperties keycloak) {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfig::realmRoles);
        converter.setPrincipalClaimName("preferred_username");
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> problems.write(exchange,
                HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录或登录已失效，请重新登录", Map.of());
        ServerAccessDeniedHandler denied = (exchange, e) -> problems.write(exchange,
                HttpStatus.FORBIDDEN, "forbidden", "您没有执行此操作的权限", Map.of());
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(keycloak)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeExchange(ex -> ex
                        .pathMatchers("/api/v1/public/**").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .pathMatchers("/actuator/**").denyAll()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(eh -> eh
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .build();
    }

    /**
     * The web app loads only its own scripts; antd writes its styles inline; Keycloak is talked to (token
     * refresh) and navigated to (login), never framed; nothing frames the app.
     */
    static String contentSecurityPolicy(KeycloakProperties keycloak) {
        String kc = keycloak.publicUrl();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self' " + kc + "; frame-src " + kc + "; object-src 'none'; "
                + "base-uri 'self'; form-action 'self' " + kc + "; frame-ancestors 'none'";
    }

    /**
     * Keys come from Keycloak's JWKS endpoint and are cached by the decoder: they are fetched again only
     * when a token names a key id the cache does not know, so a short Keycloak outage does not reject
     * tokens signed with known keys (proven by JwksOutageTest). A token is verified once and then known by its
     * text until it expires ({@link VerifiedTokens}).
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(KeycloakProperties keycloak) {
        OAuth2TokenValidator<Jwt> validator = validator(keycloak.issuer(), keycloak.audience());
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).build();
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator, java.time.Clock.systemUTC(), VerifiedTokens.MAX_TOKENS);
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
    }

    static Collection<GrantedAuthority> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
    }
}
