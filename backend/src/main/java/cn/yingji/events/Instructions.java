package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT_REPORT;
import static cn.yingji.db.Tables.INFO_BULLETIN;
import static cn.yingji.db.Tables.INSTRUCTION;
import static cn.yingji.db.Tables.INSTRUCTION_FEEDBACK;
import static cn.yingji.db.Tables.TENANT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.EventStatus;
import cn.yingji.db.tables.records.EventRecord;
import cn.yingji.db.tables.records.InfoBulletinRecord;
import cn.yingji.db.tables.records.InstructionRecord;
import cn.yingji.events.EventViews.Addressee;
import cn.yingji.events.EventViews.Feedback;
import cn.yingji.events.EventViews.Instruction;
import cn.yingji.events.EventViews.InstructionRequest;
import cn.yingji.idempotency.Idempotency;
import cn.yingji.notifications.NotificationKind;
import cn.yingji.notifications.Notifications;
import cn.yingji.obligations.DueRule;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.ObligationState;
import cn.yingji.obligations.Obligations;
import cn.yingji.platform.ApiException;
import cn.yingji.records.RecordWrites;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantQueries;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 领导批示: a named leader of a tier instructs tiers below it on an event; each addressee owes its feedback
 * (落实情况) by the policy's clock (批示反馈, an obligation it owns, opened by the issuer) and may feed back again as the
 * event goes on; an instruction received may be passed down (传达) to the tiers below the receiver.
 */
@Component
class Instructions {

    static final String ENTITY = "instruction";
    static final int LIST_LIMIT = 200;

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Obligations obligations;
    private final Notifications notifications;
    private final Idempotency idempotency;
    private final TenantQueries tenants;

    Instructions(TenantTx tx, RecordWrites writes, Obligations obligations, Notifications notifications,
            Idempotency idempotency, TenantQueries tenants) {
        this.tenants = tenants;
        this.tx = tx;
        this.writes = writes;
        this.obligations = obligations;
        this.notifications = notifications;
        this.idempotency = idempotency;
    }

    /** What an instruction is written on: an event, or a 信息快报 (on the bulletin's event, if it has one). */
    record Subject(@Nullable UUID eventId, @Nullable UUID bulletinId) {

        static Subject event(UUID id) {
            return new Subject(id, null);
        }

        static Subject bulletin(UUID id) {
            return new Subject(null, id);
        }
    }

