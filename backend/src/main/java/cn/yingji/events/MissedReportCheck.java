package cn.yingji.events;

import java.time.Duration;
import java.time.Instant;
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
 * 漏报核查: every {@code interval}, each office with events below it learned of otherwise than from the tier below
 * and not yet checked is checked in its own context ({@link ReportFindings#check}).
 */
@Component
class MissedReportCheck extends PeriodicJob {

    static final String ACTOR = "system:missed-report-check";

    @ConfigurationProperties("yingji.events.missed-report-check")
    record Properties(boolean enabled, Duration initialDelay, Duration interval) {
    }

    private static final Logger log = LoggerFactory.getLogger(MissedReportCheck.class);

    private final TenantDirectory directory;
    private final TenantTx tx;
    private final ReportFindings findings;

    MissedReportCheck(JobRuns runs, TenantDirectory directory, TenantTx tx, ReportFindings findings,
            Properties properties) {
        super(runs, "missed-report-check", properties.enabled(), properties.initialDelay(), properties.interval());
        this.directory = directory;
        this.tx = tx;
        this.findings = findings;
    }

    @Override
    protected void pass() {
        Instant now = Instant.now();
        Set<String> due = Set.copyOf(tx.withoutTenant(dsl -> dsl.fetch(
                "select * from app.tenants_with_events_to_check({0})",
                DSL.val(now.minus(ReportFindings.HORIZON).atOffset(java.time.ZoneOffset.UTC))).getValues(0, String.class))
                .block());
        check(directory.all().block().stream().filter(t -> due.contains(t.code())).toList(), now);
    }

    /** One pass over these offices as of {@code now}; returns how many 漏报 candidates it wrote. */
    int check(List<TenantRef> offices, Instant now) {
        AtomicInteger written = new AtomicInteger();
        each(offices, office -> {
            Viewer job = new Viewer(ACTOR, "漏报核查任务", Set.of(), office);
            written.addAndGet(tx.call(office, dsl -> findings.check(dsl, job, now)).block());
            return true;
        }, (office, e) -> log.warn("the 漏报 check of {} failed: {}", office.code(), e.toString()));
        if (written.get() > 0) {
            log.info("漏报 candidates: {}", written.get());
        }
        return written.get();
    }
}
