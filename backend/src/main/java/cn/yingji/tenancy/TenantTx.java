package cn.yingji.tenancy;

import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.platform.JdbcScheduler;
import reactor.core.publisher.Mono;

/**
 * The one way the API touches tenant-owned data: a transaction whose first statement sets the tenant
 * context with {@code set_config(..., true)} — the tenant, the caller's {@link Readership} and user name — so
 * every row-level security policy sees the caller and a pooled connection can never carry it into the next
 * transaction. Runs on a virtual thread.
 */
@Component
public class TenantTx {

    private final DSLContext dsl;
    private final JdbcScheduler jdbc;

    TenantTx(DSLContext dsl, JdbcScheduler jdbc) {
        this.dsl = dsl;
        this.jdbc = jdbc;
    }

    /** A request's transaction: the viewer's tenant, read as its roles allow. */
    public <T> Mono<T> call(Viewer viewer, Function<DSLContext, T> work) {
        return run(work, tx -> enter(tx, viewer.tenant(), Readership.of(viewer.roles()), viewer.username()));
    }

    /** A batch job's transaction (bulletins, snapshots): the office's own view of its tenant. */
    public <T> Mono<T> call(TenantRef tenant, Function<DSLContext, T> work) {
        return run(work, tx -> enter(tx, tenant));
    }

    /**
     * A transaction without a tenant context, in which row level security shows no tenant's rows: for the platform's
     * own security-definer functions that work across tenants and need none (the outbox's claim of due deliveries,
     * which tenants have overdue obligations).
     */
    public <T> Mono<T> withoutTenant(Function<DSLContext, T> work) {
        return run(work, tx -> {
        });
    }

    private <T> Mono<T> run(Function<DSLContext, T> work, java.util.function.Consumer<DSLContext> context) {
        return jdbc.call(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            context.accept(tx);
            return work.apply(tx);
        }));
    }

    /** Sets an office's context for the current transaction; exposed for tests and batch jobs. */
    public static void enter(DSLContext tx, TenantRef tenant) {
        enter(tx, tenant, Readership.OFFICE, null);
    }

    static void enter(DSLContext tx, TenantRef tenant, Readership readership, String username) {
        tx.select(setting("app.tenant_path", tenant.path()), setting("app.tenant_code", tenant.code()),
                        setting("app.readership", readership.literal()), setting("app.username", username == null ? "" : username))
                .fetch();
    }

    private static org.jooq.Field<String> setting(String name, String value) {
        return DSL.function("set_config", String.class, DSL.val(name), DSL.val(value), DSL.inline(true));
    }
}
