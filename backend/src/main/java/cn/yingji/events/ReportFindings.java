package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT;
import static cn.yingji.db.Tables.EVENT_REPORT;
import static cn.yingji.db.Tables.INTAKE_ITEM;
import static cn.yingji.db.Tables.REPORT_FINDING;
import static cn.yingji.db.Tables.TENANT;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.IntakeSource;
import cn.yingji.db.tables.records.EventRecord;
import cn.yingji.db.tables.records.EventReportRecord;
import cn.yingji.db.tables.records.ReportFindingRecord;
import cn.yingji.events.EventViews.DecisionRequest;
import cn.yingji.events.EventViews.Finding;
import cn.yingji.events.EventViews.FindingFigures;
import cn.yingji.events.EventViews.FindingLine;
import cn.yingji.events.EventViews.FindingRequest;
import cn.yingji.idempotency.Idempotency;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.China;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRef;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 漏报/瞒报/谎报: an office's findings about how the regions below it reported. The 漏报 check
 * ({@link MissedReportCheck}) suspects an event the office learned of otherwise than from the tier below, in a region
 * below it, when no report of that region (or a tier between) on an event there came by the region's clock; a
 * person of the office confirms or dismisses it with the basis. 瞒报 and 谎报 (and a 漏报 the check could not see)
 * are recorded by a person after 核查, with the basis. The region found at fault reads a confirmed finding and hears
 * of it; the tiers above oversee all; confirmed findings count on the compliance dashboard.
 */
@Component
class ReportFindings {

    static final String ENTITY = "report_finding";
    static final Versioned<ReportFindingRecord> TYPE = Versioned.stored(ENTITY, "报送问题", REPORT_FINDING,
            REPORT_FINDING.ID, REPORT_FINDING.VERSION, REPORT_FINDING.UPDATED_AT);
    static final int LIST_LIMIT = 200;
    /** How far back the check looks: an event learned of longer ago has been checked or is a person's to judge. */
    static final Duration HORIZON = Duration.ofDays(7);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日HH:mm").withZone(China.ZONE);
    private static final cn.yingji.db.tables.Tenant SUBJECT = TENANT.as("subject");
    private static final cn.yingji.db.tables.Event REPORTED = EVENT.as("reported");
    private static final cn.yingji.db.tables.Tenant REPORTED_PLACE = TENANT.as("reported_place");

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Notifications notifications;
    private final Idempotency idempotency;
    private final TenantQueries tenants;

    ReportFindings(TenantTx tx, RecordWrites writes, Notifications notifications, Idempotency idempotency,
            TenantQueries tenants) {
        this.tx = tx;
        this.writes = writes;
        this.notifications = notifications;
        this.idempotency = idempotency;
        this.tenants = tenants;
    }

