package cn.yingji.tenancy;

import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.platform.JdbcScheduler;
import reactor.core.publisher.Mono;

/**
 * The one way the API touches tenant-owned data: a transaction whose first statement sets the tenant
 * context with {@code set_config(..., true)}, so every row-level security policy sees the caller's tenant
 * and a pooled connection can never carry it into the next transaction. Runs on a virtual thread.
 */
@Component
public class TenantTx {

    private final DSLContext dsl;
    private final JdbcScheduler jdbc;

    TenantTx(DSLContext dsl, JdbcScheduler jdbc) {
        this.dsl = dsl;
        this.jdbc = jdbc;
    }

    public <T> Mono<T> call(Viewer viewer, Function<DSLContext, T> work) {
        return call(viewer.tenant(), work);
    }

    public <T> Mono<T> call(TenantRef tenant, Function<DSLContext, T> work) {
        return jdbc.call(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            enter(tx, tenant);
            return work.apply(tx);
        }));
    }

    /** Sets the tenant context of the current transaction; exposed for tests and batch jobs. */
    public static void enter(DSLContext tx, TenantRef tenant) {
        tx.select(DSL.function("set_config", String.class, DSL.val("app.tenant_path"), DSL.val(tenant.path()), DSL.inline(true)),
                        DSL.function("set_config", String.class, DSL.val("app.tenant_code"), DSL.val(tenant.code()), DSL.inline(true)))
                .fetch();
    }
}
