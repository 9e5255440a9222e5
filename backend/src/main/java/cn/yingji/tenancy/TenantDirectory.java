package cn.yingji.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.platform.JdbcScheduler;
import reactor.core.publisher.Mono;

/**
 * Resolves a token's tenant code to the tenant's path and tier. Runs before any tenant context exists,
 * through the security-definer function {@code app.resolve_tenant}, and caches briefly: tenants change
 * only when the catalog is reloaded.
 */
@Component
public class TenantDirectory {

    private static final Duration TTL = Duration.ofMinutes(5);

    private record Entry(Optional<TenantRef> tenant, Instant loadedAt) {
    }

    private final DSLContext dsl;
    private final JdbcScheduler jdbc;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    TenantDirectory(DSLContext dsl, JdbcScheduler jdbc) {
        this.dsl = dsl;
        this.jdbc = jdbc;
    }

    Mono<Optional<TenantRef>> resolve(String code) {
        Entry cached = cache.get(code);
        if (cached != null && cached.loadedAt().plus(TTL).isAfter(Instant.now())) {
            return Mono.just(cached.tenant());
        }
        return jdbc.call(() -> load(code)).doOnNext(t -> cache.put(code, new Entry(t, Instant.now())));
    }

    /**
     * Every tenant of the catalog, parents first, through the security-definer function {@code app.tenant_catalog}:
     * for batch jobs that then enter each tenant's own context ({@link TenantTx#call(TenantRef, java.util.function.Function)}).
     */
    public Mono<List<TenantRef>> all() {
        return listed("app.tenant_catalog()");
    }

    /**
     * The tenants a security-definer function of the catalog's columns (code, name, tier, path) returns, outside any
     * tenant's context: for a batch job's own queue (e.g. {@code app.take_stale_compliance()}).
     */
    public Mono<List<TenantRef>> listed(String function) {
        return jdbc.call(() -> dsl
                .select(DSL.field("code", String.class), DSL.field("name", String.class),
                        DSL.field("tier::text", String.class), DSL.field("path::text", String.class))
                .from(function)
                .fetch(r -> new TenantRef(r.value1(), r.value2(), TenantTier.lookupLiteral(r.value3()), r.value4())));
    }

    private Optional<TenantRef> load(String code) {
        Record4<String, String, String, String> row = dsl
                .select(DSL.field("code", String.class), DSL.field("name", String.class),
                        DSL.field("tier::text", String.class), DSL.field("path::text", String.class))
                .from("app.resolve_tenant({0})", DSL.val(code))
                .fetchOne();
        return Optional.ofNullable(row)
                .map(r -> new TenantRef(r.value1(), r.value2(), TenantTier.lookupLiteral(r.value3()), r.value4()));
    }
}
