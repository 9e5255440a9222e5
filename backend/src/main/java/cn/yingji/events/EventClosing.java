package cn.yingji.events;

import static cn.yingji.db.Tables.EVENT;
import static cn.yingji.db.Tables.EVENT_REPORT;
import static cn.yingji.db.Tables.EVENT_REVIEW;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.yingji.cases.CaseViews.CaseRequest;
import cn.yingji.cases.CaseViews.Step;
import cn.yingji.cases.Cases;
import cn.yingji.db.enums.EventStatus;
import cn.yingji.db.tables.records.EventRecord;
import cn.yingji.db.tables.records.EventReviewRecord;
import cn.yingji.drills.CorrectiveActionViews.Action;
import cn.yingji.drills.CorrectiveActionViews.ActionRequest;
import cn.yingji.drills.CorrectiveActions;
import cn.yingji.events.EventViews.Closing;
import cn.yingji.events.EventViews.Evaluation;
import cn.yingji.events.EventViews.EvaluationRequest;
import cn.yingji.events.EventViews.Review;
import cn.yingji.events.EventViews.ReviewRequest;
import cn.yingji.obligations.ObligationKind;
import cn.yingji.obligations.Obligations;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.China;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * After the event (docs/reporting.md): the office handling it writes the 总结评估 with its 整改措施 (the drills'
 * corrective actions, the same obligations and progress), closes it (结案) once its 终报 is sent and the evaluation
 * written ({@link ClosingRule}), makes the closed event a draft case of the case library in one step, and looks back
 * at it later (回头看). The tiers above read all of it (the event and its reviews are shared up).
 */
@Component
class EventClosing {

    /** 回头看: created once, never changed; read with its event. */
    static final Versioned<EventReviewRecord> REVIEW = Versioned.stored("event_review", "回头看", EVENT_REVIEW,
            EVENT_REVIEW.ID, EVENT_REVIEW.VERSION, EVENT_REVIEW.UPDATED_AT);
    /** The case library keeps at most this many steps of a timeline. */
    private static final int CASE_STEPS = 200;

    private final TenantTx tx;
    private final RecordWrites writes;
    private final Obligations obligations;
    private final CorrectiveActions actions;
    private final Cases cases;
    private final Reports reports;
    private final Instructions instructions;
    private final EventResponses responses;

    EventClosing(TenantTx tx, RecordWrites writes, Obligations obligations, CorrectiveActions actions, Cases cases,
            Reports reports, Instructions instructions, EventResponses responses) {
        this.responses = responses;
        this.tx = tx;
        this.writes = writes;
        this.obligations = obligations;
        this.actions = actions;
        this.cases = cases;
        this.reports = reports;
        this.instructions = instructions;
    }

    /** What the event page shows after the event, for the viewer. */
    Closing closing(DSLContext dsl, Viewer viewer, EventRecord event) {
        boolean mine = event.getTenantCode().equals(viewer.tenant().code());
        boolean open = event.getStatus() == EventStatus.open;
        Evaluation evaluation = event.getEvaluatedAt() == null ? null
                : new Evaluation(event.getEvaluationProcess(), orEmpty(event.getEvaluationWhatWorked()),
                        orEmpty(event.getEvaluationProblems()), orEmpty(event.getEvaluationLessons()),
                        event.getEvaluatedBy(), event.getEvaluatedAt());
        List<String> missing = open ? ClosingRule.missing(finalReported(dsl, event), evaluation != null,
                responses.inForce(dsl, event.getId(), event.getTenantCode()) != null) : List.of();
        List<Review> reviews = dsl.selectFrom(EVENT_REVIEW).where(EVENT_REVIEW.EVENT_ID.eq(event.getId()))
                .orderBy(EVENT_REVIEW.REVIEWED_ON, EVENT_REVIEW.CREATED_AT).fetch(EventClosing::review);
        return new Closing(evaluation, actions.ofEvent(dsl, viewer, event.getId()), missing, mine && open,
                mine && open && missing.isEmpty(), event.getClosedBy(), event.getClosedAt(), event.getCaseId(), reviews);
    }