    /**
     * Records a leader's instruction on an event or a bulletin the viewer reads, to tiers below the viewer's, once
     * per key.
     */
    Mono<Instruction> issue(Viewer viewer, Subject subject, InstructionRequest request, String idempotencyKey) {
        List<String> addressees = new ArrayList<>(new LinkedHashSet<>(request.addresseeCodes()));
        var once = new Idempotency.Request(idempotencyKey, "POST", subject.bulletinId() == null
                ? "/api/v1/events/{id}/instructions" : "/api/v1/info-bulletins/{id}/instructions",
                Idempotency.fingerprint(subject.eventId(), subject.bulletinId(), request.leaderName(), request.content(),
                        addressees));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, Instruction.class, () -> {
            UUID eventId = subject.eventId();
            String title = null;
            if (subject.bulletinId() != null) {
                InfoBulletinRecord bulletin = InfoBulletins.load(dsl, subject.bulletinId());
                if (request.reportId() != null) {
                    throw ApiException.badRequest("instruction-report-invalid", "对信息快报的批示不针对单篇报告");
                }
                eventId = bulletin.getEventId();
                title = bulletinTitle(bulletin);
            }
            if (eventId != null) {
                EventRecord event = Events.load(dsl, eventId);
                if (event.getStatus() != EventStatus.open) {
                    throw ApiException.conflict("event-closed", "该事件已结束，不能再作批示");
                }
                title = title == null ? event.getTitle() : title;
            }
            UUID onEvent = eventId;
            String heading = title;
            if (request.reportId() != null && !dsl.fetchExists(EVENT_REPORT,
                    EVENT_REPORT.ID.eq(request.reportId()).and(EVENT_REPORT.EVENT_ID.eq(onEvent)))) {
                throw ApiException.badRequest("instruction-report-invalid", "批示所针对的报告须为该事件的、您可见的报告");
            }
            Map<String, String> below = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT)
                    .where(TENANT.CODE.in(addressees))
                    .and(DSL.condition("{0} <@ {1}::ltree", TENANT.PATH, DSL.val(viewer.tenant().path())))
                    .and(TENANT.CODE.ne(viewer.tenant().code())).fetchMap(TENANT.CODE, TENANT.NAME);
            List<String> wrong = addressees.stream().filter(c -> !below.containsKey(c)).toList();
            if (!wrong.isEmpty()) {
                throw ApiException.badRequest("instruction-addressee-not-below",
                        "批示对象须为本级以下的地区：" + String.join("、", wrong));
            }
            if (request.passedDownFrom() != null) {
                InstructionRecord upper = load(dsl, request.passedDownFrom());
                boolean same = onEvent != null ? onEvent.equals(upper.getEventId())
                        : subject.bulletinId().equals(upper.getBulletinId());
                if (!same || !List.of(upper.getAddresseeCodes()).contains(viewer.tenant().code())) {
                    throw ApiException.badRequest("instruction-pass-down-invalid", "只能传达本级收到的、同一事件的上级批示");
                }
            }
            InstructionRecord row = dsl.insertInto(INSTRUCTION)
                    .set(INSTRUCTION.EVENT_ID, onEvent)
                    .set(INSTRUCTION.BULLETIN_ID, subject.bulletinId())
                    .set(INSTRUCTION.REPORT_ID, request.reportId())
                    .set(INSTRUCTION.LEADER_NAME, request.leaderName().strip())
                    .set(INSTRUCTION.LEADER_TITLE, request.leaderTitle().strip())
                    .set(INSTRUCTION.CONTENT, request.content().strip())
                    .set(INSTRUCTION.ADDRESSEE_CODES, addressees.toArray(String[]::new))
                    .set(INSTRUCTION.PASSED_DOWN_FROM, request.passedDownFrom())
                    .set(INSTRUCTION.CREATED_BY, viewer.username())
                    .returning().fetchSingle();
            int minutes = tenants.policy(dsl, viewer.tenant().code()).required("reporting")
                    .required("leaderInstructionFeedbackMinutes").asInt();
            Instant issued = row.getIssuedAt().toInstant();
            String leader = row.getLeaderName() + "（" + row.getLeaderTitle() + "）";
            for (String code : addressees) {
                obligations.openBelow(dsl, new Obligations.Opening(ObligationKind.INSTRUCTION_FEEDBACK, row.getId(),
                        "批示：" + heading, code, null, issued, new DueRule.Minutes(minutes).dueAt(issued),
                        viewer.tenant().name() + leader + "批示"));
                notifications.notify(dsl, new Notifications.Notice(NotificationKind.INSTRUCTION_ISSUED,
                        Notifications.Recipient.office(code), "领导批示：" + viewer.tenant().name() + leader,
                        row.getContent(), ENTITY, row.getId()));
            }
            writes.audited(dsl, viewer, ENTITY, "instruction.issue", row.getId(), null,
                    Map.of("eventId", String.valueOf(onEvent), "bulletinId", String.valueOf(subject.bulletinId()),
                            "leader", leader, "addressees", addressees));
            return views(dsl, viewer, List.of(row)).getFirst();
        }));
    }

    /** 落实情况 by an addressee (again as often as the event needs); the first one closes its clock. */
    Mono<Instruction> feedback(Viewer viewer, UUID id, String content, String idempotencyKey) {
        var once = new Idempotency.Request(idempotencyKey, "POST", "/api/v1/instructions/{id}/feedback",
                Idempotency.fingerprint(id, content));
        return tx.call(viewer, dsl -> idempotency.once(dsl, viewer, once, Instruction.class, () -> {
            InstructionRecord instruction = load(dsl, id);
            if (!List.of(instruction.getAddresseeCodes()).contains(viewer.tenant().code())) {
                throw ApiException.forbidden("instruction-not-addressed", "该批示不是对本单位作出的，不能反馈");
            }
            PersonDirectory.register(dsl, viewer);
            Instant now = Instant.now();
            boolean late = obligations.closeAssigned(dsl, ObligationKind.INSTRUCTION_FEEDBACK, id, now)
                    == ObligationState.DONE_LATE;
            UUID feedbackId = dsl.insertInto(INSTRUCTION_FEEDBACK)
                    .set(INSTRUCTION_FEEDBACK.INSTRUCTION_ID, id)
                    .set(INSTRUCTION_FEEDBACK.CONTENT, content.strip())
                    .set(INSTRUCTION_FEEDBACK.FED_BACK_BY, viewer.username())
                    .set(INSTRUCTION_FEEDBACK.FED_BACK_AT, now.atOffset(java.time.ZoneOffset.UTC))
                    .set(INSTRUCTION_FEEDBACK.LATE, late)
                    .returning(INSTRUCTION_FEEDBACK.ID).fetchSingle().getId();
            notifications.notify(dsl, new Notifications.Notice(NotificationKind.INSTRUCTION_ANSWERED,
                    Notifications.Recipient.office(instruction.getTenantCode()),
                    "批示反馈：" + viewer.tenant().name() + "（" + instruction.getLeaderName() + "批示）",
                    Events.excerpt(content), ENTITY, id));
            writes.audited(dsl, viewer, ENTITY, "instruction.feedback", id, null,
                    Map.of("feedbackId", feedbackId.toString(), "late", late));
            return views(dsl, viewer, List.of(instruction)).getFirst();
        }));
    }

    /**
     * {@code received} (addressed to the viewer's office), {@code issued} (its own) or all it reads, newest first;
     * those on one bulletin when {@code bulletinId} is given.
     */
    Mono<List<Instruction>> list(Viewer viewer, String scope, @Nullable UUID bulletinId) {
        Condition where = switch (scope == null || scope.isBlank() ? "all" : scope) {
            case "received" -> DSL.condition("{0} = any({1})", DSL.val(viewer.tenant().code()), INSTRUCTION.ADDRESSEE_CODES);
            case "issued" -> INSTRUCTION.TENANT_CODE.eq(viewer.tenant().code());
            case "all" -> DSL.noCondition();
            default -> throw ApiException.badRequest("invalid-instruction-scope",
                    "范围无效，可选值：received（收到的）、issued（本级作出的）、all（全部）");
        };
        Condition on = bulletinId == null ? where : where.and(INSTRUCTION.BULLETIN_ID.eq(bulletinId));
        return tx.call(viewer, dsl -> views(dsl, viewer, dsl.selectFrom(INSTRUCTION).where(on)
                .orderBy(INSTRUCTION.ISSUED_AT.desc(), INSTRUCTION.ID).limit(LIST_LIMIT).fetch()));
    }

    Mono<Instruction> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> views(dsl, viewer, List.of(load(dsl, id))).getFirst());
    }

    /** The instructions on an event the viewer reads, oldest first. */
    List<Instruction> ofEvent(DSLContext dsl, Viewer viewer, UUID eventId) {
        return views(dsl, viewer, dsl.selectFrom(INSTRUCTION).where(INSTRUCTION.EVENT_ID.eq(eventId))
                .orderBy(INSTRUCTION.ISSUED_AT, INSTRUCTION.ID).fetch());
    }

    /** 《信息快报》2026年第3期：标题 */
    static String bulletinTitle(InfoBulletinRecord b) {
        return BulletinSeries.of(b.getSeries().getLiteral()).issue(b.getYear(), b.getNumber()) + "：" + b.getTitle();
    }

    private static InstructionRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, INSTRUCTION, INSTRUCTION.ID, id, "instruction-not-found", "批示");
    }

    private List<Instruction> views(DSLContext dsl, Viewer viewer, List<InstructionRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(InstructionRecord::getId).toList();
        Set<String> codes = rows.stream().flatMap(r -> java.util.Arrays.stream(r.getAddresseeCodes()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        rows.forEach(r -> codes.add(r.getTenantCode()));
        Map<String, String> names = dsl.select(TENANT.CODE, TENANT.NAME).from(TENANT).where(TENANT.CODE.in(codes))
                .fetchMap(TENANT.CODE, TENANT.NAME);
        Map<UUID, String> titles = dsl.select(cn.yingji.db.Tables.EVENT.ID, cn.yingji.db.Tables.EVENT.TITLE)
                .from(cn.yingji.db.Tables.EVENT)
                .where(cn.yingji.db.Tables.EVENT.ID.in(rows.stream().map(InstructionRecord::getEventId)
                        .filter(java.util.Objects::nonNull).toList()))
                .fetchMap(cn.yingji.db.Tables.EVENT.ID, cn.yingji.db.Tables.EVENT.TITLE);
        // a bulletin the viewer does not read (an instruction passed down to it) is named by no title
        Map<UUID, String> bulletins = dsl.selectFrom(INFO_BULLETIN).where(INFO_BULLETIN.ID.in(rows.stream()
                        .map(InstructionRecord::getBulletinId).filter(java.util.Objects::nonNull).toList()))
                .fetchMap(INFO_BULLETIN.ID, Instructions::bulletinTitle);
        var feedbackRows = dsl.selectFrom(INSTRUCTION_FEEDBACK).where(INSTRUCTION_FEEDBACK.INSTRUCTION_ID.in(ids))
                .orderBy(INSTRUCTION_FEEDBACK.FED_BACK_AT).fetch();
        Map<String, String> people = PersonDirectory.names(dsl, feedbackRows.map(f -> f.getFedBackBy()));
        Map<UUID, List<Feedback>> feedbacks = feedbackRows.stream().collect(Collectors.groupingBy(
                f -> f.getInstructionId(), Collectors.mapping(f -> new Feedback(f.getId(), f.getTenantCode(),
                        names.getOrDefault(f.getTenantCode(), "未知地区"), f.getContent(), people.get(f.getFedBackBy()),
                        f.getFedBackAt(), f.getLate()), Collectors.toList())));
        Map<UUID, String> upper = new java.util.HashMap<>();
        var passed = rows.stream().map(InstructionRecord::getPassedDownFrom).filter(java.util.Objects::nonNull).toList();
        if (!passed.isEmpty()) {
            dsl.select(INSTRUCTION.ID, INSTRUCTION.LEADER_NAME, INSTRUCTION.LEADER_TITLE, TENANT.NAME).from(INSTRUCTION)
                    .join(TENANT).on(TENANT.CODE.eq(INSTRUCTION.TENANT_CODE)).where(INSTRUCTION.ID.in(passed))
                    .forEach(r -> upper.put(r.value1(), r.value4() + r.value2() + "（" + r.value3() + "）批示"));
        }
        var allClocks = obligations.ofRecords(dsl, viewer, ids, 50 * ids.size()).stream()
                .collect(Collectors.groupingBy(Obligations.Item::recordId));
        return rows.stream().map(r -> {
            var clocks = allClocks.getOrDefault(r.getId(), List.of());
            List<Feedback> mine = feedbacks.getOrDefault(r.getId(), List.of());
            List<Addressee> addressees = java.util.Arrays.stream(r.getAddresseeCodes()).map(code -> {
                String name = names.getOrDefault(code, "未知地区");
                var clock = clocks.stream().filter(o -> o.ownerTenantCode().equals(code)).findFirst().orElse(null);
                return new Addressee(code, name, clock == null ? null : clock.dueAt(), clock == null ? null : clock.state(),
                        clock == null ? null : clock.stateLabel(), clock != null && clock.overdue(),
                        mine.stream().filter(f -> f.tenantCode().equals(code)).toList());
            }).toList();
            String bulletin = r.getBulletinId() == null ? null : bulletins.get(r.getBulletinId());
            String heading = r.getEventId() != null ? titles.getOrDefault(r.getEventId(), "")
                    : bulletin == null ? "信息快报" : bulletin;
            return new Instruction(r.getId(), r.getEventId(), heading, r.getReportId(), r.getBulletinId(), bulletin,
                    r.getTenantCode(), names.get(r.getTenantCode()), r.getLeaderName(), r.getLeaderTitle(),
                    r.getContent(), r.getIssuedAt(), r.getPassedDownFrom() == null ? null : upper.get(r.getPassedDownFrom()),
                    addressees, r.getTenantCode().equals(viewer.tenant().code()),
                    List.of(r.getAddresseeCodes()).contains(viewer.tenant().code()));
        }).toList();
    }
}
