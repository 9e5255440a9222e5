package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT;
import static cn.yingji.db.Tables.INTAKE_ITEM;
import static cn.yingji.db.Tables.TENANT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.EventStatus;
import cn.yingji.db.tables.records.IntakeItemRecord;
import cn.yingji.events.EventViews.IntakeItem;
import cn.yingji.events.EventViews.IntakeRequest;
import cn.yingji.events.EventViews.ScreenRequest;
import cn.yingji.idempotency.Idempotency;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.Coordinates;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 统一接报: everything the duty office is told, from any source, one list; the duty officer screens each item
 * (甄别研判) into a new event, onto an event already open, or aside. An item is the receiving office's alone; an
 * informant (信息员) reads only what it submitted.
 */
@Component
class Intake {

    static final String ENTITY = "intake_item";
    static final Versioned<IntakeItemRecord> TYPE = Versioned.stored(ENTITY, "接报信息", INTAKE_ITEM, INTAKE_ITEM.ID,
            INTAKE_ITEM.VERSION, INTAKE_ITEM.UPDATED_AT);
    static final int LIST_LIMIT = 200;

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Notifications notifications;
    private final Idempotency idempotency;
    private final Events events;

    Intake(TenantTx tx, RecordWrites writes, Notifications notifications, Idempotency idempotency, Events events) {
        this.tx = tx;
        this.writes = writes;
        this.notifications = notifications;
        this.idempotency = idempotency;
        this.events = events;
    }

