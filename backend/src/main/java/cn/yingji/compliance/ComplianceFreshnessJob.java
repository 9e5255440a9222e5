package cn.yingji.compliance;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import cn.yingji.platform.China;
import cn.yingji.platform.JobRuns;
import cn.yingji.platform.PeriodicJob;
import cn.yingji.tenancy.TenantDirectory;
import cn.yingji.tenancy.TenantRef;

/**
 * 合规看板 within seconds: a write to a record the dashboard counts (a plan, a drill, a corrective action, an expert, a
 * campaign task, a unit) marks its region stale in the same transaction (migration V38); every {@code interval} this
 * job takes the stale regions and recomputes their snapshot of this month, so the dashboards above them show it
 * without waiting for the 6-hourly pass ({@link ComplianceSnapshotJob}), which stays for what changes with time alone.
 * On one instance at a time; a region that fails is logged and marked again by its next write or covered by the pass.
 */
@Component
class ComplianceFreshnessJob extends PeriodicJob {

    @ConfigurationProperties("yingji.compliance.freshness")
    record Properties(boolean enabled, Duration initialDelay, Duration interval) {
    }

    private final TenantDirectory directory;
    private final ComplianceService compliance;

    ComplianceFreshnessJob(JobRuns runs, TenantDirectory directory, ComplianceService compliance, Properties properties) {
        super(runs, "compliance-freshness", properties.enabled(), properties.initialDelay(), properties.interval());
        this.directory = directory;
        this.compliance = compliance;
    }

    @Override
    protected void pass() {
        runOnce();
    }

    /** Recomputes this month's snapshot of every region marked stale since the last pass; returns how many. */
    int runOnce() {
        List<TenantRef> stale = directory.listed("app.take_stale_compliance()").block();
        if (stale == null || stale.isEmpty()) {
            return 0;
        }
        return ComplianceSnapshotJob.refreshEach(compliance, stale, YearMonth.now(China.ZONE));
    }
}
