package cn.yingji.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import cn.yingji.duty.DutyViews.AbsenceRequest;
import cn.yingji.duty.DutyViews.AcceptRequest;
import cn.yingji.duty.DutyViews.AnswerRequest;
import cn.yingji.duty.DutyViews.ConclusionRequest;
import cn.yingji.duty.DutyViews.HandoverRequest;
import cn.yingji.duty.DutyViews.LogRequest;
import cn.yingji.duty.DutyViews.PostRequest;
import cn.yingji.duty.DutyViews.ShiftsRequest;
import cn.yingji.duty.DutyViews.SpotCheckRequest;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 值班值守 and 查岗: duty posts, the roster, leaders' absence reports, the duty log, handovers and spot checks. */
@RestController
@RequestMapping("/api/v1/duty")
class DutyController {

    private final Roster roster;
    private final DutyLog log;
    private final SpotChecks spotChecks;

    DutyController(Roster roster, DutyLog log, SpotChecks spotChecks) {
        this.roster = roster;
        this.log = log;
        this.spotChecks = spotChecks;
    }

    /** The duty posts of the caller's office, or of an office below it ({@code tenant}). */
    @GetMapping("/posts")
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<DutyViews.Post>> posts(Viewer viewer, @RequestParam(required = false) String tenant) {
        return roster.posts(viewer, tenant);
    }

    @PostMapping("/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.Post> createPost(Viewer viewer, @Validated @RequestBody PostRequest request) {
        return roster.createPost(viewer, request);
    }

    @PutMapping("/posts/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.Post> updatePost(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody PostRequest request) {
        return roster.updatePost(viewer, id, request);
    }

    /**
     * 值班表 of the caller's office (or of an office below it, {@code tenant}) for {@code days} days from {@code from}
     * (this week when not given), with its gaps and who is on duty now.
     */
    @GetMapping("/roster")
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.Roster> roster(Viewer viewer, @RequestParam(required = false) String tenant,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) Integer days) {
        return roster.roster(viewer, tenant, from, days);
    }

    /** 排班: shifts added to the caller's roster, all or none (400 listing any person's overlapping shifts). */
    @PostMapping("/shifts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.Roster> addShifts(Viewer viewer, @Validated @RequestBody ShiftsRequest request) {
        return roster.addShifts(viewer, request.shifts());
    }

    @DeleteMapping("/shifts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Void> removeShift(Viewer viewer, @PathVariable UUID id) {
        return roster.removeShift(viewer, id);
    }

    /** 离岗报备 of one of the office's leaders. */
    @PostMapping("/absences")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.Absence> reportAbsence(Viewer viewer, @Validated @RequestBody AbsenceRequest request) {
        return roster.reportAbsence(viewer, request);
    }

    /** 值班日志 of the caller's office (or of one below it), newest first. */
    @GetMapping("/log")
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<DutyViews.LogEntry>> log(Viewer viewer, @RequestParam(required = false) String tenant) {
        return log.entries(viewer, tenant);
    }

    @PostMapping("/log")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.LogEntry> addLog(Viewer viewer, @Validated @RequestBody LogRequest request) {
        return log.log(viewer, request.content());
    }

    /** 交接班 of the caller's office (or of one below it), newest first. */
    @GetMapping("/handovers")
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<DutyViews.Handover>> handovers(Viewer viewer, @RequestParam(required = false) String tenant) {
        return log.handovers(viewer, tenant);
    }

    @GetMapping("/handovers/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.Handover> handover(Viewer viewer, @PathVariable UUID id) {
        return log.handover(viewer, id);
    }

    /** 交班: the office's open clocks handed over to the next shift. */
    @PostMapping("/handovers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.Handover> handOver(Viewer viewer, @Validated @RequestBody HandoverRequest request) {
        return log.handOver(viewer, request.note());
    }

    /** 接班: every item acknowledged by the incoming officer. */
    @PostMapping("/handovers/{id}/accept")
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.Handover> accept(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody AcceptRequest request) {
        return log.accept(viewer, id, request.itemIds());
    }

    /** 查岗 of a tier below the caller's. */
    @PostMapping("/spot-checks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.SpotCheck> check(Viewer viewer, @Validated @RequestBody SpotCheckRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return spotChecks.check(viewer, request, idempotencyKey);
    }

    /** 随机抽查: checks at random moments of a period (a holiday, a sensitive period), kept from the checked until sent. */
    @PostMapping("/spot-checks/schedule")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<DutyViews.SpotCheck>> schedule(Viewer viewer, @Validated @RequestBody DutyViews.ScheduleRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return spotChecks.schedule(viewer, request, idempotencyKey);
    }

    /** Spot checks ({@code scope}: issued, received, pending — the prompt's, all), newest first. */
    @GetMapping("/spot-checks")
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<DutyViews.SpotCheck>> spotChecks(Viewer viewer, @RequestParam(required = false) String scope) {
        return spotChecks.list(viewer, scope);
    }

    @GetMapping("/spot-checks/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.SpotCheck> spotCheck(Viewer viewer, @PathVariable UUID id) {
        return spotChecks.get(viewer, id);
    }

    /** 应答 by the checked office's officer on duty. */
    @PostMapping("/spot-checks/{id}/answer")
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.SpotCheck> answer(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody AnswerRequest request) {
        return spotChecks.answer(viewer, id, request.note());
    }

    /** 查岗结论 by the checking tier: violation, rectification, sanction. */
    @PostMapping("/spot-checks/{id}/conclusion")
    @PreAuthorize(Access.OFFICIALS)
    Mono<DutyViews.SpotCheck> conclude(Viewer viewer, @PathVariable UUID id,
            @Validated @RequestBody ConclusionRequest request) {
        return spotChecks.conclude(viewer, id, request);
    }
}
