package cn.yingji.obligations;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import cn.yingji.platform.JobRuns;
import cn.yingji.platform.PeriodicJob;
import cn.yingji.tenancy.TenantDirectory;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;

/**
 * 逾期升级: every {@code interval}, each tenant's own open obligations past their due time climb its policy's
 * ladder (催办 → 通报 → 约谈), in the tenant's own context, each rise in the audit trail ({@link Obligations#escalate}).
 */
@Component
class ObligationEscalationJob extends PeriodicJob {

    static final String ACTOR = "system:obligation-escalation";

    @ConfigurationProperties("yingji.obligations.escalation")
    record Properties(boolean enabled, Duration initialDelay, Duration interval) {
    }

    private static final Logger log = LoggerFactory.getLogger(ObligationEscalationJob.class);

    private final TenantDirectory directory;
    private final TenantTx tx;
    private final Obligations obligations;

    ObligationEscalationJob(JobRuns runs, TenantDirectory directory, TenantTx tx, Obligations obligations,
            Properties properties) {
        super(runs, "obligation-escalation", properties.enabled(), properties.initialDelay(), properties.interval());
        this.directory = directory;
        this.tx = tx;
        this.obligations = obligations;
    }

    /**
     * The tenants owning an open obligation past its due time or due soon and not yet reminded, then each of them in
     * its own context: reminders first, then escalation.
     */
    @Override
    protected void pass() {
        Set<String> due = Set.copyOf(tx.withoutTenant(dsl -> dsl.fetch(
                "select * from app.tenants_with_obligations_to_follow_up({0}::interval)",
                DSL.val(Obligations.REMIND_LOOKAHEAD.toDays() + " days")).getValues(0, String.class)).block());
        escalate(directory.all().block().stream().filter(t -> due.contains(t.code())).toList());
    }

    /** One pass over these tenants (reminders, then escalation); returns how many obligations rose a rung. */
    int escalate(List<TenantRef> tenants) {
        AtomicInteger rose = new AtomicInteger();
        each(tenants, tenant -> {
            Viewer job = new Viewer(ACTOR, "逾期升级任务", Set.of(), tenant);
            rose.addAndGet(tx.call(tenant, dsl -> {
                obligations.remind(dsl, job);
                return obligations.escalate(dsl, job);
            }).block());
            return true;
        }, (tenant, e) -> log.warn("escalating the obligations of {} failed: {}", tenant.code(), e.toString()));
        if (rose.get() > 0) {
            log.info("obligations escalated: {}", rose.get());
        }
        return rose.get();
    }
}
