package cn.yingji.bulletins;

import static cn.yingji.db.Tables.BULLETIN;
import static cn.yingji.db.Tables.TENANT;

import cn.yingji.records.RecordWrites;
import cn.yingji.compliance.ComplianceService;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * 定期通报: a tenant's monthly compliance bulletin, drawn from the compliance dashboard of its subtree for that
 * month, rendered as PDF and .xlsx and kept (one per tenant and month; generating again replaces it).
 */
@Service
class Bulletins {

    /** A kept bulletin as lists show it (the files are downloaded separately). */
    record Bulletin(UUID id, String tenantCode, String tenantName, String month, OffsetDateTime generatedAt,
            String generatedBy, @Nullable BigDecimal score) {
    }

    /** A downloaded file of a bulletin. */
    record File(String name, byte[] bytes) {
    }

    private final TenantTx tx;
    private final ComplianceService compliance;
    private final BulletinDocuments documents;
    private final JdbcScheduler blocking;
    private final RecordWrites writes;

    Bulletins(TenantTx tx, ComplianceService compliance, BulletinDocuments documents, JdbcScheduler blocking,
            RecordWrites writes) {
        this.tx = tx;
        this.compliance = compliance;
        this.documents = documents;
        this.blocking = blocking;
        this.writes = writes;
    }

    /** On demand: the viewer's own tenant's bulletin for {@code month} (default: the current month, to date). */
    Mono<Bulletin> generate(Viewer viewer, String month) {
        return Mono.fromCallable(() -> ComplianceService.month(month)).flatMap(m -> generate(viewer, viewer.tenant(), m));
    }

    /**
     * On a schedule: {@code tenant}'s bulletin for {@code month}, recorded as the job's, unless it has one already
     * or the month has no figures of it at all (empty then).
     */
    Mono<Bulletin> issueIfDue(TenantRef tenant, YearMonth month) {
        Viewer job = new Viewer(BulletinJob.ACTOR, "定期通报任务", Set.of(), tenant);
        return tx.call(tenant, dsl -> dsl.fetchExists(BULLETIN, BULLETIN.TENANT_CODE.eq(tenant.code())
                        .and(BULLETIN.MONTH.eq(month.atDay(1)))))
                .filter(exists -> !exists)
                .flatMap(none -> compliance.dashboard(tenant, month))
                .filter(dashboard -> dashboard.total() != null && dashboard.total().values() != null)
                .flatMap(dashboard -> store(job, tenant, month, dashboard));
    }

    private Mono<Bulletin> generate(Viewer actor, TenantRef tenant, YearMonth month) {
        return compliance.dashboard(tenant, month).flatMap(dashboard -> store(actor, tenant, month, dashboard));
    }

    private Mono<Bulletin> store(Viewer actor, TenantRef tenant, YearMonth month,
            ComplianceService.Dashboard dashboard) {
        return Mono.just(dashboard)
                .flatMap(d -> blocking.call(() -> {
                    BulletinDocuments.Table table = BulletinTable.of(d);
                    return new Rendered(documents.pdf(table), ComplianceService.xlsx(d),
                            d.total() == null ? null : d.total().score());
                }))
                .flatMap(rendered -> tx.call(tenant, dsl -> {
                    BigDecimal score = rendered.score() == null ? null
                            : BigDecimal.valueOf(rendered.score()).setScale(1, RoundingMode.HALF_UP);
                    UUID id = dsl.insertInto(BULLETIN)
                            .set(BULLETIN.MONTH, month.atDay(1))
                            .set(BULLETIN.GENERATED_BY, actor.username())
                            .set(BULLETIN.SCORE, score)
                            .set(BULLETIN.PDF, rendered.pdf())
                            .set(BULLETIN.XLSX, rendered.xlsx())
                            .onConflict(BULLETIN.TENANT_CODE, BULLETIN.MONTH).doUpdate()
                            .set(BULLETIN.GENERATED_AT, OffsetDateTime.now())
                            .set(BULLETIN.GENERATED_BY, actor.username())
                            .set(BULLETIN.SCORE, score)
                            .set(BULLETIN.PDF, rendered.pdf())
                            .set(BULLETIN.XLSX, rendered.xlsx())
                            .set(BULLETIN.VERSION, BULLETIN.VERSION.plus(1))
                            .returning(BULLETIN.ID).fetchSingle(BULLETIN.ID);
                    Bulletin bulletin = one(dsl, id);
                    writes.audited(dsl, actor, "bulletin", "bulletin.generate", id, null, bulletin);
                    return named(dsl, List.of(bulletin)).getFirst();
                }));
    }