    /**
     * The 漏报 check of one office, in its context: each of its events in a region below it, learned of within
     * {@link #HORIZON} and not from the tier below, without a 漏报 finding yet, whose region's clock
     * ({@link ReportClocks#missedAfter}) has run out by {@code now} with no report of the region or a tier between
     * on an event there within the policy's window. Writes one candidate per event (a second pass or instance finds
     * it there) and tells the office; returns how many it wrote.
     */
    int check(DSLContext dsl, Viewer job, Instant now) {
        String office = job.tenant().code();
        var events = dsl.selectFrom(EVENT).where(EVENT.TENANT_CODE.eq(office))
                .and(EVENT.PLACE_CODE.ne(EVENT.TENANT_CODE))
                .and(EVENT.LEARNED_AT.ge(now.minus(HORIZON).atOffset(ZoneOffset.UTC)))
                .andNotExists(DSL.selectOne().from(REPORT_FINDING).where(REPORT_FINDING.EVENT_ID.eq(EVENT.ID))
                        .and(REPORT_FINDING.KIND.eq(cn.yingji.db.enums.FindingKind.missed)))
                .andNotExists(DSL.selectOne().from(INTAKE_ITEM).where(INTAKE_ITEM.EVENT_ID.eq(EVENT.ID))
                        .and(INTAKE_ITEM.SOURCE.eq(IntakeSource.lower_tier)))
                .orderBy(EVENT.LEARNED_AT).fetch();
        int written = 0;
        for (EventRecord event : events) {
            var place = dsl.select(TENANT.NAME, TENANT.PATH).from(TENANT).where(TENANT.CODE.eq(event.getPlaceCode()))
                    .fetchSingle();
            ReportClocks clocks = ReportClocks.of(tenants.policy(dsl, event.getPlaceCode()),
                    Severity.of(event.getSeverity().getLiteral()));
            Instant occurred = event.getOccurredAt().toInstant();
            Instant learned = event.getLearnedAt().toInstant();
            Instant due = clocks.missedAfter(occurred, learned);
            if (due.isAfter(now)) {
                continue;
            }
            boolean reported = dsl.fetchExists(DSL.selectOne().from(EVENT_REPORT)
                    .join(REPORTED).on(REPORTED.ID.eq(EVENT_REPORT.EVENT_ID))
                    .join(REPORTED_PLACE).on(REPORTED_PLACE.CODE.eq(REPORTED.PLACE_CODE))
                    .where(EVENT_REPORT.TENANT_CODE.ne(office))
                    .and(TenantQueries.descendantOf(REPORTED_PLACE.PATH, place.value2().data()))
                    .and(REPORTED.OCCURRED_AT.between(event.getOccurredAt().minus(clocks.sameEvent()),
                            event.getOccurredAt().plus(clocks.sameEvent())))
                    .and(EVENT_REPORT.REPORTED_AT.le(due.atOffset(ZoneOffset.UTC))));
            if (reported) {
                continue;
            }
            List<String> sources = dsl.selectDistinct(INTAKE_ITEM.SOURCE).from(INTAKE_ITEM)
                    .where(INTAKE_ITEM.EVENT_ID.eq(event.getId())).orderBy(INTAKE_ITEM.SOURCE)
                    .fetch(r -> cn.yingji.events.IntakeSource.of(r.value1().getLiteral()).label());
            String how = sources.isEmpty() ? "其他渠道" : String.join("、", sources);
            String detail = "本级于" + TIME.format(learned) + "经" + how + "获悉；" + place.value1() + "应于" + TIME.format(due)
                    + "前报告，届时未收到其报告（事发前后" + clocks.sameEvent().toHours() + "小时内" + place.value1() + "的事件均无报告）";
            ReportFindingRecord row = dsl.insertInto(REPORT_FINDING)
                    .set(REPORT_FINDING.KIND, cn.yingji.db.enums.FindingKind.missed)
                    .set(REPORT_FINDING.STATE, cn.yingji.db.enums.FindingState.candidate)
                    .set(REPORT_FINDING.EVENT_ID, event.getId())
                    .set(REPORT_FINDING.SUBJECT_TENANT_CODE, event.getPlaceCode())
                    .set(REPORT_FINDING.DETAIL, detail)
                    .set(REPORT_FINDING.DETECTED_BY, job.username())
                    .set(REPORT_FINDING.CREATED_BY, job.username())
                    .onConflictDoNothing().returning().fetchOne();
            if (row == null) {
                continue;
            }
            notifications.notify(dsl, new Notifications.Notice(NotificationKind.REPORT_FINDING_CANDIDATE,
                    Notifications.Recipient.office(office), "疑似漏报：" + place.value1() + "（" + event.getTitle() + "）",
                    detail, ENTITY, row.getId()));
            writes.written(dsl, job, TYPE, "report_finding.detect", row.getId(), null,
                    Map.of("eventId", event.getId().toString(), "subject", event.getPlaceCode()));
            written++;
        }
        return written;
    }

