package cn.yingji.tenancy;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

import cn.yingji.platform.ApiException;
import reactor.core.publisher.Mono;

/**
 * Builds the {@link Viewer} of a request from the verified token only: the tenant is the token's
 * {@code tenant_code} claim (set by Keycloak from the user's attribute), resolved against the tenant
 * table. A token without a known tenant may not use the API.
 */
class ViewerArgumentResolver implements HandlerMethodArgumentResolver {

    static final String TENANT_CLAIM = "tenant_code";

    private final TenantDirectory directory;

    ViewerArgumentResolver(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
            ServerWebExchange exchange) {
        return ReactiveSecurityContextHolder.getContext()
                .map(ctx -> ctx.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .switchIfEmpty(Mono.error(() -> new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED,
                        "unauthenticated", "未登录或登录已失效，请重新登录")))
                .flatMap(this::viewer);
    }

    private Mono<Object> viewer(JwtAuthenticationToken auth) {
        var jwt = auth.getToken();
        String code = jwt.getClaimAsString(TENANT_CLAIM);
        if (code == null || !code.matches("\\d{6}")) {
            return Mono.error(ApiException.forbidden("tenant-missing", "当前账号未绑定行政区划，请联系管理员"));
        }
        return directory.resolve(code).flatMap(tenant -> tenant
                .<Mono<Object>>map(t -> Mono.just(new Viewer(jwt.getClaimAsString("preferred_username"),
                        displayName(jwt.getClaims()), roles(auth.getAuthorities()), t)))
                .orElseGet(() -> Mono.error(ApiException.forbidden("tenant-unknown",
                        "当前账号绑定的行政区划 " + code + " 不存在，请联系管理员"))));
    }

    private static String displayName(Map<String, Object> claims) {
        Object name = claims.get("name");
        return name != null ? name.toString() : String.valueOf(claims.get("preferred_username"));
    }

    /** The platform's roles among the token's; Keycloak's own default roles (offline_access, …) are not ours. */
    private static Set<Role> roles(Collection<? extends org.springframework.security.core.GrantedAuthority> authorities) {
        return authorities.stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_"))
                .flatMap(a -> Role.of(a.substring("ROLE_".length())).stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
