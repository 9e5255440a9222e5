package cn.yingji.duty;

import static cn.yingji.db.Tables.DUTY_POST;
import static cn.yingji.db.Tables.SPOT_CHECK;
import static cn.yingji.db.Tables.SPOT_CHECK_ANSWER;
import static cn.yingji.db.Tables.TENANT;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.tables.records.DutyPostRecord;
import cn.yingji.db.tables.records.SpotCheckAnswerRecord;
import cn.yingji.db.tables.records.SpotCheckRecord;
import cn.yingji.duty.DutyViews.ConclusionRequest;
import cn.yingji.duty.DutyViews.SpotCheck;
import cn.yingji.duty.DutyViews.SpotCheckRequest;
import cn.yingji.idempotency.Idempotency;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.ObligationState;
import cn.yingji.obligations.Obligations;
import cn.yingji.platform.ApiException;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 查岗: a tier checks the duty post of a tier below it. The check reaches the checked office's open browsers at once
 * (a notification its web app shows as a prompt it cannot miss) and opens its clock (查岗应答, the checker's policy
 * {@code duty.spotCheckAnswerSeconds}); the first answer closes it, late after the window (迟答, never 在岗); the
 * checker records its conclusion (the violation found, rectification, sanction).
 */
@Component
class SpotChecks {

    static final String ENTITY = "spot_check";
    static final Versioned<SpotCheckRecord> TYPE = Versioned.stored(ENTITY, "查岗记录", SPOT_CHECK, SPOT_CHECK.ID,
            SPOT_CHECK.VERSION, SPOT_CHECK.UPDATED_AT);
    static final int LIST_LIMIT = 200;
    /** How long an unanswered check stays in the checked office's prompt (after that it is history). */
    static final Duration PENDING_FOR = Duration.ofHours(24);

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Obligations obligations;
    private final Notifications notifications;
    private final Idempotency idempotency;
    private final TenantQueries tenants;
    private static final java.util.random.RandomGenerator RANDOM = new java.security.SecureRandom();

    SpotChecks(TenantTx tx, RecordWrites writes, Obligations obligations, Notifications notifications,
            Idempotency idempotency, TenantQueries tenants) {
        this.tx = tx;
        this.writes = writes;
        this.obligations = obligations;
        this.notifications = notifications;
        this.idempotency = idempotency;
        this.tenants = tenants;
    }