    /** 总结评估 (again, until the event is closed): closes the office's 总结评估 clock. */
    Mono<UUID> evaluate(Viewer viewer, UUID id, EvaluationRequest request) {
        return tx.call(viewer, dsl -> {
            EventRecord before = openOwn(dsl, viewer, id);
            writes.update(dsl, Events.TYPE, before, request.version(), dsl.update(EVENT)
                    .set(EVENT.EVALUATION_PROCESS, request.process().strip())
                    .set(EVENT.EVALUATION_WHAT_WORKED, orEmpty(request.whatWorked()))
                    .set(EVENT.EVALUATION_PROBLEMS, orEmpty(request.problems()))
                    .set(EVENT.EVALUATION_LESSONS, orEmpty(request.lessons()))
                    .set(EVENT.EVALUATED_BY, personName(dsl, viewer))
                    .set(EVENT.EVALUATED_AT, OffsetDateTime.now()));
            obligations.closeAssigned(dsl, ObligationKind.EVENT_EVALUATION, id, Instant.now());
            writes.written(dsl, viewer, Events.TYPE, "event.evaluate", id,
                    Map.of("process", orEmpty(before.getEvaluationProcess())), Map.of("process", request.process().strip()));
            return id;
        });
    }

    /** 整改措施 of the event's evaluation: a unit of the office or of a region below it, by a day. */
    Mono<Action> addAction(Viewer viewer, UUID id, ActionRequest request) {
        return tx.call(viewer, dsl -> {
            EventRecord event = own(dsl, viewer, id);
            LocalDate occurred = event.getOccurredAt().atZoneSameInstant(China.ZONE).toLocalDate();
            return actions.create(dsl, viewer, new CorrectiveActions.Subject(null, id, event.getTitle(), occurred,
                    "事发日期", null, null), request);
        });
    }

    /** 结案: 409 listing what is missing (终报, 总结评估); a closed event takes no reports but other tiers' 终报. */
    Mono<UUID> close(Viewer viewer, UUID id, int version) {
        return tx.call(viewer, dsl -> {
            EventRecord before = openOwn(dsl, viewer, id);
            List<String> missing = ClosingRule.missing(finalReported(dsl, before), before.getEvaluatedAt() != null,
                    responses.inForce(dsl, id, before.getTenantCode()) != null);
            if (!missing.isEmpty()) {
                throw ApiException.conflict("event-not-closable", "事件还不能结案：" + String.join("，", missing));
            }
            writes.update(dsl, Events.TYPE, before, version, dsl.update(EVENT)
                    .set(EVENT.STATUS, EventStatus.closed)
                    .set(EVENT.CLOSED_BY, personName(dsl, viewer))
                    .set(EVENT.CLOSED_AT, OffsetDateTime.now()));
            writes.written(dsl, viewer, Events.TYPE, "event.close", id, Map.of("status", "open"),
                    Map.of("status", "closed"));
            return id;
        });
    }

