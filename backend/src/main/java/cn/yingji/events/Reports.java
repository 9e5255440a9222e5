package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT;
import static cn.yingji.db.Tables.EVENT_REPORT;
import static cn.yingji.db.Tables.REPORT_READING;
import static cn.yingji.db.Tables.TENANT;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.EventStatus;
import cn.yingji.db.tables.records.EventRecord;
import cn.yingji.db.tables.records.EventReportRecord;
import cn.yingji.events.EventViews.Reading;
import cn.yingji.events.EventViews.Report;
import cn.yingji.events.EventViews.ReportRequest;
import cn.yingji.idempotency.Idempotency;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.ObligationState;
import cn.yingji.obligations.Obligations;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.TransactionLocks;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 信息报送: a tenant's 初报, numbered 续报 and 终报 on an event it reads (its own, or one below it that it reports on
 * up). Each report closes the clocks it fulfils (迟报 frozen on the report), opens the next 续报 clock and, the first
 * time, the tier above's 逐级上报 clock; the tier above (and the one above that for 直报) hears of it live.
 */
@Component
class Reports {

    static final String ENTITY = "event_report";
    /** 报告: never changed once sent; its search document is written when it is sent ({@link ReportDocuments}). */
    static final Versioned<EventReportRecord> TYPE = Versioned.indexed(ENTITY, "报告", EVENT_REPORT, EVENT_REPORT.ID,
            EVENT_REPORT.VERSION, EVENT_REPORT.UPDATED_AT);
    static final int LIST_LIMIT = 200;
    /** The channels that make a report written (书面报告): a phone call or an SMS does not. */
    private static final Set<ReportChannel> WRITTEN = Set.of(ReportChannel.WRITTEN, ReportChannel.FAX, ReportChannel.SYSTEM);

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Obligations obligations;
    private final Notifications notifications;
    private final Idempotency idempotency;
    private final TenantQueries tenants;

    Reports(TenantTx tx, RecordWrites writes, Obligations obligations, Notifications notifications,
            Idempotency idempotency, TenantQueries tenants) {
        this.tenants = tenants;
        this.tx = tx;
        this.writes = writes;
        this.obligations = obligations;
        this.notifications = notifications;
        this.idempotency = idempotency;
    }

