package cn.yingji.platform;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * The frontend routes in the browser (/tenants, /plans/…): a page reload on such a path must get
 * index.html, while /api, /actuator, /v3 and real files keep their own handlers.
 */
@Component
class SpaFallbackFilter implements WebFilter {

    private final boolean hasFrontend = new ClassPathResource("static/index.html").exists();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (hasFrontend && isPageRoute(exchange.getRequest().getMethod(), path)) {
            return chain.filter(exchange.mutate().request(r -> r.path("/index.html")).build());
        }
        return chain.filter(exchange);
    }

    static boolean isPageRoute(HttpMethod method, String path) {
        if (method != HttpMethod.GET || path.equals("/")) {
            return false;
        }
        for (String prefix : new String[] {"/api/", "/actuator", "/v3/", "/assets/"}) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
