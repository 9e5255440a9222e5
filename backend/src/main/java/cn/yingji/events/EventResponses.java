package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT_COMMAND;
import static cn.yingji.db.Tables.EVENT_RESPONSE;
import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.TENANT;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.EventStatus;
import cn.yingji.db.tables.records.EventCommandRecord;
import cn.yingji.db.tables.records.EventRecord;
import cn.yingji.db.tables.records.EventResponseRecord;
import cn.yingji.events.EventViews.Command;
import cn.yingji.events.EventViews.CommandRequest;
import cn.yingji.events.EventViews.Response;
import cn.yingji.events.EventViews.ResponseEntry;
import cn.yingji.events.EventViews.ResponseRequest;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.TransactionLocks;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 应急响应 and 应急指挥: each tier reading an event enters its own response — 启动 a level (Ⅳ…Ⅰ) by a body, decided by a
 * leader, with the plan it activates; 调整; 终止 — one entry at a time ({@link ResponseRule} under a transaction lock of
 * the tier's log), and sets up its 指挥部 and 工作组 with their leaders. Which tier leads an event of a severity is the
 * event office's policy ({@code events.handlingTier}).
 */
@Component
class EventResponses {

    static final Versioned<EventResponseRecord> RESPONSE = Versioned.stored("event_response", "应急响应", EVENT_RESPONSE,
            EVENT_RESPONSE.ID, EVENT_RESPONSE.VERSION, EVENT_RESPONSE.UPDATED_AT);
    static final Versioned<EventCommandRecord> COMMAND = Versioned.stored("event_command", "指挥机构", EVENT_COMMAND,
            EVENT_COMMAND.ID, EVENT_COMMAND.VERSION, EVENT_COMMAND.UPDATED_AT);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Map<String, String> TIERS = Map.of("county", "县级", "city", "市级", "province", "省级");
    private static final List<String> TIER_ORDER = List.of("county", "city", "province");

    private final TenantTx tx;
    private final RecordWrites writes;
    private final TenantQueries tenants;

    EventResponses(TenantTx tx, RecordWrites writes, TenantQueries tenants) {
        this.tx = tx;
        this.writes = writes;
        this.tenants = tenants;
    }

    /** 启动/调整/终止 the viewer's tier's response on an open event it reads. */
    Mono<UUID> respond(Viewer viewer, UUID eventId, ResponseRequest request) {
        ResponseAction action = ResponseAction.parse(request.action());
        ResponseLevel level = request.level() == null || request.level().isBlank() ? null
                : ResponseLevel.parse(request.level());
        return tx.call(viewer, dsl -> {
            EventRecord event = open(dsl, eventId);
            Instant decided = at(event, request.decidedAt());
            if (request.planId() != null && !dsl.fetchExists(PLAN, PLAN.ID.eq(request.planId()))) {
                throw ApiException.badRequest("response-plan-invalid", "所启动的预案须为您可见的预案");
            }
            String me = viewer.tenant().code();
            TransactionLocks.hold(dsl, "event_response:" + eventId + ":" + me);
            ResponseRule.check(log(dsl, eventId, me), action, level);
            EventResponseRecord row = dsl.insertInto(EVENT_RESPONSE)
                    .set(EVENT_RESPONSE.EVENT_ID, eventId)
                    .set(EVENT_RESPONSE.ACTION, cn.yingji.db.enums.ResponseAction.lookupLiteral(action.literal()))
                    .set(EVENT_RESPONSE.LEVEL, level == null ? null
                            : cn.yingji.db.enums.ResponseLevel.lookupLiteral(level.literal()))
                    .set(EVENT_RESPONSE.BODY, request.body().strip())
                    .set(EVENT_RESPONSE.DECIDED_BY, request.decidedBy().strip())
                    .set(EVENT_RESPONSE.DECIDED_AT, decided.atOffset(java.time.ZoneOffset.UTC))
                    .set(EVENT_RESPONSE.PLAN_ID, request.planId())
                    .set(EVENT_RESPONSE.NOTE, request.note() == null ? "" : request.note().strip())
                    .set(EVENT_RESPONSE.CREATED_BY, viewer.username())
                    .returning().fetchSingle();
            writes.written(dsl, viewer, RESPONSE, "event.response", row.getId(), null, Map.of("eventId",
                    eventId.toString(), "action", action.literal(), "level", level == null ? "" : level.literal()));
            return row.getId();
        });
    }

    /** 设立指挥部/工作组 of the viewer's tier on an open event it reads; one of a name (409 otherwise). */
    Mono<UUID> command(Viewer viewer, UUID eventId, CommandRequest request) {
        CommandKind kind = CommandKind.parse(request.kind());
        return tx.call(viewer, dsl -> {
            EventRecord event = open(dsl, eventId);
            Instant established = at(event, request.establishedAt());
            EventCommandRecord row = dsl.insertInto(EVENT_COMMAND)
                    .set(EVENT_COMMAND.EVENT_ID, eventId)
                    .set(EVENT_COMMAND.KIND, cn.yingji.db.enums.CommandKind.lookupLiteral(kind.literal()))
                    .set(EVENT_COMMAND.NAME, request.name().strip())
                    .set(EVENT_COMMAND.LEADER_NAME, request.leaderName().strip())
                    .set(EVENT_COMMAND.LEADER_TITLE, request.leaderTitle() == null ? "" : request.leaderTitle().strip())
                    .set(EVENT_COMMAND.DUTIES, request.duties() == null ? "" : request.duties().strip())
                    .set(EVENT_COMMAND.ESTABLISHED_AT, established.atOffset(java.time.ZoneOffset.UTC))
                    .set(EVENT_COMMAND.CREATED_BY, viewer.username())
                    .onConflictDoNothing().returning().fetchOne();
            if (row == null) {
                throw ApiException.conflict("command-exists", "本级在该事件上已设立「" + request.name().strip() + "」");
            }
            writes.written(dsl, viewer, COMMAND, "event.command", row.getId(), null,
                    Map.of("eventId", eventId.toString(), "kind", kind.literal(), "name", row.getName()));
            return row.getId();
        });
    }

    /** The event's response as the viewer reads it: the handling tier by policy, every tier's entries and command. */
    Response of(DSLContext dsl, Viewer viewer, EventRecord event) {
        String severity = Severity.of(event.getSeverity().getLiteral()).literal();
        var policy = tenants.policy(dsl, event.getTenantCode()).path("events").path("handlingTier");
        String handling = policy.path(severity).asString("county");
        String eventTier = dsl.select(TENANT.TIER).from(TENANT).where(TENANT.CODE.eq(event.getTenantCode()))
                .fetchSingle(TENANT.TIER).getLiteral();
        boolean above = TIER_ORDER.indexOf(handling) > TIER_ORDER.indexOf(eventTier);
        var responses = dsl.selectFrom(EVENT_RESPONSE).where(EVENT_RESPONSE.EVENT_ID.eq(event.getId()))
                .orderBy(EVENT_RESPONSE.DECIDED_AT, EVENT_RESPONSE.CREATED_AT).fetch();
        var commands = dsl.selectFrom(EVENT_COMMAND).where(EVENT_COMMAND.EVENT_ID.eq(event.getId()))
                .orderBy(EVENT_COMMAND.ESTABLISHED_AT, EVENT_COMMAND.NAME).fetch();
        Set<String> codes = new HashSet<>();
        responses.forEach(r -> codes.add(r.getTenantCode()));
        commands.forEach(c -> codes.add(c.getTenantCode()));
        Map<String, String> names = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT).where(TENANT.CODE.in(codes))
                .fetchMap(TENANT.CODE, TENANT.NAME);
        Map<UUID, String> plans = dsl.select(PLAN.ID, PLAN.TITLE).from(PLAN)
                .where(PLAN.ID.in(responses.stream().map(EventResponseRecord::getPlanId).filter(Objects::nonNull).toList()))
                .fetchMap(PLAN.ID, PLAN.TITLE);
        String me = viewer.tenant().code();
        List<ResponseEntry> entries = responses.map(r -> {
            ResponseAction action = ResponseAction.of(r.getAction().getLiteral());
            ResponseLevel level = r.getLevel() == null ? null : ResponseLevel.of(r.getLevel().getLiteral());
            return new ResponseEntry(r.getId(), r.getTenantCode(), names.getOrDefault(r.getTenantCode(), "未知地区"),
                    action.literal(), action.label(), level == null ? null : level.literal(),
                    level == null ? null : level.label(), r.getBody(), r.getDecidedBy(), r.getDecidedAt(),
                    r.getPlanId(), r.getPlanId() == null ? null : plans.get(r.getPlanId()), r.getNote(),
                    r.getTenantCode().equals(me));
        });
        List<Command> views = commands.map(c -> {
            CommandKind kind = CommandKind.of(c.getKind().getLiteral());
            return new Command(c.getId(), c.getTenantCode(), names.getOrDefault(c.getTenantCode(), "未知地区"),
                    kind.literal(), kind.label(), c.getName(), c.getLeaderName(), c.getLeaderTitle(), c.getDuties(),
                    c.getEstablishedAt(), c.getTenantCode().equals(me));
        });
        ResponseLevel inForce = ResponseRule.inForce(responses.stream().filter(r -> r.getTenantCode().equals(me))
                .map(EventResponses::entry).toList());
        return new Response(handling, TIERS.getOrDefault(handling, handling), above, entries, views,
                inForce == null ? null : inForce.literal());
    }

    /** The level of {@code tenant}'s response in force on the event, or null. */
    ResponseLevel inForce(DSLContext dsl, UUID eventId, String tenant) {
        return ResponseRule.inForce(log(dsl, eventId, tenant));
    }

    private static List<ResponseRule.Entry> log(DSLContext dsl, UUID eventId, String tenant) {
        return dsl.selectFrom(EVENT_RESPONSE).where(EVENT_RESPONSE.EVENT_ID.eq(eventId))
                .and(EVENT_RESPONSE.TENANT_CODE.eq(tenant)).orderBy(EVENT_RESPONSE.DECIDED_AT, EVENT_RESPONSE.CREATED_AT)
                .fetch(EventResponses::entry);
    }

    private static ResponseRule.Entry entry(EventResponseRecord r) {
        return new ResponseRule.Entry(ResponseAction.of(r.getAction().getLiteral()),
                r.getLevel() == null ? null : ResponseLevel.of(r.getLevel().getLiteral()));
    }

    private static EventRecord open(DSLContext dsl, UUID eventId) {
        EventRecord event = Events.load(dsl, eventId);
        if (event.getStatus() != EventStatus.open) {
            throw ApiException.conflict("event-closed", "该事件已结案，不能再启动或设立");
        }
        return event;
    }

    /** When it was decided: now unless said; never before the event occurred or in the future. */
    private static Instant at(EventRecord event, OffsetDateTime stated) {
        Instant now = Instant.now();
        Instant at = stated == null ? now : stated.toInstant();
        if (at.isAfter(now.plus(CLOCK_SKEW)) || at.isBefore(event.getOccurredAt().toInstant())) {
            throw ApiException.badRequest("response-time-invalid", "时间须在事发之后、不晚于当前时间");
        }
        return at;
    }
}
