package cn.yingji.drills;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import cn.yingji.platform.JobRuns;
import cn.yingji.platform.PeriodicJob;
import cn.yingji.tenancy.TenantDirectory;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantTx;

/**
 * 演练频次 → 待办: every {@code interval} (daily), each region's plans in force and units get their 预案演练 and 单位演练
 * obligations up to date in the region's own context ({@link DrillObligations#reconcile}): a plan issued or a unit
 * registered since owes its first drill, a drill recorded since closes what it fulfils.
 */
@Component
class DrillObligationJob extends PeriodicJob {

    @ConfigurationProperties("yingji.drills.obligations")
    record Properties(boolean enabled, Duration initialDelay, Duration interval) {
    }

    private static final Logger log = LoggerFactory.getLogger(DrillObligationJob.class);

    private final TenantDirectory directory;
    private final TenantTx tx;
    private final DrillObligations obligations;

    DrillObligationJob(JobRuns runs, TenantDirectory directory, TenantTx tx, DrillObligations obligations,
            Properties properties) {
        super(runs, "drill-obligations", properties.enabled(), properties.initialDelay(), properties.interval());
        this.directory = directory;
        this.tx = tx;
        this.obligations = obligations;
    }

    @Override
    protected void pass() {
        reconcile(directory.all().block());
    }

    /** One pass over these regions; returns how many obligations it opened. */
    int reconcile(List<TenantRef> regions) {
        AtomicInteger opened = new AtomicInteger();
        each(regions, region -> {
            opened.addAndGet(tx.call(region, dsl -> obligations.reconcile(dsl, region, id -> true)).block());
            return true;
        }, (region, e) -> log.warn("the drill obligations of {} failed: {}", region.code(), e.toString()));
        if (opened.get() > 0) {
            log.info("drill obligations opened: {}", opened.get());
        }
        return opened.get();
    }
}
