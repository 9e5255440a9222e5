package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT;
import static cn.yingji.db.Tables.EVENT_REPORT;
import static cn.yingji.db.Tables.TENANT;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.EventStatus;
import cn.yingji.db.tables.records.EventRecord;
import cn.yingji.events.EventViews.EventRequest;
import cn.yingji.events.EventViews.EventRow;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.Coordinates;
import cn.yingji.plans.EventTypes;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 事件: what an office handles, opened from its intake or directly, with its report clocks (电话初报, 书面报告) opened
 * in the same transaction from the tenant's policy. Reads show what row-level security does: own events and those
 * of the tenants below (shared up).
 */
@Component
class Events {

    static final String ENTITY = "event";
    /** 事件: versioned; its search document comes with the search slice (docs/reporting.md). */
    static final Versioned<EventRecord> TYPE = Versioned.indexed(ENTITY, "事件", EVENT, EVENT.ID, EVENT.VERSION,
            EVENT.UPDATED_AT);
    static final int LIST_LIMIT = 200;
    private static final cn.yingji.db.tables.Tenant PLACE = TENANT.as("place");
    /** How far in the future an occurrence may be stated (clocks of two machines disagree a little). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Obligations obligations;
    private final Reports reports;
    private final Instructions instructions;
    private final TenantQueries tenants;
    private final EventClosing closing;
    private final ReportFindings findings;
    private final EventResponses responses;

    Events(TenantTx tx, RecordWrites writes, Obligations obligations, Reports reports, Instructions instructions,
            TenantQueries tenants, EventClosing closing, ReportFindings findings, EventResponses responses) {
        this.findings = findings;
        this.responses = responses;
        this.tenants = tenants;
        this.closing = closing;
        this.tx = tx;
        this.writes = writes;
        this.obligations = obligations;
        this.reports = reports;
        this.instructions = instructions;
    }

    /** Opens an event of the viewer's tenant directly (not from an intake item) and returns it. */
    Mono<EventViews.Event> open(Viewer viewer, EventRequest request) {
        return tx.call(viewer, dsl -> create(dsl, viewer, request).getId()).flatMap(id -> get(viewer, id));
    }

    /** Opens an event of the viewer's tenant and its report clocks, in the caller's transaction. */
    EventRecord create(DSLContext dsl, Viewer viewer, EventRequest request) {
        if (!EventTypes.isKnown(request.eventType())) {
            throw ApiException.badRequest("invalid-event-type", "未知的事件类型：" + request.eventType());
        }
        Severity severity = Severity.parse(request.severity());
        Instant now = Instant.now();
        Instant occurred = request.occurredAt().toInstant();
        Instant learned = request.learnedAt() == null ? now : request.learnedAt().toInstant();
        if (occurred.isAfter(now.plus(CLOCK_SKEW)) || learned.isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiException.badRequest("event-time-in-future", "事发时间和获悉时间不能晚于当前时间");
        }
        if (learned.isBefore(occurred)) {
            throw ApiException.badRequest("event-learned-before-occurred", "获悉时间不能早于事发时间");
        }
        Coordinates.check(request.longitude(), request.latitude());
        String place = place(dsl, viewer, request.placeCode());
        EventRecord row = dsl.insertInto(EVENT)
                .set(EVENT.TITLE, request.title().strip())
                .set(EVENT.EVENT_TYPE, request.eventType())
                .set(EVENT.SEVERITY, cn.yingji.db.enums.EventSeverity.lookupLiteral(severity.literal()))
                .set(EVENT.OCCURRED_AT, request.occurredAt())
                .set(EVENT.LEARNED_AT, learned.atOffset(java.time.ZoneOffset.UTC))
                .set(EVENT.PLACE_CODE, place)
                .set(EVENT.ADDRESS, request.address().strip())
                .set(EVENT.LONGITUDE, request.longitude())
                .set(EVENT.LATITUDE, request.latitude())
                .set(EVENT.SUMMARY, request.summary() == null ? "" : request.summary().strip())
                .set(EVENT.CREATED_BY, viewer.username())
                .returning().fetchSingle();
        ReportClocks clocks = ReportClocks.of(tenants.policy(dsl, viewer.tenant().code()), severity);
        Instant start = clocks.start(occurred, learned);
        String subject = row.getTitle();
        obligations.open(dsl, new Obligations.Opening(ObligationKind.REPORT_INITIAL, row.getId(), subject,
                viewer.tenant().code(), null, start, clocks.initialPhone().dueAt(start), null));
        obligations.open(dsl, new Obligations.Opening(ObligationKind.REPORT_WRITTEN, row.getId(), subject,
                viewer.tenant().code(), null, start, clocks.written().dueAt(start), null));
        writes.written(dsl, viewer, TYPE, "event.create", row.getId(), null,
                Map.of("title", row.getTitle(), "severity", severity.literal(), "eventType", row.getEventType()));
        return row;
    }

