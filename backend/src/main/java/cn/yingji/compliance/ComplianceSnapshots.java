package cn.yingji.compliance;

import static cn.yingji.db.Tables.COMPLIANCE_SNAPSHOT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantTx;
import reactor.core.publisher.Mono;

/**
 * 月度快照: each tenant's own figures per month ({@code compliance_snapshot}, one row per tenant and month). A
 * tenant's row is computed and written in the tenant's own context, from the records it holds, so the row is its
 * own (row-level security lets nobody else write it) and the tiers above read it (shared up). Writing again in the
 * same month replaces the row: idempotent per (tenant, month).
 */
@Component
class ComplianceSnapshots {

    /** A stored row: whose, the figures, and when they were computed. */
    record Snapshot(String tenantCode, String tenantPath, YearMonth month, LocalDate asOf, OffsetDateTime computedAt,
            TenantMetrics metrics) {
    }

    private static final Map<Metric, Field<Integer>> COLUMNS = new EnumMap<>(Map.ofEntries(
            Map.entry(Metric.PLANS_REQUIRED, COMPLIANCE_SNAPSHOT.PLANS_REQUIRED),
            Map.entry(Metric.PLANS_FILED, COMPLIANCE_SNAPSHOT.PLANS_FILED),
            Map.entry(Metric.PLANS_IN_FORCE, COMPLIANCE_SNAPSHOT.PLANS_IN_FORCE),
            Map.entry(Metric.FILINGS, COMPLIANCE_SNAPSHOT.FILINGS),
            Map.entry(Metric.FILINGS_ON_TIME, COMPLIANCE_SNAPSHOT.FILINGS_ON_TIME),
            Map.entry(Metric.EVALUATIONS_OVERDUE, COMPLIANCE_SNAPSHOT.EVALUATIONS_OVERDUE),
            Map.entry(Metric.DRILL_ITEMS, COMPLIANCE_SNAPSHOT.DRILL_ITEMS),
            Map.entry(Metric.DRILLS_OVERDUE, COMPLIANCE_SNAPSHOT.DRILLS_OVERDUE),
            Map.entry(Metric.DRILLS_HELD, COMPLIANCE_SNAPSHOT.DRILLS_HELD),
            Map.entry(Metric.ACTIONS_TOTAL, COMPLIANCE_SNAPSHOT.ACTIONS_TOTAL),
            Map.entry(Metric.ACTIONS_OVERDUE, COMPLIANCE_SNAPSHOT.ACTIONS_OVERDUE),
            Map.entry(Metric.EXPERTS, COMPLIANCE_SNAPSHOT.EXPERTS),
            Map.entry(Metric.TASKS_TOTAL, COMPLIANCE_SNAPSHOT.TASKS_TOTAL),
            Map.entry(Metric.TASKS_DONE, COMPLIANCE_SNAPSHOT.TASKS_DONE),
            Map.entry(Metric.TASKS_OVERDUE, COMPLIANCE_SNAPSHOT.TASKS_OVERDUE)));

    private final TenantTx tx;
    private final TenantQueries tenants;

    ComplianceSnapshots(TenantTx tx, TenantQueries tenants) {
        this.tx = tx;
        this.tenants = tenants;
    }

    /** Computes a tenant's figures of {@code month} as of {@code asOf} from its records and stores them. */
    Mono<TenantMetrics> refresh(TenantRef tenant, YearMonth month, LocalDate asOf, String computedBy) {
        return tx.call(tenant, dsl -> {
            var region = new ComplianceLedger.Region(tenant, tenants.policy(dsl, tenant.code()));
            TenantMetrics metrics = ComplianceLedger.count(dsl, List.of(region), asOf).get(tenant.code());
            write(dsl, month, asOf, metrics, computedBy);
            return metrics;
        });
    }

    private static void write(DSLContext dsl, YearMonth month, LocalDate asOf, TenantMetrics metrics, String computedBy) {
        var insert = dsl.insertInto(COMPLIANCE_SNAPSHOT)
                .set(COMPLIANCE_SNAPSHOT.MONTH, month.atDay(1))
                .set(COMPLIANCE_SNAPSHOT.AS_OF, asOf)
                .set(COMPLIANCE_SNAPSHOT.EXPERT_TYPES, metrics.expertTypes().stream().sorted().toArray(String[]::new))
                .set(COMPLIANCE_SNAPSHOT.COMPUTED_AT, OffsetDateTime.now())
                .set(COMPLIANCE_SNAPSHOT.COMPUTED_BY, computedBy);
        COLUMNS.forEach((metric, column) -> insert.set(column, metrics.get(metric)));
        var update = insert.onConflict(COMPLIANCE_SNAPSHOT.TENANT_CODE, COMPLIANCE_SNAPSHOT.MONTH).doUpdate()
                .set(COMPLIANCE_SNAPSHOT.AS_OF, asOf)
                .set(COMPLIANCE_SNAPSHOT.EXPERT_TYPES, DSL.excluded(COMPLIANCE_SNAPSHOT.EXPERT_TYPES))
                .set(COMPLIANCE_SNAPSHOT.COMPUTED_AT, DSL.excluded(COMPLIANCE_SNAPSHOT.COMPUTED_AT))
                .set(COMPLIANCE_SNAPSHOT.COMPUTED_BY, DSL.excluded(COMPLIANCE_SNAPSHOT.COMPUTED_BY));
        COLUMNS.values().forEach(column -> update.set(column, DSL.excluded(column)));
        update.execute();
    }

    /**
     * The stored rows of a subtree for the months {@code from}..{@code to}, as the transaction's tenant may read them
     * (its own and those below it).
     */
    static List<Snapshot> read(DSLContext dsl, String rootPath, YearMonth from, YearMonth to) {
        return dsl.selectFrom(COMPLIANCE_SNAPSHOT)
                .where(COMPLIANCE_SNAPSHOT.MONTH.between(from.atDay(1), to.atDay(1)))
                .and(TenantQueries.descendantOf(COMPLIANCE_SNAPSHOT.TENANT_PATH, rootPath))
                .fetch(ComplianceSnapshots::snapshot);
    }

    private static Snapshot snapshot(Record r) {
        Map<Metric, Integer> counts = new EnumMap<>(Metric.class);
        COLUMNS.forEach((metric, column) -> counts.put(metric, r.get(column)));
        return new Snapshot(r.get(COMPLIANCE_SNAPSHOT.TENANT_CODE), r.get(COMPLIANCE_SNAPSHOT.TENANT_PATH).data(),
                YearMonth.from(r.get(COMPLIANCE_SNAPSHOT.MONTH)), r.get(COMPLIANCE_SNAPSHOT.AS_OF),
                r.get(COMPLIANCE_SNAPSHOT.COMPUTED_AT),
                new TenantMetrics(counts, Set.of(r.get(COMPLIANCE_SNAPSHOT.EXPERT_TYPES))));
    }
}
