package cn.yingji.compliance;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import cn.yingji.platform.China;
import cn.yingji.platform.JobRuns;
import cn.yingji.platform.PeriodicJob;
import cn.yingji.tenancy.TenantDirectory;
import cn.yingji.tenancy.TenantRef;

/**
 * Keeps this month's snapshot of every tenant current: after {@code initialDelay}, then every {@code interval}, it
 * recomputes each tenant's figures in the tenant's own context. The last run of a month stays as that month's
 * figures (the trend and the bulletin read them). A failing tenant is logged and the run goes on.
 */
@Component
class ComplianceSnapshotJob extends PeriodicJob {

    @ConfigurationProperties("yingji.compliance")
    record Properties(boolean snapshotsEnabled, Duration initialDelay, Duration interval) {
    }

    private static final Logger log = LoggerFactory.getLogger(ComplianceSnapshotJob.class);

    private final TenantDirectory directory;
    private final ComplianceService compliance;

    ComplianceSnapshotJob(JobRuns runs, TenantDirectory directory, ComplianceService compliance, Properties properties) {
        super(runs, "compliance-snapshots", properties.snapshotsEnabled(), properties.initialDelay(), properties.interval());
        this.directory = directory;
        this.compliance = compliance;
    }

    @Override
    protected void pass() {
        runOnce();
    }

    /** One pass over every tenant of the catalog; returns how many snapshots were written. */
    int runOnce() {
        YearMonth month = YearMonth.now(China.ZONE);
        long started = System.nanoTime();
        int written = refreshEach(compliance, directory.all().block(), month);
        log.info("compliance snapshots for {}: {} tenants in {} s", month, written,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        return written;
    }

    /**
     * Recomputes this month's snapshot of each tenant in its own context, one after another; a tenant that fails is
     * logged and the others go on. Returns how many were written (this pass and {@link ComplianceFreshnessJob}'s).
     */
    static int refreshEach(ComplianceService compliance, List<TenantRef> tenants, YearMonth month) {
        return each(tenants, tenant -> {
            compliance.refreshAll(List.of(tenant), month, "job").block();
            return true;
        }, (tenant, e) -> log.warn("compliance snapshot of {} for {} failed: {}", tenant.code(), month, e.toString()));
    }
}