    /** 接报登记 (or a 信息员's 上报): one item, once per {@code Idempotency-Key}; the office hears of it live. */
    Mono<IntakeItem> submit(Viewer viewer, IntakeRequest request, String idempotencyKey) {
        IntakeSource source = IntakeSource.parse(request.source());
        ReportChannel channel = ReportChannel.parse(request.channel());
        Coordinates.check(request.longitude(), request.latitude());
        OffsetDateTime now = OffsetDateTime.now();
        if (request.receivedAt() != null && request.receivedAt().isAfter(now.plusMinutes(5))
                || request.occurredAt() != null && request.occurredAt().isAfter(now.plusMinutes(5))) {
            throw ApiException.badRequest("intake-time-in-future", "接报时间和事发时间不能晚于当前时间");
        }
        var once = new Idempotency.Request(idempotencyKey, "POST", "/api/v1/intake",
                Idempotency.fingerprint(source, channel, request.reporter(), request.content(), request.occurredAt()));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, IntakeItem.class, () -> {
            PersonDirectory.register(dsl, viewer);
            IntakeItemRecord row = dsl.insertInto(INTAKE_ITEM)
                    .set(INTAKE_ITEM.SOURCE, cn.yingji.db.enums.IntakeSource.lookupLiteral(source.literal()))
                    .set(INTAKE_ITEM.CHANNEL, cn.yingji.db.enums.ReportChannel.lookupLiteral(channel.literal()))
                    .set(INTAKE_ITEM.RECEIVED_AT, request.receivedAt() == null ? now : request.receivedAt())
                    .set(INTAKE_ITEM.REPORTER, request.reporter().strip())
                    .set(INTAKE_ITEM.REPORTER_PHONE, blankToNull(request.reporterPhone()))
                    .set(INTAKE_ITEM.CONTENT, request.content().strip())
                    .set(INTAKE_ITEM.OCCURRED_AT, request.occurredAt())
                    .set(INTAKE_ITEM.ADDRESS, blankToNull(request.address()))
                    .set(INTAKE_ITEM.LONGITUDE, request.longitude())
                    .set(INTAKE_ITEM.LATITUDE, request.latitude())
                    .set(INTAKE_ITEM.TAKEN_BY, viewer.username())
                    .set(INTAKE_ITEM.CREATED_BY, viewer.username())
                    .returning().fetchSingle();
            IntakeItem item = view(dsl, row);
            writes.written(dsl, viewer, TYPE, "intake.submit", row.getId(), null, item);
            notifications.notify(dsl, new Notifications.Notice(NotificationKind.INTAKE_RECEIVED,
                    Notifications.Recipient.office(viewer.tenant().code()),
                    "新接报：" + source.label() + "（" + row.getReporter() + "）", Events.excerpt(row.getContent()), ENTITY,
                    row.getId()));
            return item;
        }));
    }

    /** The newest items of the viewer's office (an informant: its own), optionally of one state. */
    Mono<List<IntakeItem>> list(Viewer viewer, String state) {
        Condition where = INTAKE_ITEM.TENANT_CODE.eq(viewer.tenant().code());
        if (state != null && !state.isBlank()) {
            where = where.and(INTAKE_ITEM.STATE.eq(cn.yingji.db.enums.IntakeState.lookupLiteral(
                    IntakeState.parse(state).literal())));
        }
        Condition filter = where;
        return tx.call(viewer, dsl -> views(dsl, dsl.selectFrom(INTAKE_ITEM).where(filter)
                .orderBy(INTAKE_ITEM.RECEIVED_AT.desc(), INTAKE_ITEM.ID).limit(LIST_LIMIT).fetch()));
    }

    /** 甄别研判: into a new event, onto an open one the viewer reads, or aside; 409 when already screened. */
    Mono<IntakeItem> screen(Viewer viewer, UUID id, ScreenRequest request) {
        return tx.call(viewer, dsl -> {
            IntakeItemRecord before = TenantRows.own(viewer,
                    TenantRows.load(dsl, INTAKE_ITEM, INTAKE_ITEM.ID, id, "intake-not-found", "接报信息"),
                    "只有接报单位可以研判该信息");
            writes.expect(TYPE, before, request.version());
            if (before.getState() != cn.yingji.db.enums.IntakeState.new_) {
                throw ApiException.conflict("intake-already-screened", "该信息已研判，不能重复处理");
            }
            UUID eventId = switch (request.decision()) {
                case "open" -> {
                    if (request.event() == null) {
                        throw ApiException.badRequest("intake-event-required", "立为新事件须填写事件信息 event");
                    }
                    yield events.create(dsl, viewer, request.event()).getId();
                }
                case "attach" -> {
                    if (request.eventId() == null) {
                        throw ApiException.badRequest("intake-event-id-required", "并入事件须指定事件 eventId");
                    }
                    var event = Events.load(dsl, request.eventId());
                    if (event.getStatus() != EventStatus.open) {
                        throw ApiException.conflict("event-closed", "该事件已结束，不能再并入信息");
                    }
                    yield event.getId();
                }
                case "dismiss", "forward" -> null;
                default -> throw ApiException.badRequest("invalid-intake-decision",
                        "研判结果无效，可选值：open（立为新事件）、attach（并入已有事件）、forward（转办上级或下级）、dismiss（不予处理）");
            };
            String forwardTo = "forward".equals(request.decision()) ? forward(dsl, viewer, before, request) : null;
            IntakeItemRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(INTAKE_ITEM)
                    .set(INTAKE_ITEM.STATE, forwardTo != null ? cn.yingji.db.enums.IntakeState.forwarded
                            : eventId == null ? cn.yingji.db.enums.IntakeState.dismissed
                            : cn.yingji.db.enums.IntakeState.screened)
                    .set(INTAKE_ITEM.FORWARDED_TO, forwardTo)
                    .set(INTAKE_ITEM.EVENT_ID, eventId)
                    .set(INTAKE_ITEM.SCREENED_BY, viewer.username())
                    .set(INTAKE_ITEM.SCREENED_AT, OffsetDateTime.now()));
            writes.written(dsl, viewer, TYPE, "intake.screen", id, Map.of("state", "new"),
                    Map.of("state", after.getState().getLiteral(), "eventId", String.valueOf(eventId),
                            "forwardedTo", String.valueOf(forwardTo)));
            return view(dsl, after);
        });
    }

    /**
     * 分级流转: the item into the intake of the tier right above the viewer's or of one below it (the database writes
     * it there: app.forward_intake), which hears of it live; returns the receiving tenant's code.
     */
    private String forward(DSLContext dsl, Viewer viewer, IntakeItemRecord item, ScreenRequest request) {
        String to = request.forwardTo() == null ? "" : request.forwardTo().strip();
        var target = dsl.select(TENANT.CODE, TENANT.NAME, TENANT.PATH).from(TENANT).where(TENANT.CODE.eq(to)).fetchOne();
        boolean above = dsl.fetchExists(TENANT, TENANT.CODE.eq(viewer.tenant().code()).and(TENANT.PARENT_CODE.eq(to)));
        boolean below = target != null && !to.equals(viewer.tenant().code())
                && target.value3().data().startsWith(viewer.tenant().path() + ".");
        if (target == null || !(above || below)) {
            throw ApiException.badRequest("intake-forward-target-invalid", "只能转办给上一级或本级以下的地区");
        }
        UUID created = dsl.select(DSL.field("app.forward_intake({0}, {1}, {2})", UUID.class, DSL.val(item.getId()),
                DSL.val(to), DSL.val(request.note() == null ? "" : request.note()))).fetchSingle().value1();
        notifications.notify(dsl, new Notifications.Notice(NotificationKind.INTAKE_RECEIVED, Notifications.Recipient.office(to),
                "转办：" + viewer.tenant().name() + "（" + IntakeSource.of(item.getSource().getLiteral()).label() + "）",
                Events.excerpt(item.getContent()), ENTITY, created));
        return to;
    }

    /** The items screened into an event, oldest first (the event's timeline). */
    static List<IntakeItem> ofEvent(DSLContext dsl, UUID eventId) {
        return views(dsl, dsl.selectFrom(INTAKE_ITEM).where(INTAKE_ITEM.EVENT_ID.eq(eventId))
                .orderBy(INTAKE_ITEM.RECEIVED_AT).fetch());
    }

    private static IntakeItem view(DSLContext dsl, IntakeItemRecord row) {
        return views(dsl, List.of(row)).getFirst();
    }

    private static List<IntakeItem> views(DSLContext dsl, List<IntakeItemRecord> rows) {
        List<String> people = new ArrayList<>();
        rows.forEach(r -> {
            people.add(r.getTakenBy());
            people.add(r.getScreenedBy());
        });
        Map<String, String> names = PersonDirectory.names(dsl, people);
        var forwardedTo = rows.stream().map(IntakeItemRecord::getForwardedTo).filter(java.util.Objects::nonNull).toList();
        Map<String, String> offices = forwardedTo.isEmpty() ? Map.of()
                : dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT).where(TENANT.CODE.in(forwardedTo))
                        .fetchMap(TENANT.CODE, TENANT.NAME);
        var eventIds = rows.stream().map(IntakeItemRecord::getEventId).filter(java.util.Objects::nonNull).toList();
        Map<UUID, String> titles = eventIds.isEmpty() ? Map.of()
                : dsl.select(EVENT.ID, EVENT.TITLE).from(EVENT).where(EVENT.ID.in(eventIds)).fetchMap(EVENT.ID, EVENT.TITLE);
        return rows.stream().map(r -> {
            IntakeSource source = IntakeSource.of(r.getSource().getLiteral());
            ReportChannel channel = ReportChannel.of(r.getChannel().getLiteral());
            IntakeState state = IntakeState.of(r.getState().getLiteral());
            return new IntakeItem(r.getId(), source.literal(), source.label(), channel.literal(), channel.label(),
                    r.getReceivedAt(), r.getReporter(), r.getReporterPhone(), r.getContent(), r.getOccurredAt(),
                    r.getAddress(), r.getLongitude(), r.getLatitude(), state.literal(), state.label(), r.getEventId(),
                    r.getEventId() == null ? null : titles.get(r.getEventId()), names.get(r.getTakenBy()),
                    r.getScreenedBy() == null ? null : names.get(r.getScreenedBy()), r.getScreenedAt(),
                    r.getForwardedTo() == null ? null : offices.get(r.getForwardedTo()), r.getVersion());
        }).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
