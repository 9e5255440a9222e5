package cn.yingji.obligations;

import static cn.yingji.db.Tables.OBLIGATION;
import static cn.yingji.db.Tables.TENANT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.platform.ApiException;
import cn.yingji.platform.Labelled;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 时限办理: how a region and the regions below it have met their deadlines, read live from the obligations (no
 * snapshot): per line (本级, each child region with its subtree, 合计) and kind, how many were done on time, done
 * late, are overdue and open, are not yet due, were waived, and the on-time rate. The one definition of on time is
 * the obligations' own ({@code app.close_obligation}); the compliance dashboard shows it and opens the obligations
 * behind each number ({@link #records}).
 */
@Component
public class ObligationFigures {

    /** What became of an obligation, as the figures count it. */
    public enum Outcome implements Labelled {
        /** 按时办结 */
        ON_TIME("on_time", "按时办结"),
        /** 逾期办结 */
        LATE("late", "逾期办结"),
        /** 逾期未办: open past its due time */
        OVERDUE("overdue", "逾期未办"),
        /** 未到期: open, its due time still ahead */
        PENDING("pending", "未到期"),
        /** 已免办 */
        WAIVED("waived", "已免办");

        private final String literal;
        private final String label;

        Outcome(String literal, String label) {
            this.literal = literal;
            this.label = label;
        }

        @Override
        public String literal() {
            return literal;
        }

        @Override
        public String label() {
            return label;
        }

        /**
         * The outcome's condition, the states as literals: a bound parameter cast to the enum is cast again for every
         * row a reused (generic) plan counts.
         */
        Condition condition(OffsetDateTime now) {
            var state = OBLIGATION.STATE;
            return switch (this) {
                case ON_TIME -> state.eq(DSL.inline(cn.yingji.db.enums.ObligationState.done_on_time));
                case LATE -> state.eq(DSL.inline(cn.yingji.db.enums.ObligationState.done_late));
                case OVERDUE -> Obligations.OPEN.and(OBLIGATION.DUE_AT.lt(now));
                case PENDING -> Obligations.OPEN.and(OBLIGATION.DUE_AT.ge(now));
                case WAIVED -> state.eq(DSL.inline(cn.yingji.db.enums.ObligationState.waived));
            };
        }
    }

    /**
     * The counts of one line and kind; {@code rate} = on time ÷ (on time + late + overdue), one decimal, null when
     * nothing has fallen due.
     */
    public record Counts(int onTime, int late, int overdue, int pending, int waived, @Nullable Double rate) {

        static Counts of(int onTime, int late, int overdue, int pending, int waived) {
            int due = onTime + late + overdue;
            return new Counts(onTime, late, overdue, pending, waived,
                    due == 0 ? null : Math.round(1000.0 * onTime / due) / 10.0);
        }

        Counts plus(Counts o) {
            return of(onTime + o.onTime, late + o.late, overdue + o.overdue, pending + o.pending, waived + o.waived);
        }
    }

    static final Counts NONE = Counts.of(0, 0, 0, 0, 0);

    /** A line: 本级 ({@code own}), a child region over its subtree, or 合计 ({@code total}); its counts per kind and in all. */
    public record Line(String tenantCode, String tenantName, boolean own, boolean total, Map<String, Counts> byKind,
            Counts all) {
    }

    public record Kind(String kind, String label) {
    }

    public record Figures(String tenantCode, String tenantName, LocalDate since, List<Kind> kinds, List<Line> lines) {
    }

    private final TenantTx tx;
    private final Obligations obligations;

    ObligationFigures(TenantTx tx, Obligations obligations) {
        this.tx = tx;
        this.obligations = obligations;
    }

    /** January 1st of this year in China: the figures' default start. */
    static LocalDate startOfYear() {
        return LocalDate.now(DueRule.CHINA).withDayOfYear(1);
    }

    /**
     * The figures of region {@code code} (the viewer's own or one below it) over the obligations that fell due since
     * {@code since} or are still open, as the viewer reads them.
     */
    public Mono<Figures> figures(Viewer viewer, String code, LocalDate since) {
        return tx.call(viewer, dsl -> {
            TenantRef region = region(dsl, viewer, code);
            List<TenantRef> children = dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER, TENANT.PATH).from(TENANT)
                    .where(TENANT.PARENT_CODE.eq(region.code())).orderBy(TENANT.CODE)
                    .fetch(r -> new TenantRef(r.value1(), r.value2(), r.value3(), r.value4().data()));
            int depth = region.path().split("\\.").length;
            OffsetDateTime now = OffsetDateTime.now();
            Field<String> line = DSL.field("subpath({0}, 0, least(nlevel({0}), {1}))::text", String.class,
                    Obligations.ASSIGNEE.PATH, DSL.inline(depth + 1));
            Map<String, Map<String, Counts>> byLine = new HashMap<>();
            dsl.select(line, OBLIGATION.KIND,
                            count(Outcome.ON_TIME, now), count(Outcome.LATE, now), count(Outcome.OVERDUE, now),
                            count(Outcome.PENDING, now), count(Outcome.WAIVED, now))
                    .from(OBLIGATION).join(Obligations.ASSIGNEE).on(Obligations.ASSIGNEE.CODE.eq(OBLIGATION.ASSIGNEE_TENANT_CODE))
                    .where(TenantQueries.descendantOf(Obligations.ASSIGNEE.PATH, region.path()))
                    .and(inPeriod(since))
                    .groupBy(line, OBLIGATION.KIND)
                    .forEach(r -> byLine.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2().getLiteral(),
                            Counts.of(r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
            List<Line> lines = new ArrayList<>();
            lines.add(line(region, true, false, byLine.getOrDefault(region.path(), Map.of())));
            for (TenantRef child : children) {
                lines.add(line(child, false, false, byLine.getOrDefault(child.path(), Map.of())));
            }
            Map<String, Counts> total = new LinkedHashMap<>();
            byLine.values().forEach(m -> m.forEach((kind, c) -> total.merge(kind, c, Counts::plus)));
            lines.add(line(region, false, true, total));
            List<Kind> kinds = Arrays.stream(ObligationKind.values()).map(k -> new Kind(k.literal(), k.label())).toList();
            return new Figures(region.code(), region.name(), since, kinds, lines);
        });
    }

    /**
     * The obligations behind one number: of the line's region ({@code subtree} false: 本级, its own only), of one
     * kind (or all), with one outcome, at most {@code limit}, the longest overdue or soonest due first.
     */
    public Mono<List<Obligations.Item>> records(Viewer viewer, String code, boolean subtree, String kind, String outcome,
            LocalDate since, int limit) {
        Outcome o = Labelled.parse(Outcome.class, outcome, "invalid-obligation-outcome", "办理结果");
        ObligationKind k = kind == null || kind.isBlank() ? null : ObligationKind.parse(kind);
        return tx.call(viewer, dsl -> {
            TenantRef region = region(dsl, viewer, code);
            Condition where = (subtree ? TenantQueries.descendantOf(Obligations.ASSIGNEE.PATH, region.path())
                    : OBLIGATION.ASSIGNEE_TENANT_CODE.eq(region.code()))
                    .and(inPeriod(since)).and(o.condition(OffsetDateTime.now()))
                    .and(k == null ? DSL.noCondition()
                            : OBLIGATION.KIND.eq(cn.yingji.db.enums.ObligationKind.lookupLiteral(k.literal())));
            return obligations.itemsIn(dsl, viewer, where, limit, OBLIGATION.DUE_AT.asc(), OBLIGATION.ID.asc());
        });
    }

    /** Fell due since {@code since}, or still open. */
    private static Condition inPeriod(LocalDate since) {
        return OBLIGATION.DUE_AT.ge(since.atStartOfDay(DueRule.CHINA).toOffsetDateTime())
                .or(Obligations.OPEN);
    }

    private static Field<Integer> count(Outcome outcome, OffsetDateTime now) {
        return DSL.count().filterWhere(outcome.condition(now));
    }

    private static Line line(TenantRef tenant, boolean own, boolean total, Map<String, Counts> byKind) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        Counts all = NONE;
        for (ObligationKind kind : ObligationKind.values()) {
            Counts c = byKind.getOrDefault(kind.literal(), NONE);
            counts.put(kind.literal(), c);
            all = all.plus(c);
        }
        return new Line(tenant.code(), tenant.name(), own, total, counts, all);
    }

    /** The region named, if it is the viewer's own or below it; 404 otherwise. */
    private static TenantRef region(DSLContext dsl, Viewer viewer, String code) {
        TenantRef t = dsl.select(TENANT.CODE, TENANT.NAME, TENANT.TIER, TENANT.PATH).from(TENANT)
                .where(TENANT.CODE.eq(code == null ? viewer.tenant().code() : code))
                .and(TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path()))
                .fetchOne(r -> new TenantRef(r.value1(), r.value2(), r.value3(), r.value4().data()));
        if (t == null) {
            throw ApiException.notFound("obligation-region-not-found", "未找到该地区，或不在您的管辖范围内（只能查看本级及下级的时限办理情况）");
        }
        return t;
    }
}