    /** Checks a tier below the viewer's (one of its posts, if given), once per key. */
    Mono<SpotCheck> check(Viewer viewer, SpotCheckRequest request, String idempotencyKey) {
        SpotCheckMethod method = SpotCheckMethod.parse(request.method());
        var once = new Idempotency.Request(idempotencyKey, "POST", "/api/v1/duty/spot-checks",
                Idempotency.fingerprint(request.checkedTenantCode(), request.postId(), method.literal()));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, SpotCheck.class, () -> {
            String checked = request.checkedTenantCode();
            String checkedName = dsl.select(TENANT.NAME).from(TENANT).where(TENANT.CODE.eq(checked))
                    .and(TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path()))
                    .and(TENANT.CODE.ne(viewer.tenant().code())).fetchOne(TENANT.NAME);
            if (checkedName == null) {
                throw ApiException.badRequest("spot-check-not-below", "只能对本级以下的地区查岗：" + checked);
            }
            DutyPostRecord post = null;
            if (request.postId() != null) {
                post = dsl.selectFrom(DUTY_POST).where(DUTY_POST.ID.eq(request.postId()))
                        .and(DUTY_POST.TENANT_CODE.eq(checked)).fetchOne();
                if (post == null) {
                    throw ApiException.badRequest("spot-check-post-invalid", "所查岗位须为被查单位的值班岗位");
                }
            }
            int seconds = answerSeconds(dsl, viewer.tenant().code());
            Instant sent = Instant.now();
            PersonDirectory.register(dsl, viewer);
            SpotCheckRecord row = dsl.insertInto(SPOT_CHECK)
                    .set(SPOT_CHECK.CHECKED_TENANT_CODE, checked)
                    .set(SPOT_CHECK.POST_ID, request.postId())
                    .set(SPOT_CHECK.METHOD, cn.yingji.db.enums.SpotCheckMethod.lookupLiteral(method.literal()))
                    .set(SPOT_CHECK.SENT_AT, utc(sent))
                    .set(SPOT_CHECK.DELIVERED_AT, utc(sent))
                    .set(SPOT_CHECK.ANSWER_DUE_AT, utc(new DueRule.Seconds(seconds).dueAt(sent)))
                    .set(SPOT_CHECK.CHECKED_BY, viewer.username())
                    .returning().fetchSingle();
            announce(dsl, viewer.tenant().name(), row, post, checkedName, seconds);
            writes.audited(dsl, viewer, ENTITY, "spot_check.create", row.getId(), null,
                    Map.of("checked", checked, "method", method.literal()));
            return views(dsl, viewer, List.of(row)).getFirst();
        }));
    }

    /**
     * 随机抽查 for a holiday or sensitive period: {@code count} checks at random moments between {@code from} and
     * {@code to} of the tiers named (every tier directly below the viewer's when none is), drawn now and kept from
     * them until each is sent ({@link SpotCheckDeliveryJob}); once per key.
     */
    Mono<List<SpotCheck>> schedule(Viewer viewer, DutyViews.ScheduleRequest request, String idempotencyKey) {
        SpotCheckMethod method = SpotCheckMethod.parse(request.method());
        Instant now = Instant.now();
        Instant from = request.from().toInstant().isBefore(now) ? now : request.from().toInstant();
        Instant to = request.to().toInstant();
        if (!to.isAfter(from)) {
            throw ApiException.badRequest("spot-check-period", "抽查时段须在当前时间之后，且结束晚于开始");
        }
        if (java.time.Duration.between(from, to).compareTo(Roster.MAX_SPAN) > 0) {
            throw ApiException.badRequest("spot-check-period", "抽查时段不能超过 " + Roster.MAX_SPAN.toDays() + " 天");
        }
        List<String> named = request.checkedTenantCodes() == null ? List.of()
                : List.copyOf(new java.util.LinkedHashSet<>(request.checkedTenantCodes()));
        var once = new Idempotency.Request(idempotencyKey, "POST", "/api/v1/duty/spot-checks/schedule",
                Idempotency.fingerprint(request.occasion(), from, to, request.count(), named, method.literal()));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, SpotCheckList.class, () -> {
            Condition below = TenantQueries.descendantOf(TENANT.PATH, viewer.tenant().path())
                    .and(TENANT.CODE.ne(viewer.tenant().code()));
            List<String> targets = named.isEmpty()
                    ? dsl.select(TENANT.CODE).from(TENANT).where(TENANT.PARENT_CODE.eq(viewer.tenant().code()))
                            .orderBy(TENANT.CODE).fetch(TENANT.CODE)
                    : dsl.select(TENANT.CODE).from(TENANT).where(TENANT.CODE.in(named)).and(below).fetch(TENANT.CODE);
            List<String> wrong = named.stream().filter(c -> !targets.contains(c)).toList();
            if (!wrong.isEmpty() || targets.isEmpty()) {
                throw ApiException.badRequest("spot-check-not-below", "只能对本级以下的地区查岗：" + String.join("、", wrong));
            }
            int seconds = answerSeconds(dsl, viewer.tenant().code());
            PersonDirectory.register(dsl, viewer);
            var insert = dsl.insertInto(SPOT_CHECK, SPOT_CHECK.CHECKED_TENANT_CODE, SPOT_CHECK.METHOD, SPOT_CHECK.SENT_AT,
                    SPOT_CHECK.ANSWER_DUE_AT, SPOT_CHECK.OCCASION, SPOT_CHECK.CHECKED_BY);
            for (SpotCheckDraw.Draw d : SpotCheckDraw.draw(RANDOM, from, to, request.count(), targets)) {
                insert = insert.values(d.target(), cn.yingji.db.enums.SpotCheckMethod.lookupLiteral(method.literal()),
                        utc(d.at()), utc(new DueRule.Seconds(seconds).dueAt(d.at())), request.occasion().strip(),
                        viewer.username());
            }
            var rows = insert.returning().fetch();
            writes.audited(dsl, viewer, ENTITY, "spot_check.schedule", rows.getFirst().getId(), null,
                    Map.of("occasion", request.occasion().strip(), "checks", rows.size(), "from", from.toString(),
                            "to", to.toString()));
            return new SpotCheckList(views(dsl, viewer, rows));
        })).map(SpotCheckList::checks);
    }

    /** The scheduled checks of a request, as the idempotency store keeps one answer. */
    record SpotCheckList(List<SpotCheck> checks) {
    }

    /**
     * Sends a scheduled check now due, in its checking tenant's context: its answer window starts now; the checked
     * office is told and owes the answer. Returns whether it was still to send (another pass may have sent it).
     */
    boolean deliver(DSLContext dsl, Viewer job, UUID id) {
        SpotCheckRecord due = dsl.selectFrom(SPOT_CHECK).where(SPOT_CHECK.ID.eq(id)).and(SPOT_CHECK.DELIVERED_AT.isNull())
                .forUpdate().skipLocked().fetchOne();
        if (due == null) {
            return false;
        }
        int seconds = answerSeconds(dsl, due.getTenantCode());
        Instant now = Instant.now();
        SpotCheckRecord row = dsl.update(SPOT_CHECK).set(SPOT_CHECK.DELIVERED_AT, utc(now))
                .set(SPOT_CHECK.ANSWER_DUE_AT, utc(new DueRule.Seconds(seconds).dueAt(now)))
                .where(SPOT_CHECK.ID.eq(id)).returning().fetchSingle();
        String checkedName = dsl.select(TENANT.NAME).from(TENANT).where(TENANT.CODE.eq(row.getCheckedTenantCode()))
                .fetchSingle(TENANT.NAME);
        announce(dsl, job.tenant().name(), row, null, checkedName, seconds);
        writes.audited(dsl, job, ENTITY, "spot_check.deliver", id, null, Map.of("occasion", String.valueOf(row.getOccasion())));
        return true;
    }

    /** The check's clock (查岗应答, owed by the checked tier) and its notification to the checked office. */
    private void announce(DSLContext dsl, String checkerName, SpotCheckRecord row, DutyPostRecord post,
            String checkedName, int seconds) {
        SpotCheckMethod method = SpotCheckMethod.of(row.getMethod().getLiteral());
        Instant sent = row.getDeliveredAt().toInstant();
        String what = post == null ? checkedName + "值班" : checkedName + post.getName();
        obligations.openBelow(dsl, new Obligations.Opening(ObligationKind.SPOT_CHECK_ANSWER, row.getId(),
                "查岗：" + what, row.getCheckedTenantCode(), null, sent, row.getAnswerDueAt().toInstant(),
                checkerName + method.label()));
        notifications.notify(dsl, new Notifications.Notice(NotificationKind.SPOT_CHECK,
                Notifications.Recipient.office(row.getCheckedTenantCode()), "查岗：" + checkerName + method.label(),
                "请值班人员在" + seconds + "秒内应答", ENTITY, row.getId()));
    }

    private int answerSeconds(DSLContext dsl, String checkerCode) {
        return tenants.policy(dsl, checkerCode).required("duty").required("spotCheckAnswerSeconds").asInt();
    }

    /**
     * 应答 by the checked office's officer: the first answer is the answer (a second, from a double click or another
     * browser, changes nothing and reads it back); after the window it is 迟答.
     */
    Mono<SpotCheck> answer(Viewer viewer, UUID id, String note) {
        return tx.call(viewer, dsl -> {
            SpotCheckRecord check = load(dsl, id);
            if (!check.getCheckedTenantCode().equals(viewer.tenant().code())) {
                throw ApiException.forbidden("spot-check-not-addressed", "该查岗不是对本单位的，不能应答");
            }
            PersonDirectory.register(dsl, viewer);
            Instant now = Instant.now();
            boolean onRoster = Roster.onRoster(dsl, viewer.tenant().code(), viewer.username(), now);
            SpotCheckAnswerRecord answer = dsl.insertInto(SPOT_CHECK_ANSWER)
                    .set(SPOT_CHECK_ANSWER.SPOT_CHECK_ID, id)
                    .set(SPOT_CHECK_ANSWER.ANSWERED_BY, viewer.username())
                    .set(SPOT_CHECK_ANSWER.ANSWERED_AT, utc(now))
                    .set(SPOT_CHECK_ANSWER.LATE, now.isAfter(check.getAnswerDueAt().toInstant()))
                    .set(SPOT_CHECK_ANSWER.ON_ROSTER, onRoster)
                    .set(SPOT_CHECK_ANSWER.NOTE, note == null ? "" : note.strip())
                    .onConflict(SPOT_CHECK_ANSWER.SPOT_CHECK_ID).doNothing()
                    .returning().fetchOne();
            if (answer != null) {
                ObligationState closed = obligations.closeAssigned(dsl, ObligationKind.SPOT_CHECK_ANSWER, id, now);
                SpotCheckOutcome outcome = SpotCheckOutcome.of(true, new SpotCheckOutcome.Answer(now, answer.getLate(),
                        onRoster), check.getAnswerDueAt().toInstant(), now);
                notifications.notify(dsl, new Notifications.Notice(NotificationKind.SPOT_CHECK_ANSWERED,
                        Notifications.Recipient.office(check.getTenantCode()),
                        "查岗应答：" + viewer.tenant().name() + "（" + outcome.label() + "）",
                        PersonDirectory.nameOf(dsl, viewer.username()) + "应答", ENTITY, id));
                writes.audited(dsl, viewer, ENTITY, "spot_check.answer", id, null,
                        Map.of("outcome", outcome.literal(), "clock", closed == null ? "none" : closed.literal()));
            }
            return views(dsl, viewer, List.of(check)).getFirst();
        });
    }

    /**
     * The checker's conclusion, once the check is answered or its window has passed (a check still open cannot be
     * judged yet: 409); closes the clock of a check nobody answered.
     */
    Mono<SpotCheck> conclude(Viewer viewer, UUID id, ConclusionRequest request) {
        DutyViolation violation = DutyViolation.parse(request.violation());
        return tx.call(viewer, dsl -> {
            SpotCheckRecord before = TenantRows.own(viewer, load(dsl, id), "只能对本单位发起的查岗作出结论");
            Instant now = Instant.now();
            boolean answered = dsl.fetchExists(SPOT_CHECK_ANSWER, SPOT_CHECK_ANSWER.SPOT_CHECK_ID.eq(id));
            if (before.getDeliveredAt() == null || !answered && !now.isAfter(before.getAnswerDueAt().toInstant())) {
                throw ApiException.conflict("spot-check-pending", "查岗尚未发送或应答时限未到，暂不能作出结论");
            }
            SpotCheckRecord after = writes.update(dsl, TYPE, before, request.version(), dsl.update(SPOT_CHECK)
                    .set(SPOT_CHECK.VIOLATION, cn.yingji.db.enums.DutyViolation.lookupLiteral(violation.literal()))
                    .set(SPOT_CHECK.RECTIFICATION, blankToNull(request.rectification()))
                    .set(SPOT_CHECK.SANCTION, blankToNull(request.sanction()))
                    .set(SPOT_CHECK.CONCLUDED_BY, viewer.username())
                    .set(SPOT_CHECK.CONCLUDED_AT, utc(now)));
            if (!answered) {
                obligations.close(dsl, ObligationKind.SPOT_CHECK_ANSWER, id, now);
            }
            writes.written(dsl, viewer, TYPE, "spot_check.conclude", id, Map.of("version", before.getVersion()),
                    Map.of("violation", violation.literal()));
            return views(dsl, viewer, List.of(after)).getFirst();
        });
    }

    /**
     * {@code issued} (the viewer's checks of tiers below), {@code received} (checks of the viewer's office),
     * {@code pending} (received, unanswered and not yet concluded, of the last 24 hours: the prompt's) or all it
     * reads; newest first.
     */
    Mono<List<SpotCheck>> list(Viewer viewer, String scope) {
        String own = viewer.tenant().code();
        Condition where = switch (scope == null || scope.isBlank() ? "all" : scope) {
            case "issued" -> SPOT_CHECK.TENANT_CODE.eq(own);
            case "received" -> SPOT_CHECK.CHECKED_TENANT_CODE.eq(own);
            case "pending" -> SPOT_CHECK.CHECKED_TENANT_CODE.eq(own).and(SPOT_CHECK.DELIVERED_AT.isNotNull())
                    .and(SPOT_CHECK.DELIVERED_AT.gt(utc(Instant.now().minus(PENDING_FOR))))
                    .and(SPOT_CHECK.CONCLUDED_AT.isNull())
                    .andNotExists(DSL.selectOne().from(SPOT_CHECK_ANSWER)
                            .where(SPOT_CHECK_ANSWER.SPOT_CHECK_ID.eq(SPOT_CHECK.ID)));
            case "all" -> DSL.noCondition();
            default -> throw ApiException.badRequest("invalid-spot-check-scope",
                    "范围无效，可选值：issued（本级发起）、received（本单位被查）、pending（待应答）、all（全部）");
        };
        return tx.call(viewer, dsl -> views(dsl, viewer, dsl.selectFrom(SPOT_CHECK).where(where)
                .orderBy(SPOT_CHECK.SENT_AT.desc(), SPOT_CHECK.ID).limit(LIST_LIMIT).fetch()));
    }

    Mono<SpotCheck> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> views(dsl, viewer, List.of(load(dsl, id))).getFirst());
    }

    private static SpotCheckRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, SPOT_CHECK, SPOT_CHECK.ID, id, "spot-check-not-found", "查岗记录");
    }

    private static List<SpotCheck> views(DSLContext dsl, Viewer viewer, List<SpotCheckRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = rows.stream().map(SpotCheckRecord::getId).collect(Collectors.toSet());
        Map<UUID, SpotCheckAnswerRecord> answers = dsl.selectFrom(SPOT_CHECK_ANSWER)
                .where(SPOT_CHECK_ANSWER.SPOT_CHECK_ID.in(ids)).fetchMap(SPOT_CHECK_ANSWER.SPOT_CHECK_ID);
        Map<String, String> names = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT)
                .where(TENANT.CODE.in(rows.stream().flatMap(r -> Stream.of(r.getTenantCode(), r.getCheckedTenantCode()))
                        .collect(Collectors.toSet()))).fetchMap(TENANT.CODE, TENANT.NAME);
        Map<UUID, DutyPostRecord> posts = dsl.selectFrom(DUTY_POST).where(DUTY_POST.ID.in(rows.stream()
                .map(SpotCheckRecord::getPostId).filter(java.util.Objects::nonNull).toList())).fetchMap(DUTY_POST.ID);
        Map<String, String> people = PersonDirectory.names(dsl, Stream.concat(
                rows.stream().flatMap(r -> Stream.of(r.getCheckedBy(), r.getConcludedBy())),
                answers.values().stream().map(SpotCheckAnswerRecord::getAnsweredBy)).toList());
        Instant now = Instant.now();
        return rows.stream().map(r -> {
            SpotCheckAnswerRecord a = answers.get(r.getId());
            SpotCheckOutcome outcome = SpotCheckOutcome.of(r.getDeliveredAt() != null, a == null ? null : new SpotCheckOutcome.Answer(
                    a.getAnsweredAt().toInstant(), a.getLate(), a.getOnRoster()), r.getAnswerDueAt().toInstant(), now);
            DutyPostRecord post = r.getPostId() == null ? null : posts.get(r.getPostId());
            SpotCheckMethod method = SpotCheckMethod.of(r.getMethod().getLiteral());
            DutyViolation violation = r.getViolation() == null ? null : DutyViolation.of(r.getViolation().getLiteral());
            return new SpotCheck(r.getId(), r.getTenantCode(), names.get(r.getTenantCode()), r.getCheckedTenantCode(),
                    names.get(r.getCheckedTenantCode()), r.getPostId(), post == null ? null : post.getName(),
                    post == null ? null : post.getPhone(), method.literal(), method.label(), r.getSentAt(),
                    r.getAnswerDueAt(), people.get(r.getCheckedBy()), a == null ? null : a.getAnsweredAt(),
                    a == null ? null : people.get(a.getAnsweredBy()), a == null ? null : a.getNote(), outcome.literal(),
                    outcome.label(), violation == null ? null : violation.literal(),
                    violation == null ? null : violation.label(), r.getRectification(), r.getSanction(),
                    r.getConcludedBy() == null ? null : people.get(r.getConcludedBy()), r.getConcludedAt(),
                    r.getOccasion(), r.getVersion(), r.getTenantCode().equals(viewer.tenant().code()),
                    a == null && r.getCheckedTenantCode().equals(viewer.tenant().code()));
        }).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
