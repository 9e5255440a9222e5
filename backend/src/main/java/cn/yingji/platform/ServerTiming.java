package cn.yingji.platform;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * {@code Server-Timing} (W3C) on every API answer: {@code app} from the request's arrival (before its token is
 * checked) to the moment its answer's headers go out, {@code db} the part of it spent in database work (a connection
 * from the pool, the statements, the commit; {@link JdbcScheduler}). {@code app − db} is what the API adds to its
 * SQL — token, viewer, hand-offs, JSON — measured where it happens, apart from what a client and its network add
 * (docs/benchmarks.md, "The API's fixed cost"). Browsers show both in their developer tools.
 */
@Component
public class ServerTiming implements WebFilter, Ordered {

    /** The request's database time in nanoseconds, in the Reactor context of its handling. */
    static final String DB_NANOS = ServerTiming.class.getName() + ".db";

    public static final String HEADER = "Server-Timing";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        LongAdder db = new LongAdder();
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().add(HEADER, header(System.nanoTime() - start, db.sum()));
            return Mono.empty();
        });
        return chain.filter(exchange).contextWrite(context -> context.put(DB_NANOS, db));
    }

    static String header(long appNanos, long dbNanos) {
        return String.format(Locale.ROOT, "app;dur=%.2f, db;dur=%.2f", appNanos / 1e6, dbNanos / 1e6);
    }
}
