package cn.yingji.duty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * 随机抽查's sending: every {@code interval} (seconds), the scheduled spot checks now due are sent, each in its
 * checking tenant's own context ({@link SpotChecks#deliver}): the checked office hears of it live and its answer
 * window starts.
 */
@Component
class SpotCheckDeliveryJob extends PeriodicJob {

    static final String ACTOR = "system:spot-check-delivery";
    static final int BATCH = 200;

    @ConfigurationProperties("yingji.duty.spot-check-delivery")
    record Properties(boolean enabled, Duration initialDelay, Duration interval) {
    }

    private static final Logger log = LoggerFactory.getLogger(SpotCheckDeliveryJob.class);

    private final TenantDirectory directory;
    private final TenantTx tx;
    private final SpotChecks spotChecks;

    SpotCheckDeliveryJob(JobRuns runs, TenantDirectory directory, TenantTx tx, SpotChecks spotChecks,
            Properties properties) {
        super(runs, "spot-check-delivery", properties.enabled(), properties.initialDelay(), properties.interval());
        this.directory = directory;
        this.tx = tx;
        this.spotChecks = spotChecks;
    }

    @Override
    protected void pass() {
        deliverDue();
    }

    /** Sends every scheduled check now due; returns how many were sent. */
    int deliverDue() {
        Map<String, List<java.util.UUID>> due = tx.withoutTenant(dsl -> dsl.fetch(
                "select id, tenant_code from app.due_spot_checks({0})", DSL.val(BATCH)).stream()
                .collect(Collectors.groupingBy(r -> r.get(1, String.class),
                        Collectors.mapping(r -> r.get(0, java.util.UUID.class), Collectors.toList())))).block();
        if (due == null || due.isEmpty()) {
            return 0;
        }
        Map<String, TenantRef> tenants = directory.all().block().stream()
                .filter(t -> due.containsKey(t.code())).collect(Collectors.toMap(TenantRef::code, Function.identity()));
        // each check in a transaction of its own: one that fails is retried on the next pass, the others go out
        List<Map.Entry<TenantRef, java.util.UUID>> checks = tenants.values().stream()
                .flatMap(t -> due.get(t.code()).stream().map(id -> Map.entry(t, id))).toList();
        AtomicInteger sent = new AtomicInteger();
        each(checks, check -> {
            Viewer job = new Viewer(ACTOR, "随机抽查任务", Set.of(), check.getKey());
            if (Boolean.TRUE.equals(tx.call(check.getKey(), dsl -> spotChecks.deliver(dsl, job, check.getValue())).block())) {
                sent.incrementAndGet();
            }
            return true;
        }, (check, e) -> log.warn("sending the scheduled spot check {} of {} failed: {}", check.getValue(),
                check.getKey().code(), e.toString()));
        if (sent.get() > 0) {
            log.info("scheduled spot checks sent: {}", sent.get());
        }
        return sent.get();
    }
}
