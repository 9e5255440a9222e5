package cn.yingji.events;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.attachments.AttachmentFiles;
import cn.yingji.drills.CorrectiveActionViews.Action;
import cn.yingji.drills.CorrectiveActionViews.ActionRequest;
import cn.yingji.events.EventViews.BulletinRequest;
import cn.yingji.events.EventViews.CloseRequest;
import cn.yingji.events.EventViews.CommandRequest;
import cn.yingji.events.EventViews.EvaluationRequest;
import cn.yingji.events.EventViews.Event;
import cn.yingji.events.EventViews.EventRequest;
import cn.yingji.events.EventViews.EventRow;
import cn.yingji.events.EventViews.FeedbackRequest;
import cn.yingji.events.EventViews.InfoBulletin;
import cn.yingji.events.EventViews.Instruction;
import cn.yingji.events.EventViews.InstructionRequest;
import cn.yingji.events.EventViews.IntakeItem;
import cn.yingji.events.EventViews.IntakeRequest;
import cn.yingji.events.EventViews.Report;
import cn.yingji.events.EventViews.ReportRequest;
import cn.yingji.events.EventViews.ResponseRequest;
import cn.yingji.events.EventViews.ReviewRequest;
import cn.yingji.events.EventViews.ScreenRequest;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 统一接报, 事件 and 信息报送: the duty office's intake, its events and the reports every tier sends up. */
@RestController
@RequestMapping("/api/v1")
class EventController {

    private final Intake intake;
    private final Events events;
    private final Reports reports;
    private final Instructions instructions;
    private final EventClosing closing;
    private final InfoBulletins bulletins;
    private final EventResponses responses;

    EventController(Intake intake, Events events, Reports reports, Instructions instructions, EventClosing closing,
            InfoBulletins bulletins, EventResponses responses) {
        this.responses = responses;
        this.closing = closing;
        this.bulletins = bulletins;
        this.intake = intake;
        this.events = events;
        this.reports = reports;
        this.instructions = instructions;
    }