    /**
     * 漏报/瞒报/谎报 recorded by a person after 核查, confirmed at once, about a region strictly below the viewer's:
     * the one named, else the report's, else the event's; once per {@code Idempotency-Key}.
     */
    Mono<Finding> record(Viewer viewer, FindingRequest request, String idempotencyKey) {
        FindingKind kind = FindingKind.parse(request.kind());
        var once = new Idempotency.Request(idempotencyKey, "POST", "/api/v1/report-findings",
                Idempotency.fingerprint(kind, request.eventId(), request.reportId(), request.subjectTenantCode(),
                        request.basis()));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, Finding.class, () -> {
            EventRecord event = Events.load(dsl, request.eventId());
            EventReportRecord report = null;
            if (request.reportId() != null) {
                report = dsl.selectFrom(EVENT_REPORT).where(EVENT_REPORT.ID.eq(request.reportId()))
                        .and(EVENT_REPORT.EVENT_ID.eq(event.getId())).fetchOne();
                if (report == null) {
                    throw ApiException.badRequest("finding-report-invalid", "所指报告须为该事件的、您可见的报告");
                }
            }
            String subject = request.subjectTenantCode() != null && !request.subjectTenantCode().isBlank()
                    ? request.subjectTenantCode() : report != null ? report.getTenantCode() : event.getTenantCode();
            if (subject.equals(viewer.tenant().code()) || !dsl.fetchExists(TENANT, TENANT.CODE.eq(subject)
                    .and(TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path())))) {
                throw ApiException.badRequest("finding-subject-not-below", "报送问题只能认定本级以下的地区");
            }
            PersonDirectory.register(dsl, viewer);
            ReportFindingRecord row = dsl.insertInto(REPORT_FINDING)
                    .set(REPORT_FINDING.KIND, cn.yingji.db.enums.FindingKind.lookupLiteral(kind.literal()))
                    .set(REPORT_FINDING.STATE, cn.yingji.db.enums.FindingState.confirmed)
                    .set(REPORT_FINDING.EVENT_ID, event.getId())
                    .set(REPORT_FINDING.REPORT_ID, request.reportId())
                    .set(REPORT_FINDING.SUBJECT_TENANT_CODE, subject)
                    .set(REPORT_FINDING.BASIS, request.basis().strip())
                    .set(REPORT_FINDING.DECIDED_BY, viewer.username())
                    .set(REPORT_FINDING.DECIDED_AT, OffsetDateTime.now())
                    .set(REPORT_FINDING.CREATED_BY, viewer.username())
                    .onConflictDoNothing().returning().fetchOne();
            if (row == null) {
                throw ApiException.conflict("finding-exists", "该地区在此事件上的漏报已有记录，请在原记录上核查");
            }
            confirmed(dsl, viewer, row, event.getTitle());
            writes.written(dsl, viewer, TYPE, "report_finding.record", row.getId(), null, audit(row));
            return views(dsl, viewer, List.of(row)).getFirst();
        }));
    }

    /** 认定 or 排除 a 漏报 candidate of the viewer's office, with the basis: 409 once decided or when stale. */
    Mono<Finding> decide(Viewer viewer, UUID id, DecisionRequest request) {
        cn.yingji.db.enums.FindingState decision = switch (request.decision()) {
            case "confirm" -> cn.yingji.db.enums.FindingState.confirmed;
            case "dismiss" -> cn.yingji.db.enums.FindingState.dismissed;
            default -> throw ApiException.badRequest("invalid-finding-decision",
                    "核查结论无效，可选值：confirm（认定漏报）、dismiss（排除）");
        };
        return tx.call(viewer, dsl -> {
            ReportFindingRecord before = load(dsl, id);
            if (!before.getTenantCode().equals(viewer.tenant().code())) {
                throw ApiException.forbidden("finding-not-own", "只有作出该核查的单位才能认定或排除");
            }
            if (before.getState() != cn.yingji.db.enums.FindingState.candidate) {
                throw ApiException.conflict("finding-decided", "该疑似漏报已核查（" + FindingState.of(
                        before.getState().getLiteral()).label() + "），不能再改");
            }
            PersonDirectory.register(dsl, viewer);
            ReportFindingRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(REPORT_FINDING)
                    .set(REPORT_FINDING.STATE, decision)
                    .set(REPORT_FINDING.BASIS, request.basis().strip())
                    .set(REPORT_FINDING.DECIDED_BY, viewer.username())
                    .set(REPORT_FINDING.DECIDED_AT, OffsetDateTime.now()));
            if (decision == cn.yingji.db.enums.FindingState.confirmed) {
                confirmed(dsl, viewer, after, Events.load(dsl, after.getEventId()).getTitle());
            }
            writes.written(dsl, viewer, TYPE, "report_finding." + request.decision(), id, audit(before), audit(after));
            return views(dsl, viewer, List.of(after)).getFirst();
        });
    }

    private void confirmed(DSLContext dsl, Viewer viewer, ReportFindingRecord row, String eventTitle) {
        String label = FindingKind.of(row.getKind().getLiteral()).label();
        notifications.notify(dsl, new Notifications.Notice(NotificationKind.REPORT_FINDING_CONFIRMED,
                Notifications.Recipient.office(row.getSubjectTenantCode()),
                viewer.tenant().name() + "认定" + label + "：" + eventTitle, Events.excerpt(row.getBasis()), ENTITY,
                row.getId()));
    }

    /**
     * The findings the viewer reads, newest first: {@code own} (made by its office), {@code about} (about it,
     * confirmed), {@code below} (made by the tiers below it) or all; {@code state} narrows them.
     */
    Mono<List<Finding>> list(Viewer viewer, String scope, String state) {
        Condition where = switch (scope == null || scope.isBlank() ? "all" : scope) {
            case "own" -> REPORT_FINDING.TENANT_CODE.eq(viewer.tenant().code());
            case "about" -> REPORT_FINDING.SUBJECT_TENANT_CODE.eq(viewer.tenant().code());
            case "below" -> REPORT_FINDING.TENANT_CODE.ne(viewer.tenant().code())
                    .and(REPORT_FINDING.SUBJECT_TENANT_CODE.ne(viewer.tenant().code()));
            case "all" -> DSL.noCondition();
            default -> throw ApiException.badRequest("invalid-finding-scope",
                    "范围无效，可选值：own（本级作出的）、about（针对本级的）、below（下级作出的）、all（全部）");
        };
        if (state != null && !state.isBlank()) {
            where = where.and(REPORT_FINDING.STATE.eq(
                    cn.yingji.db.enums.FindingState.lookupLiteral(FindingState.parse(state).literal())));
        }
        Condition filter = where;
        return tx.call(viewer, dsl -> views(dsl, viewer, dsl.selectFrom(REPORT_FINDING).where(filter)
                .orderBy(REPORT_FINDING.CREATED_AT.desc(), REPORT_FINDING.ID).limit(LIST_LIMIT).fetch()));
    }

    /** The findings on an event the viewer reads, oldest first. */
    List<Finding> ofEvent(DSLContext dsl, Viewer viewer, UUID eventId) {
        return views(dsl, viewer, dsl.selectFrom(REPORT_FINDING).where(REPORT_FINDING.EVENT_ID.eq(eventId))
                .orderBy(REPORT_FINDING.CREATED_AT, REPORT_FINDING.ID).fetch());
    }

    /**
     * 报送问题统计 of region {@code code} (the viewer's own or one below it): confirmed 漏报, 瞒报, 谎报 by the region
     * found at fault — 本级, each child region over its subtree, 合计 — and the candidates awaiting 核查 there.
     */
    Mono<FindingFigures> figures(Viewer viewer, String code) {
        return tx.call(viewer, dsl -> {
            String regionCode = code == null || code.isBlank() ? viewer.tenant().code() : code;
            var region = dsl.select(TENANT.CODE, TENANT.NAME, TENANT.PATH).from(TENANT).where(TENANT.CODE.eq(regionCode))
                    .and(TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path())).fetchOne();
            if (region == null) {
                throw ApiException.notFound("finding-region-not-found", "未找到该地区，或不在您的管辖范围内（只能查看本级及下级的报送问题）");
            }
            String path = region.value3().data();
            var children = dsl.select(TENANT.CODE, TENANT.NAME, TENANT.PATH).from(TENANT)
                    .where(TENANT.PARENT_CODE.eq(regionCode)).orderBy(TENANT.CODE).fetch();
            Field<String> line = DSL.field("subpath({0}, 0, least(nlevel({0}), {1}))::text", String.class, SUBJECT.PATH,
                    DSL.inline(path.split("\\.").length + 1));
            Map<String, int[]> counts = new HashMap<>();
            dsl.select(line, REPORT_FINDING.KIND, REPORT_FINDING.STATE, DSL.count()).from(REPORT_FINDING)
                    .join(SUBJECT).on(SUBJECT.CODE.eq(REPORT_FINDING.SUBJECT_TENANT_CODE))
                    .where(TenantQueries.descendantOf(SUBJECT.PATH, path))
                    .and(REPORT_FINDING.STATE.ne(cn.yingji.db.enums.FindingState.dismissed))
                    .groupBy(line, REPORT_FINDING.KIND, REPORT_FINDING.STATE)
                    .forEach(r -> {
                        int[] c = counts.computeIfAbsent(r.value1(), k -> new int[4]);
                        int slot = r.value3() == cn.yingji.db.enums.FindingState.candidate ? 3
                                : FindingKind.of(r.value2().getLiteral()).ordinal();
                        c[slot] += r.value4();
                    });
            List<FindingLine> lines = new ArrayList<>();
            lines.add(line(region.value1(), region.value2(), true, false, counts.get(path)));
            children.forEach(c -> lines.add(line(c.value1(), c.value2(), false, false, counts.get(c.value3().data()))));
            int[] total = new int[4];
            counts.values().forEach(c -> {
                for (int i = 0; i < 4; i++) {
                    total[i] += c[i];
                }
            });
            lines.add(line(region.value1(), region.value2(), false, true, total));
            return new FindingFigures(region.value1(), region.value2(), lines);
        });
    }

    private static FindingLine line(String code, String name, boolean own, boolean total, int[] c) {
        int[] n = c == null ? new int[4] : c;
        return new FindingLine(code, name, own, total, n[0], n[1], n[2], n[3]);
    }

    private static ReportFindingRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, REPORT_FINDING, REPORT_FINDING.ID, id, "finding-not-found", "报送问题");
    }

    private static Map<String, Object> audit(ReportFindingRecord row) {
        return Map.of("kind", row.getKind().getLiteral(), "state", row.getState().getLiteral(),
                "subject", row.getSubjectTenantCode(), "basis", row.getBasis());
    }

    private List<Finding> views(DSLContext dsl, Viewer viewer, List<ReportFindingRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> {
            codes.add(r.getTenantCode());
            codes.add(r.getSubjectTenantCode());
        });
        Map<String, String> names = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT).where(TENANT.CODE.in(codes))
                .fetchMap(TENANT.CODE, TENANT.NAME);
        Map<UUID, String> titles = dsl.select(EVENT.ID, EVENT.TITLE).from(EVENT)
                .where(EVENT.ID.in(rows.stream().map(ReportFindingRecord::getEventId).toList()))
                .fetchMap(EVENT.ID, EVENT.TITLE);
        Map<String, String> people = PersonDirectory.names(dsl, rows.stream().map(ReportFindingRecord::getDecidedBy)
                .filter(Objects::nonNull).toList());
        return rows.stream().map(r -> {
            FindingKind kind = FindingKind.of(r.getKind().getLiteral());
            FindingState state = FindingState.of(r.getState().getLiteral());
            boolean own = r.getTenantCode().equals(viewer.tenant().code());
            return new Finding(r.getId(), r.getTenantCode(), names.getOrDefault(r.getTenantCode(), "未知地区"),
                    kind.literal(), kind.label(), state.literal(), state.label(), r.getEventId(),
                    titles.getOrDefault(r.getEventId(), ""), r.getReportId(), r.getSubjectTenantCode(),
                    names.getOrDefault(r.getSubjectTenantCode(), "未知地区"), r.getDetail(), r.getBasis(),
                    r.getDetectedBy() != null, r.getDecidedBy() == null ? null : people.get(r.getDecidedBy()),
                    r.getDecidedAt(), r.getCreatedAt(), r.getVersion(),
                    own && state == FindingState.CANDIDATE);
        }).toList();
    }
}