    /** 事发地: the viewer's own division unless it names one below it; 400 otherwise. */
    private static String place(DSLContext dsl, Viewer viewer, String code) {
        if (code == null || code.isBlank() || code.equals(viewer.tenant().code())) {
            return viewer.tenant().code();
        }
        if (!dsl.fetchExists(TENANT, TENANT.CODE.eq(code).and(TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path())))) {
            throw ApiException.badRequest("event-place-not-below", "事发地须为本级或下级行政区：" + code);
        }
        return code;
    }

    /** The event as the viewer reads it, or 404. */
    static EventRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, EVENT, EVENT.ID, id, "event-not-found", "事件");
    }

    /** {@code scope}: own (the viewer's tenant's), below (the tenants below it), all (both; the default). */
    Mono<List<EventRow>> list(Viewer viewer, String status, String scope) {
        Condition where = scope(EVENT.TENANT_CODE, viewer, scope, "invalid-event-scope")
                .and(subtree(EVENT.TENANT_CODE, viewer));
        if (status != null && !status.isBlank()) {
            where = where.and(EVENT.STATUS.eq(switch (status) {
                case "open" -> EventStatus.open;
                case "closed" -> EventStatus.closed;
                default -> throw ApiException.badRequest("invalid-event-status", "事件状态无效，可选值：open（处置中）、closed（已结案）");
            }));
        }
        Condition filter = where;
        return tx.call(viewer, dsl -> rows(dsl, viewer, filter, LIST_LIMIT));
    }


    /** Events meeting {@code where}, newest occurrence first, with their report counts and open clocks. */
    List<EventRow> rows(DSLContext dsl, Viewer viewer, Condition where, int limit) {
        var count = DSL.field(DSL.select(DSL.count()).from(EVENT_REPORT).where(EVENT_REPORT.EVENT_ID.eq(EVENT.ID)));
        var last = DSL.field(DSL.select(DSL.max(EVENT_REPORT.REPORTED_AT)).from(EVENT_REPORT)
                .where(EVENT_REPORT.EVENT_ID.eq(EVENT.ID)));
        var rows = dsl.select(EVENT.asterisk(), TENANT.NAME, PLACE.NAME, count.as("reports"), last.as("last_report_at"))
                .from(EVENT).join(TENANT).on(TENANT.CODE.eq(EVENT.TENANT_CODE))
                .join(PLACE).on(PLACE.CODE.eq(EVENT.PLACE_CODE))
                .where(where).orderBy(EVENT.OCCURRED_AT.desc(), EVENT.ID).limit(limit).fetch();
        var clocks = obligations.openClocks(dsl, rows.map(r -> r.get(EVENT.ID))).stream()
                .collect(Collectors.groupingBy(Obligations.Clock::recordId));
        return rows.map(r -> row(viewer, r, clocks.getOrDefault(r.get(EVENT.ID), List.of())));
    }

    private static EventRow row(Viewer viewer, Record r, List<Obligations.Clock> clocks) {
        var e = r.into(EVENT);
        Severity severity = Severity.of(e.getSeverity().getLiteral());
        return new EventRow(e.getId(), e.getTenantCode(), r.get(TENANT.NAME), e.getTitle(), e.getEventType(),
                severity.literal(), severity.label(), e.getOccurredAt(), e.getLearnedAt(), e.getPlaceCode(),
                r.get(PLACE.NAME), e.getAddress(),
                e.getLongitude(), e.getLatitude(), e.getStatus().getLiteral(),
                e.getStatus() == EventStatus.open ? "处置中" : "已结案", r.get("reports", Integer.class),
                r.get("last_report_at", OffsetDateTime.class), clocks,
                e.getTenantCode().equals(viewer.tenant().code()));
    }

    /**
     * One event with its timeline: the intake screened into it, the reports and 批示 the viewer reads, every clock,
     * the findings on it, every tier's response and command.
     */
    Mono<EventViews.Event> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            EventRecord event = load(dsl, id);
            EventRow row = rows(dsl, viewer, EVENT.ID.eq(id), 1).getFirst();
            return new EventViews.Event(row, event.getSummary(), event.getVersion(), Intake.ofEvent(dsl, id),
                    reports.ofEvent(dsl, viewer, id), instructions.ofEvent(dsl, viewer, id),
                    obligations.ofRecords(dsl, viewer, List.of(id), 200), closing.closing(dsl, viewer, event),
                    findings.ofEvent(dsl, viewer, id), responses.of(dsl, viewer, event));
        });
    }

    /** 本级/下级/全部 of a list: the viewer's tenant's rows ({@code own}), those of the tenants below ({@code below}), both. */
    static Condition scope(org.jooq.Field<String> tenantCode, Viewer viewer, String scope, String code) {
        Condition own = tenantCode.eq(viewer.tenant().code());
        return switch (scope == null || scope.isBlank() ? "all" : scope) {
            case "own" -> own;
            case "below" -> own.not();
            case "all" -> DSL.noCondition();
            default -> throw ApiException.badRequest(code, "范围无效，可选值：own（本级）、below（下级）、all（全部）");
        };
    }

    /**
     * The rows of the viewer's subtree, by their tenants' codes: what row-level security lets the viewer read of a
     * table shared up anyway, said so that the planner walks the (tenant_code, time) index of those tenants instead
     * of filtering the whole table by the policy (docs/benchmarks.md «The report list at national scale»).
     */
    static Condition subtree(org.jooq.Field<String> tenantCode, Viewer viewer) {
        return DSL.condition("{0} = any(array(select t.code from tenant t where t.path <@ {1}::ltree))", tenantCode,
                DSL.val(viewer.tenant().path()));
    }

    /** The first 120 characters of a text, for a notification's body. */
    static String excerpt(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