    /** 接报登记 by the duty office, or 信息上报 by a township's or department's 信息员. */
    @PostMapping("/intake")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS_OR_INFORMANTS)
    Mono<IntakeItem> submit(Viewer viewer, @Validated @RequestBody IntakeRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return intake.submit(viewer, request, idempotencyKey);
    }

    /** The office's intake, newest first ({@code state}: new, screened, dismissed); an informant's own. */
    @GetMapping("/intake")
    @PreAuthorize(Access.OFFICIALS_OR_INFORMANTS)
    Mono<List<IntakeItem>> intake(Viewer viewer, @RequestParam(required = false) String state) {
        return intake.list(viewer, state);
    }

    /** 甄别研判: a new event, onto an open event, or aside. */
    @PostMapping("/intake/{id}/screen")
    @PreAuthorize(Access.OFFICIALS)
    Mono<IntakeItem> screen(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ScreenRequest request) {
        return intake.screen(viewer, id, request);
    }

    /** Opens an event of the caller's tenant directly (not from an intake item), with its report clocks. */
    @PostMapping("/events")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Event> create(Viewer viewer, @Validated @RequestBody EventRequest request) {
        return events.open(viewer, request);
    }

    @GetMapping("/events")
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<EventRow>> events(Viewer viewer, @RequestParam(required = false) String status,
            @RequestParam(required = false) String scope) {
        return events.list(viewer, status, scope);
    }

    @GetMapping("/events/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Event> event(Viewer viewer, @PathVariable UUID id) {
        return events.get(viewer, id);
    }

    /** 初报 / 续报 / 终报 on an event the caller reads. */
    @PostMapping("/events/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Report> report(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ReportRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return reports.submit(viewer, id, request, idempotencyKey);
    }

    /** The newest reports ({@code scope}: below — from the tiers below, the console's; own; all). */
    @GetMapping("/reports")
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<Report>> reports(Viewer viewer, @RequestParam(required = false) String scope) {
        return reports.list(viewer, scope);
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Report> reportById(Viewer viewer, @PathVariable UUID id) {
        return reports.get(viewer, id);
    }

    /** 已读: the caller has read a report from below. */
    @PostMapping("/reports/{id}/read")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Report> read(Viewer viewer, @PathVariable UUID id) {
        return reports.read(viewer, id);
    }

    /** 启动/调整/终止 the caller's tier's 应急响应 on an open event it reads; returns the event. */
    @PostMapping("/events/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Event> respond(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ResponseRequest request) {
        return responses.respond(viewer, id, request).then(events.get(viewer, id));
    }

    /** 设立指挥部/工作组 of the caller's tier on an open event it reads; returns the event. */
    @PostMapping("/events/{id}/commands")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Event> command(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody CommandRequest request) {
        return responses.command(viewer, id, request).then(events.get(viewer, id));
    }

    /** 领导批示 on an event the caller reads, to tiers below the caller's. */
    @PostMapping("/events/{id}/instructions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Instruction> instruct(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody InstructionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return instructions.issue(viewer, Instructions.Subject.event(id), request, idempotencyKey);
    }

    /** 领导批示 on a 信息快报 the caller reads (on its event, if it has one), to tiers below the caller's. */
    @PostMapping("/info-bulletins/{id}/instructions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Instruction> instructOnBulletin(Viewer viewer, @PathVariable UUID id,
            @Validated @RequestBody InstructionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return instructions.issue(viewer, Instructions.Subject.bulletin(id), request, idempotencyKey);
    }

    /**
     * 批示 ({@code scope}: received — addressed to the caller's office; issued; all), newest first; {@code bulletin}:
     * those on one 信息快报.
     */
    @GetMapping("/instructions")
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<Instruction>> instructions(Viewer viewer, @RequestParam(required = false) String scope,
            @RequestParam(required = false) UUID bulletin) {
        return instructions.list(viewer, scope, bulletin);
    }

    @GetMapping("/instructions/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Instruction> instruction(Viewer viewer, @PathVariable UUID id) {
        return instructions.get(viewer, id);
    }

    /** 落实情况: an addressee's feedback (again as often as the event needs). */
    @PostMapping("/instructions/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Instruction> feedback(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody FeedbackRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return instructions.feedback(viewer, id, request.content(), idempotencyKey);
    }

    /** 编发《信息快报》/《值班信息》, numbered on issue, with the dialog's Idempotency-Key. */
    @PostMapping("/info-bulletins")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<InfoBulletin> issueBulletin(Viewer viewer, @Validated @RequestBody BulletinRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return bulletins.issue(viewer, request, idempotencyKey);
    }

    /** The bulletins the caller reads ({@code series}: express 信息快报, duty 值班信息), newest first. */
    @GetMapping("/info-bulletins")
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<InfoBulletin>> bulletins(Viewer viewer, @RequestParam(required = false) String series) {
        return bulletins.list(viewer, series);
    }

    @GetMapping("/info-bulletins/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<InfoBulletin> bulletin(Viewer viewer, @PathVariable UUID id) {
        return bulletins.get(viewer, id);
    }

    /** The bulletin for print and fax (PDF with the CJK font). */
    @GetMapping("/info-bulletins/{id}/pdf")
    @PreAuthorize(Access.OFFICIALS)
    Mono<ResponseEntity<byte[]>> bulletinPdf(Viewer viewer, @PathVariable UUID id) {
        return bulletins.pdf(viewer, id).map(pdf -> AttachmentFiles.download("信息快报.pdf", "application/pdf", pdf));
    }

    /** 总结评估 by the office handling the event (again until it is closed); returns the event. */
    @PutMapping("/events/{id}/evaluation")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Event> evaluate(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody EvaluationRequest request) {
        return closing.evaluate(viewer, id, request).flatMap(e -> events.get(viewer, e));
    }

    /** 整改措施 of the event's evaluation (the drills' corrective actions: progress under /corrective-actions). */
    @PostMapping("/events/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Action> addAction(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ActionRequest request) {
        return closing.addAction(viewer, id, request);
    }

    /** 结案: once the office sent its 终报 and evaluated; 409 listing what is missing. */
    @PostMapping("/events/{id}/close")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Event> close(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody CloseRequest request) {
        return closing.close(viewer, id, request.version()).flatMap(e -> events.get(viewer, e));
    }

    /** 转为案例: the closed event as a draft case of the office, once; returns the event (with its {@code caseId}). */
    @PostMapping("/events/{id}/case")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Event> draftCase(Viewer viewer, @PathVariable UUID id) {
        return closing.draftCase(viewer, id).then(events.get(viewer, id));
    }

    /** 回头看 of a closed event of the office; returns the event. */
    @PostMapping("/events/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Event> review(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ReviewRequest request) {
        return closing.review(viewer, id, request).flatMap(e -> events.get(viewer, e));
    }
}
