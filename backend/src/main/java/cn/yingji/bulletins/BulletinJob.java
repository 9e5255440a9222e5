package cn.yingji.bulletins;

import cn.yingji.platform.China;
import cn.yingji.platform.JobRuns;
import cn.yingji.platform.PeriodicJob;
import cn.yingji.tenancy.TenantDirectory;
import cn.yingji.tenancy.TenantRef;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Issues the bulletins of the month that has just ended: after {@code initialDelay} and then every
 * {@code interval} it looks for tenants without a bulletin of last month and generates theirs, so a month's
 * bulletins appear once, early in the next month, and an instance that was down catches up when it starts.
 * A tenant whose month has no compliance figures at all (nothing was recorded) gets none.
 */
@Component
class BulletinJob extends PeriodicJob {

    static final String ACTOR = "system:bulletin-job";

    @ConfigurationProperties("yingji.bulletins")
    record Properties(boolean enabled, Duration initialDelay, Duration interval) {
    }

    private static final Logger log = LoggerFactory.getLogger(BulletinJob.class);

    private final TenantDirectory directory;
    private final Bulletins bulletins;

    BulletinJob(JobRuns runs, TenantDirectory directory, Bulletins bulletins, Properties properties) {
        super(runs, "bulletins", properties.enabled(), properties.initialDelay(), properties.interval());
        this.directory = directory;
        this.bulletins = bulletins;
    }

    @Override
    protected void pass() {
        issue(directory.all().block(), YearMonth.now(China.ZONE).minusMonths(1));
    }

    /** Generates {@code month}'s missing bulletins of these tenants that have figures; returns how many. */
    int issue(List<TenantRef> tenants, YearMonth month) {
        int generated = each(tenants, tenant -> bulletins.issueIfDue(tenant, month).blockOptional().isPresent(),
                (tenant, e) -> log.warn("bulletin of {} for {} failed: {}", tenant.code(), month, e.toString()));
        if (generated > 0) {
            log.info("bulletins for {}: {} generated", month, generated);
        }
        return generated;
    }
}