    /** Sends a report on event {@code eventId}, once per {@code Idempotency-Key}. */
    Mono<Report> submit(Viewer viewer, UUID eventId, ReportRequest request, String idempotencyKey) {
        ReportStage stage = ReportStage.parse(request.stage());
        ReportChannel channel = ReportChannel.parse(request.channel());
        if (stage == ReportStage.FINAL && !WRITTEN.contains(channel)) {
            // the 终报 is the record of the response: in writing, and so it closes the 书面报告 clock at the latest
            return Mono.error(ApiException.badRequest("final-report-not-written", "终报须书面报送（书面、传真或系统报送）"));
        }
        FigureBasis basis = request.figureBasis() == null || request.figureBasis().isBlank() ? null
                : FigureBasis.parse(request.figureBasis());
        var once = new Idempotency.Request(idempotencyKey, "POST", "/api/v1/events/{id}/reports",
                Idempotency.fingerprint(eventId, stage, channel, request.content()));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, Report.class, () -> {
            EventRecord event = Events.load(dsl, eventId);
            if (event.getStatus() != EventStatus.open && stage != ReportStage.FINAL) {
                // the tiers above may still send their own 终报 and so close their 续报 clocks
                throw ApiException.conflict("event-closed", "该事件已结案，只能报送终报");
            }
            String me = viewer.tenant().code();
            // the numbers of one tenant's reports on one event: taken one at a time, so none is repeated or skipped
            TransactionLocks.hold(dsl, "event_report:" + eventId + ":" + me);
            var earlier = dsl.select(EVENT_REPORT.STAGE).from(EVENT_REPORT)
                    .where(EVENT_REPORT.EVENT_ID.eq(eventId)).and(EVENT_REPORT.TENANT_CODE.eq(me))
                    .orderBy(EVENT_REPORT.SEQ).fetch(EVENT_REPORT.STAGE);
            ReportSequence.check(earlier.stream().map(s -> ReportStage.of(s.getLiteral())).toList(), stage);
            int seq = earlier.size() + 1;
            Integer followUpNo = stage == ReportStage.FOLLOW_UP
                    ? (int) earlier.stream().filter(s -> s == cn.yingji.db.enums.ReportStage.follow_up).count() + 1
                    : null;
            Instant now = Instant.now();
            boolean late = closeClocks(dsl, eventId, stage, channel, now);
            EventReportRecord row = dsl.insertInto(EVENT_REPORT)
                    .set(EVENT_REPORT.EVENT_ID, eventId)
                    .set(EVENT_REPORT.SEQ, seq)
                    .set(EVENT_REPORT.STAGE, cn.yingji.db.enums.ReportStage.lookupLiteral(stage.literal()))
                    .set(EVENT_REPORT.FOLLOW_UP_NO, followUpNo)
                    .set(EVENT_REPORT.CHANNEL, cn.yingji.db.enums.ReportChannel.lookupLiteral(channel.literal()))
                    .set(EVENT_REPORT.DIRECT, request.direct())
                    .set(EVENT_REPORT.CONTENT, request.content().strip())
                    .set(EVENT_REPORT.DEAD, request.dead())
                    .set(EVENT_REPORT.INJURED, request.injured())
                    .set(EVENT_REPORT.MISSING, request.missing())
                    .set(EVENT_REPORT.RELOCATED, request.relocated())
                    .set(EVENT_REPORT.AFFECTED, request.affected())
                    .set(EVENT_REPORT.ECONOMIC_LOSS, request.economicLoss())
                    .set(EVENT_REPORT.FIGURE_BASIS, basis == null ? null
                            : cn.yingji.db.enums.FigureBasis.lookupLiteral(basis.literal()))
                    .set(EVENT_REPORT.PRINCIPAL, request.principal().strip())
                    .set(EVENT_REPORT.DEPUTY, request.deputy().strip())
                    .set(EVENT_REPORT.COMPILED_BY, request.compiledBy().strip())
                    .set(EVENT_REPORT.REPORTED_AT, now.atOffset(java.time.ZoneOffset.UTC))
                    .set(EVENT_REPORT.LATE, late)
                    .set(EVENT_REPORT.CREATED_BY, viewer.username())
                    .returning().fetchSingle();
            ReportClocks clocks = ReportClocks.of(tenants.policy(dsl, me), Severity.of(event.getSeverity().getLiteral()));
            String title = ReportSequence.title(stage, followUpNo);
            if (stage != ReportStage.FINAL) {
                obligations.open(dsl, new Obligations.Opening(ObligationKind.REPORT_FOLLOW_UP, eventId,
                        event.getTitle(), me, null, now, clocks.followUp().dueAt(now), null));
            } else if (event.getTenantCode().equals(me)) {
                // the handling office's 终报 ends the response: its 总结评估 is due (R1.27)
                obligations.open(dsl, new Obligations.Opening(ObligationKind.EVENT_EVALUATION, eventId,
                        event.getTitle(), me, null, now, clocks.evaluation(now).dueAt(), null));
            }
            String parent = parentOf(dsl, me);
            if (parent != null && stage == ReportStage.INITIAL && clocks.relays(Severity.of(event.getSeverity().getLiteral()))) {
                obligations.open(dsl, new Obligations.Opening(ObligationKind.REPORT_RELAY, eventId, event.getTitle(),
                        parent, null, now, clocks.relay().dueAt(now), viewer.tenant().name() + title));
            }
            tellAbove(dsl, viewer, parent, request.direct(), row, event, title);
            Report view = views(dsl, viewer, List.of(row)).getFirst();
            writes.written(dsl, viewer, TYPE, "report.submit", row.getId(), null,
                    Map.of("eventId", eventId.toString(), "title", title, "channel", channel.literal(), "late", late));
            return view;
        }));
    }

    /**
     * Closes the viewer's tenant's clocks this report fulfils, as done now: 电话初报 by any report, 书面报告 by a
     * written one, the open 续报 by any later one, its 逐级上报 of the event. Returns whether one was late (迟报).
     */
    private boolean closeClocks(DSLContext dsl, UUID eventId, ReportStage stage, ReportChannel channel, Instant now) {
        boolean late = false;
        late |= obligations.closeAssigned(dsl, ObligationKind.REPORT_INITIAL, eventId, now) == ObligationState.DONE_LATE;
        if (WRITTEN.contains(channel)) {
            late |= obligations.closeAssigned(dsl, ObligationKind.REPORT_WRITTEN, eventId, now) == ObligationState.DONE_LATE;
        }
        if (stage != ReportStage.INITIAL) {
            late |= obligations.closeAssigned(dsl, ObligationKind.REPORT_FOLLOW_UP, eventId, now) == ObligationState.DONE_LATE;
        }
        late |= obligations.closeAssigned(dsl, ObligationKind.REPORT_RELAY, eventId, now) == ObligationState.DONE_LATE;
        return late;
    }

    private void tellAbove(DSLContext dsl, Viewer viewer, String parent, boolean direct, EventReportRecord row,
            EventRecord event, String title) {
        if (parent == null) {
            return;
        }
        String what = viewer.tenant().name() + (direct ? "直报" : "") + title + "：" + event.getTitle();
        String body = Events.excerpt(row.getContent());
        notifications.notify(dsl, new Notifications.Notice(NotificationKind.REPORT_RECEIVED,
                Notifications.Recipient.office(parent), what, body, ENTITY, row.getId()));
        String grandparent = direct ? parentOf(dsl, parent) : null;
        if (grandparent != null) {
            notifications.notify(dsl, new Notifications.Notice(NotificationKind.REPORT_RECEIVED,
                    Notifications.Recipient.office(grandparent), what, body, ENTITY, row.getId()));
        }
    }

    /**
     * The newest reports the viewer reads: {@code below} (the tiers below, the console's), {@code own} or
     * {@code all} (the default).
     */
    Mono<List<Report>> list(Viewer viewer, String scope) {
        Condition where = Events.scope(EVENT_REPORT.TENANT_CODE, viewer, scope, "invalid-report-scope")
                .and(Events.subtree(EVENT_REPORT.TENANT_CODE, viewer));
        return tx.call(viewer, dsl -> views(dsl, viewer, dsl.selectFrom(EVENT_REPORT).where(where)
                .orderBy(EVENT_REPORT.REPORTED_AT.desc(), EVENT_REPORT.ID).limit(LIST_LIMIT).fetch()));
    }

    Mono<Report> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> views(dsl, viewer, List.of(load(dsl, id))).getFirst());
    }

    /** 已读: the viewer, of an office above the reporter, has read the report (again: no change). */
    Mono<Report> read(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            EventReportRecord report = load(dsl, id);
            if (!report.getTenantCode().equals(viewer.tenant().code())) {
                PersonDirectory.register(dsl, viewer);
                dsl.insertInto(REPORT_READING)
                        .set(REPORT_READING.REPORT_ID, id)
                        .set(REPORT_READING.REPORT_TENANT_CODE, report.getTenantCode())
                        .set(REPORT_READING.READER_USERNAME, viewer.username())
                        .set(REPORT_READING.READER_NAME, PersonDirectory.nameOf(dsl, viewer.username()))
                        .onConflict(REPORT_READING.REPORT_ID, REPORT_READING.READER_USERNAME).doNothing().execute();
            }
            return views(dsl, viewer, List.of(report)).getFirst();
        });
    }

    /** The reports on an event the viewer reads, in the order they were sent. */
    List<Report> ofEvent(DSLContext dsl, Viewer viewer, UUID eventId) {
        return views(dsl, viewer, dsl.selectFrom(EVENT_REPORT).where(EVENT_REPORT.EVENT_ID.eq(eventId))
                .orderBy(EVENT_REPORT.REPORTED_AT, EVENT_REPORT.ID).fetch());
    }

    private static EventReportRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, EVENT_REPORT, EVENT_REPORT.ID, id, "report-not-found", "报告");
    }

    private static String parentOf(DSLContext dsl, String code) {
        return dsl.select(TENANT.PARENT_CODE).from(TENANT).where(TENANT.CODE.eq(code)).fetchOne(TENANT.PARENT_CODE);
    }

    private static List<Report> views(DSLContext dsl, Viewer viewer, List<EventReportRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(EventReportRecord::getId).toList();
        var eventIds = rows.stream().map(EventReportRecord::getEventId).distinct().toList();
        Map<UUID, String> titles = dsl.select(EVENT.ID, EVENT.TITLE).from(EVENT).where(EVENT.ID.in(eventIds))
                .fetchMap(EVENT.ID, EVENT.TITLE);
        Map<String, String> tenants = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT)
                .where(TENANT.CODE.in(rows.stream().map(EventReportRecord::getTenantCode).distinct().toList()))
                .fetchMap(TENANT.CODE, TENANT.NAME);
        var readingRows = dsl.select(REPORT_READING.REPORT_ID, REPORT_READING.READER_NAME, REPORT_READING.TENANT_CODE,
                        TENANT.NAME, REPORT_READING.READ_AT).from(REPORT_READING)
                .join(TENANT).on(TENANT.CODE.eq(REPORT_READING.TENANT_CODE))
                .where(REPORT_READING.REPORT_ID.in(ids)).orderBy(REPORT_READING.READ_AT).fetch();
        Map<UUID, List<Reading>> readings = readingRows.stream().collect(Collectors.groupingBy(r -> r.value1(),
                Collectors.mapping(r -> new Reading(r.value2(), r.value4(), r.value5()), Collectors.toList())));
        Set<UUID> readHere = readingRows.stream().filter(r -> r.value3().equals(viewer.tenant().code()))
                .map(r -> r.value1()).collect(Collectors.toSet());
        return rows.stream().map(r -> {
            ReportStage stage = ReportStage.of(r.getStage().getLiteral());
            ReportChannel channel = ReportChannel.of(r.getChannel().getLiteral());
            FigureBasis basis = r.getFigureBasis() == null ? null : FigureBasis.of(r.getFigureBasis().getLiteral());
            boolean own = r.getTenantCode().equals(viewer.tenant().code());
            return new Report(r.getId(), r.getEventId(), titles.getOrDefault(r.getEventId(), ""), r.getTenantCode(),
                    tenants.get(r.getTenantCode()), r.getSeq(), stage.literal(),
                    ReportSequence.title(stage, r.getFollowUpNo()), channel.literal(), channel.label(), r.getDirect(),
                    r.getContent(), r.getDead(), r.getInjured(), r.getMissing(), r.getRelocated(), r.getAffected(),
                    r.getEconomicLoss(),
                    basis == null ? null : basis.literal(), basis == null ? null : basis.label(), r.getPrincipal(),
                    r.getDeputy(), r.getCompiledBy(), r.getReportedAt(), r.getLate(), own,
                    !own && readHere.contains(r.getId()), readings.getOrDefault(r.getId(), List.of()));
        }).toList();
    }
}
