package cn.yingji.obligations;

import static cn.yingji.db.Tables.OBLIGATION;
import static cn.yingji.db.Tables.TENANT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.records.RecordWrites;
import cn.yingji.db.tables.Tenant;
import cn.yingji.filing.WorkingDayCalendar;
import cn.yingji.filing.WorkingDayCalendars;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 时限/待办: the one mechanism behind every deadline. A feature opens an obligation in the transaction of the record
 * that causes it and closes it in the transaction of the record that fulfils it ({@link #open}, {@link #close});
 * the workbench lists what a tenant must do ({@link #assigned}).
 */
@Component
public class Obligations {

    /**
     * What causes an obligation: its kind, its record, what to call it, who must act, when it arose and is due, and
     * what the one who must act should know (e.g. why a submission was returned; may be null).
     */
    public record Opening(ObligationKind kind, UUID recordId, String subject, String assigneeTenantCode,
            UUID assigneeUnitId, Instant arisesAt, Instant dueAt, String note) {

        /** One that arises past its due time (a task given a deadline already passed) is overdue from its due time. */
        public Opening {
            if (arisesAt.isAfter(dueAt)) {
                arisesAt = dueAt;
            }
        }
    }

    /**
     * One obligation as the workbench shows it: the kind and state in Chinese, what it is about, whose record caused
     * it and who must act, when it is due and how many working days are left (negative: overdue by as many); why it
     * was waived; the rung of escalation it has reached (催办, 通报, 约谈) and when.
     */
    public record Item(UUID id, String kind, String kindLabel, UUID recordId, String recordEntity, String subject,
            String ownerTenantCode, String ownerTenantName, String assigneeTenantName, OffsetDateTime arisesAt, OffsetDateTime dueAt,
            LocalDate dueOn, int workingDaysLeft, boolean overdue, String state, String stateLabel,
            @Nullable OffsetDateTime doneAt, @Nullable String reason, @Nullable String rung, @Nullable String rungLabel,
            @Nullable OffsetDateTime escalatedAt, @Nullable String note) {
    }

    /** How far ahead the reminder looks in time before the working days decide (a long holiday included). */
    static final java.time.Duration REMIND_LOOKAHEAD = java.time.Duration.ofDays(14);

    /**
     * An obligation still open, as a literal: the partial indexes of the open ones ({@code where state = 'open'},
     * V27, V29) serve only a condition the planner can prove implies theirs, and a bound parameter cast to the enum
     * is not folded before that proof — with it, a province's 关键数字 scanned all 3.6 M obligations (1.5 s, not 13 ms;
     * docs/benchmarks.md, "Workbench").
     */
    static final Condition OPEN = open(OBLIGATION);

    private static final Tenant OWNER = TENANT.as("owner");
    static final Tenant ASSIGNEE = TENANT.as("assignee");

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Notifications notifications;
    private final WorkingDayCalendars calendars = new WorkingDayCalendars();

    Obligations(TenantTx tx, RecordWrites writes, Notifications notifications) {
        this.tx = tx;
        this.writes = writes;
        this.notifications = notifications;
    }

    /** Opens an obligation, owned by the caller's tenant (the one whose record causes it), in the caller's transaction. */
    public UUID open(DSLContext dsl, Opening opening) {
        return dsl.insertInto(OBLIGATION)
                .set(OBLIGATION.KIND, cn.yingji.db.enums.ObligationKind.lookupLiteral(opening.kind().literal()))
                .set(OBLIGATION.RECORD_ID, opening.recordId())
                .set(OBLIGATION.SUBJECT, opening.subject())
                .set(OBLIGATION.ASSIGNEE_TENANT_CODE, opening.assigneeTenantCode())
                .set(OBLIGATION.ASSIGNEE_UNIT_ID, opening.assigneeUnitId())
                .set(OBLIGATION.ARISES_AT, utc(opening.arisesAt()))
                .set(OBLIGATION.DUE_AT, utc(opening.dueAt()))
                .set(OBLIGATION.NOTE, opening.note())
                .returning(OBLIGATION.ID).fetchSingle().getId();
    }

    /**
     * Opens an obligation owed by the assignee tenant and owned by it: the caller's own or one below it (a city
     * returns a county's submission: the county owes it again; a city assigns a corrective action to a county that
     * took part in its drill), within it the opening's unit, in the caller's transaction.
     */
    public UUID openBelow(DSLContext dsl, Opening opening) {
        return dsl.select(DSL.field("app.open_obligation_below({0}, {1}::obligation_kind, {2}, {3}, {4}, {5}, {6}, {7})",
                UUID.class, DSL.val(opening.assigneeTenantCode()), DSL.val(opening.kind().literal()),
                DSL.val(opening.recordId()), DSL.val(opening.subject()), DSL.val(opening.assigneeUnitId()),
                DSL.val(utc(opening.arisesAt())), DSL.val(utc(opening.dueAt())), DSL.val(opening.note())))
                .fetchSingle().value1();
    }

    /**
     * Closes the open obligation of this kind for this record as done at {@code doneAt}, on time or late (done at or
     * before the due time: {@code app.close_obligation}, the one definition); by the tenant that must act, or by the
     * owner or a tier above it whose record fulfils it. Returns the state it closed with, or null when none was open.
     */
    public ObligationState close(DSLContext dsl, ObligationKind kind, UUID recordId, Instant doneAt) {
        try {
            String state = dsl.select(DSL.field("app.close_obligation({0}::obligation_kind, {1}, {2})::text", String.class,
                    DSL.val(kind.literal()), DSL.val(recordId), DSL.val(utc(doneAt)))).fetchSingle().value1();
            return state == null ? null : ObligationState.fromLiteral(state);
        } catch (org.jooq.exception.DataAccessException e) {
            if ("42501".equals(e.sqlState())) {
                throw ApiException.forbidden("obligation-not-yours", "该事项不由本单位办理");
            }
            throw e;
        }
    }

    /**
     * {@link #close}, but only an obligation the caller's tenant must act on, whoever owns it: a tier's own report
     * closes its own report clocks of the event, never those of the tier below whose event it is.
     */
    public ObligationState closeAssigned(DSLContext dsl, ObligationKind kind, UUID recordId, Instant doneAt) {
        String state = dsl.select(DSL.field("app.close_assigned_obligation({0}::obligation_kind, {1}, {2})::text",
                String.class, DSL.val(kind.literal()), DSL.val(recordId), DSL.val(utc(doneAt)))).fetchSingle().value1();
        return state == null ? null : ObligationState.fromLiteral(state);
    }

    /** An open obligation as a list of records shows it beside its record: what, who must act, by when. */
    public record Clock(UUID recordId, String kind, String kindLabel, String assigneeTenantCode,
            String assigneeTenantName, OffsetDateTime dueAt) {
    }

    /** The open obligations of these records the caller reads, soonest due first. */
    public List<Clock> openClocks(DSLContext dsl, java.util.Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(OBLIGATION.RECORD_ID, OBLIGATION.KIND, OBLIGATION.ASSIGNEE_TENANT_CODE, ASSIGNEE.NAME,
                        OBLIGATION.DUE_AT).from(OBLIGATION)
                .join(ASSIGNEE).on(ASSIGNEE.CODE.eq(OBLIGATION.ASSIGNEE_TENANT_CODE))
                .where(OBLIGATION.RECORD_ID.in(recordIds)).and(OPEN)
                .orderBy(OBLIGATION.DUE_AT, OBLIGATION.ID)
                .fetch(r -> {
                    ObligationKind kind = ObligationKind.fromLiteral(r.value2().getLiteral());
                    return new Clock(r.value1(), kind.literal(), kind.label(), r.value3(), r.value4(), r.value5());
                });
    }

    /** {@link #close} for something done on a day the record names (an evaluation's, a completion's day). */
    public ObligationState closeOn(DSLContext dsl, ObligationKind kind, UUID recordId, LocalDate day) {
        return close(dsl, kind, recordId, DueRule.doneOn(day, Instant.now()));
    }

    /** An open obligation as a feature reconciling its deadlines sees it: kind, record, when it arose and is due. */
    public record Open(UUID id, ObligationKind kind, UUID recordId, String subject, Instant arisesAt, Instant dueAt) {
    }

    /** The open obligations of these kinds that the tenant {@code assigneeTenantCode} must act on, soonest due first. */
    public List<Open> openOf(DSLContext dsl, java.util.Collection<ObligationKind> kinds, String assigneeTenantCode) {
        return dsl.select(OBLIGATION.ID, OBLIGATION.KIND, OBLIGATION.RECORD_ID, OBLIGATION.SUBJECT, OBLIGATION.ARISES_AT,
                        OBLIGATION.DUE_AT).from(OBLIGATION)
                .where(OBLIGATION.KIND.in(kinds.stream()
                        .map(k -> cn.yingji.db.enums.ObligationKind.lookupLiteral(k.literal())).toList()))
                .and(OPEN)
                .and(OBLIGATION.ASSIGNEE_TENANT_CODE.eq(assigneeTenantCode))
                .orderBy(OBLIGATION.DUE_AT, OBLIGATION.ID)
                .fetch(r -> new Open(r.value1(), ObligationKind.fromLiteral(r.value2().getLiteral()), r.value3(),
                        r.value4(), r.value5().toInstant(), r.value6().toInstant()));
    }

    /**
     * Waives every open obligation of this record owned by the caller's tenant: nothing about it is owed any longer
     * (the plan was abolished), for {@code reason}. Returns whether one was open.
     */
    public boolean waive(DSLContext dsl, UUID recordId, String reason, Instant at) {
        return waive(dsl, DSL.noCondition(), recordId, reason, at);
    }

    /** Waives the open obligation of this kind of this record owned by the caller's tenant, for {@code reason}. */
    public boolean waive(DSLContext dsl, ObligationKind kind, UUID recordId, String reason, Instant at) {
        return waive(dsl, OBLIGATION.KIND.eq(cn.yingji.db.enums.ObligationKind.lookupLiteral(kind.literal())), recordId,
                reason, at);
    }

    private static boolean waive(DSLContext dsl, Condition which, UUID recordId, String reason, Instant at) {
        return dsl.update(OBLIGATION)
                .set(OBLIGATION.STATE, cn.yingji.db.enums.ObligationState.waived)
                .set(OBLIGATION.DONE_AT, utc(at))
                .set(OBLIGATION.DONE_BY, DSL.field("app.username()", String.class))
                .set(OBLIGATION.REASON, reason)
                .set(OBLIGATION.VERSION, OBLIGATION.VERSION.plus(1))
                .where(OBLIGATION.RECORD_ID.eq(recordId)).and(which)
                .and(OBLIGATION.TENANT_CODE.eq(DSL.field("app.tenant_code()", String.class)))
                .and(OPEN)
                .execute() > 0;
    }

    /**
     * What the viewer's tenant must do: its open obligations, soonest due first (with {@code all}, the closed ones
     * after them, most recent first), at most {@code limit}.
     */
    public Mono<List<Item>> assigned(Viewer viewer, boolean all, int limit) {
        Condition mine = OBLIGATION.ASSIGNEE_TENANT_CODE.eq(viewer.tenant().code());
        return items(viewer, all ? mine : mine.and(OPEN), limit, DSL.when(OPEN, 0).otherwise(1),
                DSL.when(OPEN, OBLIGATION.DUE_AT).asc(), OBLIGATION.DONE_AT.desc());
    }

    /** The obligations of one record the viewer reads, whoever owes them: the open ones first, soonest due first. */
    public Mono<List<Item>> ofRecord(Viewer viewer, UUID recordId, boolean all, int limit) {
        Condition record = OBLIGATION.RECORD_ID.eq(recordId);
        return items(viewer, all ? record : record.and(OPEN), limit, DSL.when(OPEN, 0).otherwise(1),
                DSL.when(OPEN, OBLIGATION.DUE_AT).asc(), OBLIGATION.DONE_AT.desc());
    }

    /** Every obligation of these records the viewer reads, in the caller's transaction: the open ones first. */
    public List<Item> ofRecords(DSLContext dsl, Viewer viewer, java.util.Collection<UUID> recordIds, int limit) {
        return itemsIn(dsl, viewer, OBLIGATION.RECORD_ID.in(recordIds), limit, DSL.when(OPEN, 0).otherwise(1),
                DSL.when(OPEN, OBLIGATION.DUE_AT).asc(), OBLIGATION.DONE_AT.desc());
    }

    /** 关键数字: how many the viewer's office must do, how many of them are overdue, how many below it are overdue. */
    public record Summary(int open, int overdue, int overdueBelow) {
    }

    public Mono<Summary> summary(Viewer viewer) {
        return tx.call(viewer, dsl -> {
            var late = OBLIGATION.DUE_AT.lt(OffsetDateTime.now());
            Condition mine = OBLIGATION.ASSIGNEE_TENANT_CODE.eq(viewer.tenant().code()).and(OPEN);
            return new Summary(dsl.fetchCount(OBLIGATION, mine), dsl.fetchCount(OBLIGATION, mine.and(late)),
                    dsl.fetchCount(dsl.selectOne().from(OBLIGATION).join(ASSIGNEE)
                            .on(ASSIGNEE.CODE.eq(OBLIGATION.ASSIGNEE_TENANT_CODE)).where(below(viewer)).and(OPEN).and(late)));
        });
    }

    /**
     * 下级逾期: what the tenants below the viewer's must do and have let pass its due time, longest overdue first —
     * what a city or province official watches (among the rows they read because they are shared up).
     */
    public Mono<List<Item>> overdueBelow(Viewer viewer, int limit) {
        // each region's `limit` longest overdue (an index-only scan of its open ones), then the `limit` longest of
        // them: a province fetches the 50 rows it shows, not its ~51 k overdue ones (docs/benchmarks.md)
        var each = OBLIGATION.as("each");
        var region = TENANT.as("region");
        var oldest = DSL.lateral(DSL.select(each.ID, each.DUE_AT).from(each)
                .where(each.ASSIGNEE_TENANT_CODE.eq(region.CODE))
                .and(open(each))
                .and(each.DUE_AT.lt(OffsetDateTime.now()))
                .orderBy(each.DUE_AT, each.ID).limit(limit)).as("oldest");
        var longest = DSL.select(oldest.field(each.ID)).from(region).crossJoin(oldest).where(below(region, viewer))
                .orderBy(oldest.field(each.DUE_AT), oldest.field(each.ID)).limit(limit);
        // the id breaks ties of the same due time, so a shorter list is always the head of a longer one
        return items(viewer, OBLIGATION.ID.in(longest), limit, OBLIGATION.DUE_AT.asc(), OBLIGATION.ID.asc());
    }

    /** {@link #OPEN} of this obligation table or alias. */
    private static Condition open(cn.yingji.db.tables.Obligation obligation) {
        return obligation.STATE.eq(DSL.inline(cn.yingji.db.enums.ObligationState.open));
    }

    /** Obligations whose assignee (joined as {@code ASSIGNEE}) is a tenant below the viewer's. */
    private static Condition below(Viewer viewer) {
        return below(ASSIGNEE, viewer);
    }

    /** The tenants {@code region} below the viewer's. */
    private static Condition below(Tenant region, Viewer viewer) {
        return DSL.condition("{0} <@ {1}::ltree", region.PATH, DSL.val(viewer.tenant().path()))
                .and(region.CODE.ne(viewer.tenant().code()));
    }

    private Mono<List<Item>> items(Viewer viewer, Condition where, int limit, OrderField<?>... order) {
        return tx.call(viewer, dsl -> itemsIn(dsl, viewer, where, limit, order));
    }

    List<Item> itemsIn(DSLContext dsl, Viewer viewer, Condition where, int limit, OrderField<?>... order) {
        WorkingDayCalendar calendar = calendar(dsl, viewer.tenant().code());
        LocalDate today = LocalDate.now(DueRule.CHINA);
        return dsl.select(OBLIGATION.asterisk(), OWNER.NAME, ASSIGNEE.NAME).from(OBLIGATION)
                .join(OWNER).on(OWNER.CODE.eq(OBLIGATION.TENANT_CODE))
                .join(ASSIGNEE).on(ASSIGNEE.CODE.eq(OBLIGATION.ASSIGNEE_TENANT_CODE))
                .where(where).orderBy(order).limit(limit).fetch(r -> {
                    var o = r.into(OBLIGATION);
                    ObligationKind kind = ObligationKind.fromLiteral(o.getKind().getLiteral());
                    ObligationState state = ObligationState.fromLiteral(o.getState().getLiteral());
                    LocalDate dueOn = LocalDate.ofInstant(o.getDueAt().toInstant(), DueRule.CHINA);
                    int left = calendar.workingDaysBetween(today, dueOn).days();
                    boolean overdue = state == ObligationState.OPEN && o.getDueAt().toInstant().isBefore(Instant.now());
                    return new Item(o.getId(), kind.literal(), kind.label(), o.getRecordId(), kind.recordEntity(),
                            o.getSubject(), o.getTenantCode(), r.get(OWNER.NAME), r.get(ASSIGNEE.NAME),
                            o.getArisesAt(), o.getDueAt(),
                            dueOn, left, overdue, state.literal(), overdue ? "已逾期" : state.label(), o.getDoneAt(),
                            o.getReason(), o.getRung() == null ? null : o.getRung().getLiteral(),
                            o.getRung() == null ? null : EscalationRung.fromLiteral(o.getRung().getLiteral()).label(),
                            o.getEscalatedAt(), o.getNote());
                });
    }

    /**
     * 逾期升级: raises each of the actor's tenant's own open obligations past its due time to the rung its policy's
     * ladder has reached (never down), each rise in the audit trail, in the tenant's own transaction. Returns how
     * many rose; an obligation another pass raised meanwhile is left as it is.
     */
    public int escalate(DSLContext dsl, Viewer actor) {
        String code = actor.tenant().code();
        var overdue = dsl.selectFrom(OBLIGATION).where(OBLIGATION.TENANT_CODE.eq(code)).and(OPEN)
                .and(OBLIGATION.DUE_AT.lt(OffsetDateTime.now())).fetch();
        if (overdue.isEmpty()) {
            return 0;
        }
        JsonNode policy = policy(dsl, code);
        EscalationLadder ladder = EscalationLadder.of(policy);
        WorkingDayCalendar calendar = calendars.forPolicy(policy, province(code));
        LocalDate today = LocalDate.now(DueRule.CHINA);
        int rose = 0;
        for (var o : overdue) {
            LocalDate dueOn = LocalDate.ofInstant(o.getDueAt().toInstant(), DueRule.CHINA);
            EscalationRung was = o.getRung() == null ? null : EscalationRung.fromLiteral(o.getRung().getLiteral());
            EscalationRung reached = ladder.reached(calendar.workingDaysBetween(dueOn, today).days()).orElse(null);
            if (reached == null || (was != null && was.compareTo(reached) >= 0)) {
                continue;
            }
            var rung = cn.yingji.db.enums.EscalationRung.lookupLiteral(reached.literal());
            int updated = dsl.update(OBLIGATION).set(OBLIGATION.RUNG, rung)
                    .set(OBLIGATION.ESCALATED_AT, OffsetDateTime.now()).set(OBLIGATION.VERSION, OBLIGATION.VERSION.plus(1))
                    .where(OBLIGATION.ID.eq(o.getId())).and(OPEN)
                    .and(OBLIGATION.RUNG.isNull().or(OBLIGATION.RUNG.lt(rung))).execute();
            if (updated > 0) {
                writes.audited(dsl, actor, "obligation", "obligation.escalate", o.getId(),
                        was == null ? null : Map.of("rung", was.literal()),
                        Map.of("rung", reached.literal(), "kind", o.getKind().getLiteral(), "subject", o.getSubject()));
                tellEscalated(dsl, o, reached);
                rose++;
            }
        }
        return rose;
    }

    /**
     * 到期提醒: tells the office that must act of each of the actor's tenant's open obligations whose due day is at
     * most the policy's {@code obligations.remindBeforeWorkingDays} working days away and not yet past, once
     * ({@code reminded_at}), in the tenant's own transaction; not a clock in minutes, which the duty console counts
     * down. Returns how many were told.
     */
    public int remind(DSLContext dsl, Viewer actor) {
        String code = actor.tenant().code();
        var near = dsl.selectFrom(OBLIGATION).where(OBLIGATION.TENANT_CODE.eq(code)).and(OPEN)
                .and(OBLIGATION.REMINDED_AT.isNull()).and(OBLIGATION.DUE_AT.ge(OffsetDateTime.now()))
                .and(OBLIGATION.DUE_AT.lt(OffsetDateTime.now().plus(REMIND_LOOKAHEAD))).fetch();
        if (near.isEmpty()) {
            return 0;
        }
        JsonNode policy = policy(dsl, code);
        int before = policy.required("obligations").required("remindBeforeWorkingDays").asInt();
        WorkingDayCalendar calendar = calendars.forPolicy(policy, province(code));
        LocalDate today = LocalDate.now(DueRule.CHINA);
        int told = 0;
        for (var o : near) {
            LocalDate dueOn = LocalDate.ofInstant(o.getDueAt().toInstant(), DueRule.CHINA);
            // a clock in minutes (电话初报 in 20) counts down on the duty console; an hourly pass cannot remind it in time
            if (!DueRule.endsADay(o.getDueAt().toInstant()) || calendar.workingDaysBetween(today, dueOn).days() > before) {
                continue;
            }
            if (dsl.update(OBLIGATION).set(OBLIGATION.REMINDED_AT, OffsetDateTime.now()).where(OBLIGATION.ID.eq(o.getId()))
                    .and(OBLIGATION.REMINDED_AT.isNull()).execute() == 0) {
                continue;
            }
            ObligationKind kind = ObligationKind.fromLiteral(o.getKind().getLiteral());
            notifications.notify(dsl, new Notifications.Notice(NotificationKind.OBLIGATION_DUE_SOON,
                    Notifications.Recipient.office(o.getAssigneeTenantCode()),
                    "即将到期：" + kind.label() + " " + o.getSubject(), "请于 " + dueOn + " 前办结。", kind.recordEntity(),
                    o.getRecordId()));
            told++;
        }
        return told;
    }

    /**
     * 免办: the owner's office waives one of its open obligations through the API, for a reason (400 without one);
     * 404 when the caller does not see it, 403 when it is another office's, 409 when it is no longer open.
     */
    public Mono<Item> waive(Viewer viewer, UUID id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw ApiException.badRequest("obligation-waive-reason-required", "免办须填写理由（不超过 500 字）");
        }
        return tx.call(viewer, dsl -> {
            var o = dsl.selectFrom(OBLIGATION).where(OBLIGATION.ID.eq(id)).fetchOne();
            if (o == null) {
                throw ApiException.notFound("obligation-not-found", "未找到该事项，或不在您的可见范围内");
            }
            if (!o.getTenantCode().equals(viewer.tenant().code())) {
                throw ApiException.forbidden("obligation-not-owned", "只有事项所属单位可以免办");
            }
            if (!waive(dsl, o, why)) {
                throw ApiException.conflict("obligation-not-open", "该事项已办结或已免办");
            }
            writes.audited(dsl, viewer, "obligation", "obligation.waive", id, Map.of("state", "open"),
                    Map.of("state", "waived", "reason", why, "kind", o.getKind().getLiteral(), "subject", o.getSubject()));
            return itemsIn(dsl, viewer, OBLIGATION.ID.eq(id), 1, OBLIGATION.ID.asc()).getFirst();
        });
    }

    private static boolean waive(DSLContext dsl, cn.yingji.db.tables.records.ObligationRecord o, String reason) {
        return dsl.update(OBLIGATION)
                .set(OBLIGATION.STATE, cn.yingji.db.enums.ObligationState.waived)
                .set(OBLIGATION.DONE_AT, OffsetDateTime.now())
                .set(OBLIGATION.DONE_BY, DSL.field("app.username()", String.class))
                .set(OBLIGATION.REASON, reason)
                .set(OBLIGATION.VERSION, OBLIGATION.VERSION.plus(1))
                .where(OBLIGATION.ID.eq(o.getId())).and(OPEN)
                .execute() > 0;
    }

    /**
     * Who hears of a rise: the office that must act; from 通报 on also the office above it, which watches it (约谈 is
     * its to hold).
     */
    private void tellEscalated(DSLContext dsl, cn.yingji.db.tables.records.ObligationRecord o, EscalationRung rung) {
        ObligationKind kind = ObligationKind.fromLiteral(o.getKind().getLiteral());
        var assignee = dsl.select(TENANT.NAME, TENANT.PARENT_CODE).from(TENANT)
                .where(TENANT.CODE.eq(o.getAssigneeTenantCode())).fetchSingle();
        notifications.notify(dsl, new Notifications.Notice(NotificationKind.OBLIGATION_ESCALATED,
                Notifications.Recipient.office(o.getAssigneeTenantCode()),
                "逾期" + rung.label() + "：" + kind.label() + " " + o.getSubject(),
                kind.label() + "已超过办理时限，已升级为「" + rung.label() + "」，请尽快办理。", kind.recordEntity(),
                o.getRecordId()));
        if (rung != EscalationRung.URGE && assignee.value2() != null) {
            notifications.notify(dsl, new Notifications.Notice(NotificationKind.OBLIGATION_ESCALATED,
                    Notifications.Recipient.office(assignee.value2()),
                    "下级逾期" + rung.label() + "：" + assignee.value1() + " " + kind.label() + " " + o.getSubject(),
                    assignee.value1() + "的" + kind.label() + "已超过办理时限，已升级为「" + rung.label() + "」。",
                    kind.recordEntity(), o.getRecordId()));
        }
    }

    /** The holiday calendar of a tenant's policy (its province's regional days off included). */
    private WorkingDayCalendar calendar(DSLContext dsl, String tenantCode) {
        return calendars.forPolicy(policy(dsl, tenantCode), province(tenantCode));
    }

    private static JsonNode policy(DSLContext dsl, String tenantCode) {
        return JsonMapper.shared().readTree(dsl.select(TENANT.POLICY).from(TENANT).where(TENANT.CODE.eq(tenantCode))
                .fetchSingle(TENANT.POLICY).data());
    }

    /** The province of a GB/T 2260 code: its first two digits. */
    private static String province(String tenantCode) {
        return tenantCode.substring(0, 2) + "0000";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