    /**
     * 转为案例: the closed event as a draft case of the viewer's office, once (a second request, a double click, gets
     * 409 naming the case): title, type, grade, place, figures of the latest report, the evaluation's findings,
     * the timeline of intake, reports, 批示 and closing, the corrective actions. Returns the case's id.
     */
    Mono<UUID> draftCase(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            EventRecord event = own(dsl, viewer, id);
            // one draft per event: the second of two concurrent requests waits here and then finds the case
            event = dsl.selectFrom(EVENT).where(EVENT.ID.eq(id)).forUpdate().fetchSingle();
            if (event.getStatus() != EventStatus.closed) {
                throw ApiException.conflict("event-not-closed", "事件结案后才能转为案例");
            }
            if (event.getCaseId() != null) {
                throw ApiException.conflict("event-case-exists", "该事件已转为案例，请在案例库中查看");
            }
            UUID caseId = cases.draft(dsl, viewer, caseOf(dsl, viewer, event));
            writes.update(dsl, Events.TYPE, event, event.getVersion(), dsl.update(EVENT).set(EVENT.CASE_ID, caseId));
            writes.written(dsl, viewer, Events.TYPE, "event.case", id, null, Map.of("caseId", caseId.toString()));
            return caseId;
        });
    }

    /** 回头看 of a closed event of the viewer's office, on a day since its closing and not in the future. */
    Mono<UUID> review(Viewer viewer, UUID id, ReviewRequest request) {
        ReviewConclusion conclusion = ReviewConclusion.parse(request.conclusion());
        return tx.call(viewer, dsl -> {
            EventRecord event = own(dsl, viewer, id);
            if (event.getStatus() != EventStatus.closed) {
                throw ApiException.conflict("event-not-closed", "事件结案后才能开展回头看");
            }
            LocalDate closed = event.getClosedAt().atZoneSameInstant(China.ZONE).toLocalDate();
            if (request.reviewedOn().isBefore(closed) || request.reviewedOn().isAfter(China.today())) {
                throw ApiException.badRequest("review-date-invalid", "回头看日期须在结案日期 " + closed + " 与今天之间");
            }
            EventReviewRecord row = dsl.insertInto(EVENT_REVIEW)
                    .set(EVENT_REVIEW.EVENT_ID, id)
                    .set(EVENT_REVIEW.REVIEWED_ON, request.reviewedOn())
                    .set(EVENT_REVIEW.REVIEWERS, request.reviewers().strip())
                    .set(EVENT_REVIEW.FINDINGS, request.findings().strip())
                    .set(EVENT_REVIEW.CONCLUSION,
                            cn.yingji.db.enums.ReviewConclusion.lookupLiteral(conclusion.literal()))
                    .set(EVENT_REVIEW.CREATED_BY, personName(dsl, viewer))
                    .returning().fetchSingle();
            writes.written(dsl, viewer, REVIEW, "event.review", row.getId(), null, review(row));
            return id;
        });
    }

    private CaseRequest caseOf(DSLContext dsl, Viewer viewer, EventRecord event) {
        Severity severity = Severity.of(event.getSeverity().getLiteral());
        var latest = dsl.selectFrom(EVENT_REPORT).where(EVENT_REPORT.EVENT_ID.eq(event.getId()))
                .and(EVENT_REPORT.TENANT_CODE.eq(event.getTenantCode()))
                .orderBy(EVENT_REPORT.SEQ.desc()).limit(1).fetchOne();
        List<UUID> actionIds = actions.ofEvent(dsl, viewer, event.getId()).stream().map(Action::id).toList();
        String summary = event.getSummary().isBlank() ? orEmpty(event.getEvaluationProcess())
                : event.getSummary() + "\n\n" + orEmpty(event.getEvaluationProcess());
        return new CaseRequest(event.getTitle(), event.getEventType(), severity.caseLiteral(), event.getTenantCode(),
                event.getAddress(), event.getOccurredAt().atZoneSameInstant(China.ZONE).toLocalDate(),
                latest == null ? null : latest.getDead(), latest == null ? null : latest.getInjured(),
                latest == null ? null : latest.getMissing(), latest == null ? null : latest.getAffected(),
                latest == null ? null : latest.getEconomicLoss(),
                latest == null || latest.getFigureBasis() == null || (latest.getDead() == null
                        && latest.getInjured() == null && latest.getMissing() == null) ? null
                        : "伤亡人数取自" + FigureBasis.of(latest.getFigureBasis().getLiteral()).label(),
                summary.strip(), orEmpty(event.getEvaluationWhatWorked()), orEmpty(event.getEvaluationProblems()),
                orEmpty(event.getEvaluationLessons()), "事件「" + event.getTitle() + "」的处置记录与总结评估（"
                        + viewer.tenant().name() + "）",
                timeline(dsl, viewer, event), List.of(), List.of(), actionIds.size() > 50 ? actionIds.subList(0, 50)
                        : actionIds, null);
    }

    /**
     * 处置过程: what came in, every report and 批示 the office reads, every response and command, and the closing, in
     * time order.
     */
    private List<Step> timeline(DSLContext dsl, Viewer viewer, EventRecord event) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(local(event.getOccurredAt()), "事发：" + Events.excerpt(event.getTitle() + "，"
                + event.getAddress())));
        Intake.ofEvent(dsl, event.getId()).forEach(i -> steps.add(new Step(local(i.receivedAt()),
                "接报（" + i.sourceLabel() + "，" + i.channelLabel() + "）：" + Events.excerpt(i.content()))));
        reports.ofEvent(dsl, viewer, event.getId()).forEach(r -> steps.add(new Step(local(r.reportedAt()),
                r.tenantName() + r.title() + "（" + r.channelLabel() + "）：" + Events.excerpt(r.content()))));
        instructions.ofEvent(dsl, viewer, event.getId()).forEach(i -> steps.add(new Step(local(i.issuedAt()),
                i.leaderName() + "（" + i.leaderTitle() + "）批示：" + Events.excerpt(i.content()))));
        var response = responses.of(dsl, viewer, event);
        response.entries().forEach(e -> steps.add(new Step(local(e.decidedAt()),
                (e.body().startsWith(e.tenantName()) ? "" : e.tenantName()) + e.body() + e.actionLabel()
                + (e.levelLabel() == null ? "" : e.levelLabel()) + "应急响应（" + e.decidedBy() + "）"
                + (e.planTitle() == null ? "" : "，启动《" + e.planTitle() + "》"))));
        response.commands().forEach(c -> steps.add(new Step(local(c.establishedAt()), "设立" + c.tenantName() + c.name()
                + "（" + c.kindLabel() + "），负责人" + c.leaderName())));
        steps.add(new Step(local(event.getClosedAt()), "结案（" + event.getClosedBy() + "）"));
        steps.sort(Comparator.comparing(Step::at));
        return steps.size() > CASE_STEPS ? steps.subList(0, CASE_STEPS) : steps;
    }

    private static boolean finalReported(DSLContext dsl, EventRecord event) {
        return dsl.fetchExists(EVENT_REPORT, EVENT_REPORT.EVENT_ID.eq(event.getId())
                .and(EVENT_REPORT.TENANT_CODE.eq(event.getTenantCode()))
                .and(EVENT_REPORT.STAGE.eq(cn.yingji.db.enums.ReportStage.final_)));
    }

    private static EventRecord own(DSLContext dsl, Viewer viewer, UUID id) {
        return TenantRows.own(viewer, Events.load(dsl, id), "只有处置该事件的地区可以评估、结案和回头看");
    }

    private static EventRecord openOwn(DSLContext dsl, Viewer viewer, UUID id) {
        EventRecord event = own(dsl, viewer, id);
        if (event.getStatus() != EventStatus.open) {
            throw ApiException.conflict("event-closed", "该事件已结案");
        }
        return event;
    }

    private static Review review(EventReviewRecord r) {
        ReviewConclusion conclusion = ReviewConclusion.of(r.getConclusion().getLiteral());
        return new Review(r.getId(), r.getReviewedOn(), r.getReviewers(), r.getFindings(), conclusion.literal(),
                conclusion.label(), r.getCreatedBy(), r.getCreatedAt());
    }

    /** The viewer's name in the office's 人员名录 (registered on first sight), never the login name. */
    private static String personName(DSLContext dsl, Viewer viewer) {
        PersonDirectory.register(dsl, viewer);
        return PersonDirectory.nameOf(dsl, viewer.username());
    }

    private static LocalDateTime local(OffsetDateTime at) {
        return at.atZoneSameInstant(China.ZONE).toLocalDateTime();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