    private record Rendered(byte[] pdf, byte[] xlsx, Double score) {
    }

    /** The kept bulletins of {@code tenantCode} (default: the viewer's own), newest month first. */
    Mono<List<Bulletin>> list(Viewer viewer, String tenantCode) {
        String code = tenantCode == null || tenantCode.isBlank() ? viewer.tenant().code() : tenantCode.strip();
        return tx.call(viewer, dsl -> {
            // the tenant must be the viewer's or one below it: bulletins are shared upwards only
            boolean inSubtree = dsl.fetchExists(dsl.selectOne().from(TENANT).where(TENANT.CODE.eq(code))
                    .and(TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path())));
            if (!inSubtree) {
                throw ApiException.notFound("tenant-not-found", "未找到行政区划 " + code + "，或不在您的管辖范围内");
            }
            return named(dsl, dsl.select(columns()).from(BULLETIN).join(TENANT).on(TENANT.CODE.eq(BULLETIN.TENANT_CODE))
                    .where(BULLETIN.TENANT_CODE.eq(code)).orderBy(BULLETIN.MONTH.desc())
                    .fetch(Bulletins::bulletin));
        });
    }

    Mono<File> file(Viewer viewer, UUID id, String kind) {
        return tx.call(viewer, dsl -> {
            var field = "pdf".equals(kind) ? BULLETIN.PDF : BULLETIN.XLSX;
            Record row = dsl.select(BULLETIN.MONTH, TENANT.NAME, field).from(BULLETIN).join(TENANT)
                    .on(TENANT.CODE.eq(BULLETIN.TENANT_CODE)).where(BULLETIN.ID.eq(id)).fetchOne();
            if (row == null) {
                throw ApiException.notFound("bulletin-not-found", "未找到通报 " + id + "，或不在您的可见范围内");
            }
            String name = row.get(TENANT.NAME) + YearMonth.from(row.get(BULLETIN.MONTH)) + "合规通报." + kind;
            return new File(name, row.get(field));
        });
    }

    private static Bulletin one(DSLContext dsl, UUID id) {
        return dsl.select(columns()).from(BULLETIN).join(TENANT).on(TENANT.CODE.eq(BULLETIN.TENANT_CODE))
                .where(BULLETIN.ID.eq(id)).fetchSingle(Bulletins::bulletin);
    }

    /**
     * 生成方式: who generated a bulletin by the person's name (人员名录), never the login name; the monthly job's
     * actor ({@link BulletinJob#ACTOR}) stays as it is, the web app shows it as 定时生成.
     */
    private static List<Bulletin> named(DSLContext dsl, List<Bulletin> bulletins) {
        Map<String, String> names = PersonDirectory.names(dsl, bulletins.stream().map(Bulletin::generatedBy)
                .filter(by -> !by.equals(BulletinJob.ACTOR)).toList());
        return bulletins.stream().map(b -> new Bulletin(b.id(), b.tenantCode(), b.tenantName(), b.month(), b.generatedAt(),
                names.getOrDefault(b.generatedBy(), b.generatedBy()), b.score())).toList();
    }

    private static List<org.jooq.SelectField<?>> columns() {
        return List.of(BULLETIN.ID, BULLETIN.TENANT_CODE, TENANT.NAME, BULLETIN.MONTH, BULLETIN.GENERATED_AT,
                BULLETIN.GENERATED_BY, BULLETIN.SCORE);
    }

    private static Bulletin bulletin(Record r) {
        return new Bulletin(r.get(BULLETIN.ID), r.get(BULLETIN.TENANT_CODE), r.get(TENANT.NAME),
                YearMonth.from(r.get(BULLETIN.MONTH)).toString(), r.get(BULLETIN.GENERATED_AT),
                r.get(BULLETIN.GENERATED_BY), r.get(BULLETIN.SCORE));
    }
}
