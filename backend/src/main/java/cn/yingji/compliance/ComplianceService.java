package cn.yingji.compliance;

import static cn.yingji.db.Tables.TENANT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

import cn.yingji.compliance.ComplianceLedger.Entry;
import cn.yingji.compliance.ComplianceLedger.Region;
import cn.yingji.compliance.ComplianceSnapshots.Snapshot;
import cn.yingji.db.enums.TenantTier;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.China;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 合规看板: a tenant's figures rolled up over its subtree, one row per child region (and one for the tenant's own
 * records, 本级), scored and ranked, from the monthly snapshots; the trend of the last twelve months; and the
 * records behind every number. Every request names a tenant inside the caller's own subtree.
 *
 * <p>The bulletin (定期通报) and other scheduled jobs call {@link #dashboard(TenantRef, YearMonth)}: the rows of a
 * tenant's subtree for a month, read as that tenant.
 */
@Service
public class ComplianceService {

    /** A column of the table as the client renders it: the metric's key, its group and its label. */
    public record Column(String key, String group, String label) {
    }

    /** A region as the dashboard names it. */
    public record Region(String code, String name, String tier) {
    }

    /**
     * One line of the table: a child region rolled up over its subtree, the tenant's own records ({@code own}), or
     * the total. {@code values} by column key (null when the month has no snapshot of any tenant of the line);
     * {@code score} null when nothing is measured; {@code rank} among the child regions.
     */
    public record Row(String tenantCode, String tenantName, String tier, boolean own,
            @Nullable Map<String, Integer> values, @Nullable Double score, @Nullable Integer rank) {
    }

    /** The dashboard of a tenant for a month: breadcrumbs, columns, the score's weights, the rows and the total. */
    public record Dashboard(Region tenant, List<Region> ancestors, String month, @Nullable LocalDate asOf,
            @Nullable OffsetDateTime computedAt, List<Column> columns, Map<String, Integer> weights, List<Row> rows, Row total) {
    }

    /** One month of the trend: the rolled-up figures and the score (null values: no snapshot that month). */
    public record TrendPoint(String month, @Nullable Map<String, Integer> values, @Nullable Double score) {
    }

    public record Trend(Region tenant, List<TrendPoint> months) {
    }

    public record Records(String metric, String label, Region tenant, String scope, long total, int page, int size,
            List<Entry> items) {
    }

    static final int TREND_MONTHS = 12;

    private final TenantTx tx;
    private final ComplianceSnapshots snapshots;
    private final JsonMapper json;

    ComplianceService(TenantTx tx, ComplianceSnapshots snapshots, JsonMapper json) {
        this.tx = tx;
        this.snapshots = snapshots;
        this.json = json;
    }

    /**
     * The dashboard of {@code tenantCode} for the viewer; 404 when the tenant is outside the viewer's subtree. One
     * transaction reads it, unless some tenant of the subtree has no snapshot of the current month yet.
     */
    Mono<Dashboard> dashboard(Viewer viewer, String tenantCode, String month) {
        YearMonth m = month(month);
        return tx.call(viewer, dsl -> build(dsl, viewer.tenant(), subject(dsl, viewer, tenantCode), m))
                .flatMap(built -> complete(built, viewer.tenant(), m, viewer.username()));
    }

    /**
     * The dashboard of a tenant's subtree for a month, read as that tenant: what a scheduled bulletin reports. The
     * current month is completed first for tenants that have no snapshot yet; a past month shows what was stored.
     */
    public Mono<Dashboard> dashboard(TenantRef tenant, YearMonth month) {
        return dashboard(tenant, tenant, month, "job");
    }

    private Mono<Dashboard> dashboard(TenantRef reader, TenantRef tenant, YearMonth month, String computedBy) {
        return tx.call(reader, dsl -> build(dsl, reader, tenant, month))
                .flatMap(built -> complete(built, reader, month, computedBy));
    }

    /** The dashboard as built, or, when tenants lacked this month's snapshot, built again after computing them. */
    private Mono<Dashboard> complete(Built built, TenantRef reader, YearMonth month, String computedBy) {
        return built.missing().isEmpty() ? Mono.just(built.dashboard())
                : refreshAll(built.missing(), month, computedBy)
                        .then(tx.call(reader, dsl -> build(dsl, reader, built.tenant(), month).dashboard()));
    }

    /** The trend of the twelve months up to {@code month}: one transaction, unless this month must be completed first. */
    Mono<Trend> trend(Viewer viewer, String tenantCode, String month) {
        YearMonth to = month(month);
        return tx.call(viewer, dsl -> trend(dsl, subject(dsl, viewer, tenantCode), to, true))
                .flatMap(built -> built.missing().isEmpty() ? Mono.just(built.trend())
                        : refreshAll(built.missing(), to, viewer.username())
                                .then(tx.call(viewer, dsl -> trend(dsl, built.tenant(), to, false).trend())));
    }

    /** A trend, and the tenants whose snapshot of the current month must be computed first. */
    private record TrendBuilt(TenantRef tenant, Trend trend, List<TenantRef> missing) {
    }

    private TrendBuilt trend(DSLContext dsl, TenantRef t, YearMonth to, boolean checkMissing) {
        YearMonth from = to.minusMonths(TREND_MONTHS - 1);
        Map<YearMonth, List<Snapshot>> byMonth = ComplianceSnapshots.read(dsl, t.path(), from, to).stream()
                .collect(Collectors.groupingBy(Snapshot::month));
        List<TenantRef> missing = checkMissing ? missing(dsl, t, to, byMonth.getOrDefault(to, List.of())) : List.of();
        if (!missing.isEmpty()) {
            return new TrendBuilt(t, null, missing);
        }
        ComplianceScore score = ComplianceScore.of(policy(dsl, t.code()));
        List<TrendPoint> points = new ArrayList<>();
        for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
            List<Snapshot> rows = byMonth.getOrDefault(ym, List.of());
            TenantMetrics sum = rows.stream().map(Snapshot::metrics).reduce(TenantMetrics.zero(), TenantMetrics::plus);
            points.add(rows.isEmpty() ? new TrendPoint(ym.toString(), null, null)
                    : new TrendPoint(ym.toString(), sum.values(), score.score(sum)));
        }
        return new TrendBuilt(t, new Trend(region(t), points), List.of());
    }

    /**
     * The records behind a number: {@code scope} own (the tenant's own records, the 本级 line) or subtree (the tenant
     * and every region below it, the number of a child's line or of the total), read as the viewer.
     */
    Mono<Records> records(Viewer viewer, String tenantCode, String metricKey, String scope, int page, int size) {
        Metric metric = Metric.fromKey(metricKey);
        boolean own = switch (scope) {
            case "own" -> true;
            case "subtree" -> false;
            default -> throw ApiException.badRequest("invalid-compliance-scope", "范围无效，可选值：own（本级）、subtree（含下级）");
        };
        return tx.call(viewer, dsl -> {
            TenantRef t = subject(dsl, viewer, tenantCode);
            List<ComplianceLedger.Region> regions = own ? List.of(new ComplianceLedger.Region(t, policy(dsl, t.code())))
                    : subtreeRegions(dsl, t);
            List<Entry> all = ComplianceLedger.records(dsl, regions, China.today(), metric);
            int from = Math.min(page * size, all.size());
            return new Records(metric.key, metric.label, region(t), scope, all.size(), page, size,
                    all.subList(from, Math.min(from + size, all.size())));
        });
    }

    /** Recomputes this month's snapshot of every tenant of the subtree (on demand; the job does it regularly). */
    Mono<Dashboard> refresh(Viewer viewer, String tenantCode) {
        YearMonth month = YearMonth.now(China.ZONE);
        return tx.call(viewer, dsl -> {
            TenantRef t = subject(dsl, viewer, tenantCode);
            return new Subtree(t, subtree(dsl, t.path()));
        }).flatMap(s -> refreshAll(s.tenants(), month, viewer.username())
                .then(dashboard(viewer.tenant(), s.root(), month, viewer.username())));
    }

    private record Subtree(TenantRef root, List<TenantRef> tenants) {
    }

    /** Computes and stores this month's snapshot of each tenant, one after the other. */
    Mono<Void> refreshAll(List<TenantRef> tenants, YearMonth month, String computedBy) {
        LocalDate today = China.today();
        return Flux.fromIterable(tenants).concatMap(t -> snapshots.refresh(t, month, today, computedBy)).then();
    }

    /**
     * The tenants of the subtree without a snapshot of the current month (none for a past month: it shows what
     * was kept). A count first: the whole subtree is read only when some tenant is missing.
     */
    private static List<TenantRef> missing(DSLContext dsl, TenantRef tenant, YearMonth month, List<Snapshot> stored) {
        if (!month.equals(YearMonth.now(China.ZONE))) {
            return List.of();
        }
        int tenants = dsl.fetchCount(TENANT,
                TenantQueries.descendantOf(TENANT.PATH, tenant.path()));
        if (tenants == stored.size()) {
            return List.of();
        }
        var codes = stored.stream().map(Snapshot::tenantCode).collect(Collectors.toSet());
        return subtree(dsl, tenant.path()).stream().filter(t -> !codes.contains(t.code())).toList();
    }

    /** A dashboard, and the tenants whose snapshot of the current month must be computed first. */
    private record Built(TenantRef tenant, Dashboard dashboard, List<TenantRef> missing) {
    }

    private Built build(DSLContext dsl, TenantRef reader, TenantRef tenant, YearMonth month) {
        List<Snapshot> rows = ComplianceSnapshots.read(dsl, tenant.path(), month, month);
        List<TenantRef> missing = missing(dsl, tenant, month, rows);
        Map<String, Snapshot> byCode = rows.stream().collect(Collectors.toMap(Snapshot::tenantCode, s -> s));
        int childLevel = tenant.path().split("\\.").length + 1;
        Map<String, List<Snapshot>> byChild = new HashMap<>();
        for (Snapshot s : rows) {
            String[] labels = s.tenantPath().split("\\.");
            if (labels.length >= childLevel) {
                byChild.computeIfAbsent(String.join(".", java.util.Arrays.copyOf(labels, childLevel)), k -> new ArrayList<>())
                        .add(s);
            }
        }
        ComplianceScore own = ComplianceScore.of(policy(dsl, tenant.code()));
        List<Row> lines = new ArrayList<>();
        lines.add(line(tenant.code(), tenant.name() + "（本级）", tenant.tier(), true,
                byCode.containsKey(tenant.code()) ? List.of(byCode.get(tenant.code())) : List.of(), own, null));
        var children = dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER, TENANT.PATH, TENANT.POLICY).from(TENANT)
                .where(TENANT.PARENT_CODE.eq(tenant.code())).orderBy(TENANT.CODE).fetch();
        List<Row> childLines = new ArrayList<>();
        for (var c : children) {
            ComplianceScore weights = ComplianceScore.of(json.readTree(c.value5().data()));
            childLines.add(line(c.value1(), c.value2(), c.value3(), false,
                    byChild.getOrDefault(c.value4().data(), List.of()), weights, null));
        }
        lines.addAll(rank(childLines));
        Row total = line(tenant.code(), "合计", tenant.tier(), false, rows, own, null);
        LocalDate asOf = rows.stream().map(Snapshot::asOf).min(Comparator.naturalOrder()).orElse(null);
        OffsetDateTime computedAt = rows.stream().map(Snapshot::computedAt).min(Comparator.naturalOrder()).orElse(null);
        return new Built(tenant, new Dashboard(region(tenant), ancestors(dsl, reader, tenant), month.toString(), asOf, computedAt,
                Metric.COLUMNS, own.weights(), lines, total), missing);
    }

    private static Row line(String code, String name, TenantTier tier, boolean own, List<Snapshot> rows,
            ComplianceScore score, Integer rank) {
        if (rows.isEmpty()) {
            return new Row(code, name, tier.getLiteral(), own, null, null, rank);
        }
        TenantMetrics sum = rows.stream().map(Snapshot::metrics).reduce(TenantMetrics.zero(), TenantMetrics::plus);
        return new Row(code, name, tier.getLiteral(), own, sum.values(), score.score(sum), rank);
    }

    /** 排名: by score, highest first; equal scores share a rank (1, 2, 2, 4); a line without a score is not ranked. */
    static List<Row> rank(List<Row> rows) {
        List<Double> scores = rows.stream().map(Row::score).filter(Objects::nonNull).sorted(Comparator.reverseOrder())
                .toList();
        return rows.stream().map(r -> new Row(r.tenantCode(), r.tenantName(), r.tier(), r.own(), r.values(), r.score(),
                r.score() == null ? null : scores.indexOf(r.score()) + 1)).toList();
    }

    /** The tenant named in the path, if it is the viewer's own or below it; 404 otherwise. */
    private static TenantRef subject(DSLContext dsl, Viewer viewer, String code) {
        TenantRef t = dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER, TENANT.PATH).from(TENANT)
                .where(TENANT.CODE.eq(code))
                .and(TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path()))
                .fetchOne(r -> new TenantRef(r.value1(), r.value2(), r.value3(), r.value4().data()));
        if (t == null) {
            throw ApiException.notFound("compliance-tenant-not-found",
                    "未找到行政区划 " + code + "，或不在您的管辖范围内（只能查看本级及下级的合规情况）");
        }
        return t;
    }

    private static List<TenantRef> subtree(DSLContext dsl, String path) {
        return dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER, TENANT.PATH).from(TENANT)
                .where(TenantQueries.descendantOf(TENANT.PATH, path))
                .orderBy(TENANT.PATH)
                .fetch(r -> new TenantRef(r.value1(), r.value2(), r.value3(), r.value4().data()));
    }

    private List<ComplianceLedger.Region> subtreeRegions(DSLContext dsl, TenantRef root) {
        return dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER, TENANT.PATH, TENANT.POLICY).from(TENANT)
                .where(TenantQueries.descendantOf(TENANT.PATH, root.path()))
                .orderBy(TENANT.PATH)
                .fetch(r -> new ComplianceLedger.Region(new TenantRef(r.value1(), r.value2(), r.value3(), r.value4().data()),
                        json.readTree(r.value5().data())));
    }

    /** Breadcrumbs: the reader's own tenant down to the tenant's parent (never above the reader). */
    private static List<Region> ancestors(DSLContext dsl, TenantRef reader, TenantRef tenant) {
        return dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER).from(TENANT)
                .where(TenantQueries.ancestorOf(TENANT.PATH, tenant.path()))
                .and(TenantQueries.descendantOf(TENANT.PATH, reader.path()))
                .and(TENANT.CODE.ne(tenant.code()))
                .orderBy(DSL.field("nlevel({0})", Integer.class, TENANT.PATH))
                .fetch(r -> new Region(r.value1(), r.value2(), r.value3().getLiteral()));
    }

    private JsonNode policy(DSLContext dsl, String code) {
        var policy = dsl.select(TENANT.POLICY).from(TENANT).where(TENANT.CODE.eq(code)).fetchSingle(TENANT.POLICY);
        return json.readTree(policy.data());
    }

    private static Region region(TenantRef t) {
        return new Region(t.code(), t.name(), t.tier().getLiteral());
    }

    /** A month of {@code yyyy-MM} that has begun; blank means the current month; 400 {@code invalid-month} else. */
    public static YearMonth month(String value) {
        YearMonth now = YearMonth.now(China.ZONE);
        if (value == null || value.isBlank()) {
            return now;
        }
        try {
            YearMonth m = YearMonth.parse(value.strip());
            if (m.isAfter(now)) {
                throw ApiException.badRequest("invalid-month", "月份 " + value + " 尚未开始");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-month", "月份格式无效：" + value + "（应为 yyyy-MM，例如 2026-11）");
        }
    }

    /** The table on screen as .xlsx: the same lines and columns, then the total (also a bulletin's sheet). */
    public static byte[] xlsx(Dashboard d) {
        List<String> headers = new ArrayList<>();
        headers.add("地区");
        d.columns().forEach(c -> headers.add(c.label()));
        headers.add("综合得分");
        headers.add("排名");
        List<List<Object>> rows = new ArrayList<>();
        List<Row> lines = new ArrayList<>(d.rows());
        lines.add(d.total());
        for (Row r : lines) {
            List<Object> cells = new ArrayList<>();
            cells.add(r.tenantName());
            d.columns().forEach(c -> cells.add(r.values() == null ? null : r.values().get(c.key())));
            cells.add(r.score());
            cells.add(r.rank());
            rows.add(cells);
        }
        return cn.yingji.platform.Spreadsheets.xlsx("合规看板 " + d.month(), headers, rows);
    }
}
