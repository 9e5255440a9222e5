package cn.yingji.experts;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.experts.ExpertViews.EvaluationRequest;
import cn.yingji.experts.ExpertViews.FeeRequest;
import cn.yingji.experts.ExpertViews.Invocation;
import cn.yingji.experts.ExpertViews.InvocationRequest;
import cn.yingji.experts.ExpertViews.ResponseRequest;
import cn.yingji.experts.ExpertViews.WorkRecordRequest;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 专家调用: request, answer, work record, evaluation and fee. */
@RestController
@RequestMapping("/api/v1/expert-invocations")
@PreAuthorize(Access.INVOKERS)
class InvocationController {

    private final Invocations invocations;

    InvocationController(Invocations invocations) {
        this.invocations = invocations;
    }

    /** Requested by the viewer's office or by the offices below it. */
    @GetMapping
    Mono<List<Invocation>> requested(Viewer viewer) {
        return invocations.requested(viewer);
    }

    /** Addressed to the experts the viewer's office registered; for an expert, its own invitations (我的邀请). */
    @GetMapping("/addressed")
    @PreAuthorize(Access.INVOKERS_OR_EXPERT)
    Mono<List<Invocation>> addressed(Viewer viewer) {
        return invocations.addressed(viewer);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.INVOKERS_OR_EXPERT)
    Mono<Invocation> get(Viewer viewer, @PathVariable UUID id) {
        return invocations.get(viewer, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Invocation> request(Viewer viewer, @Validated @RequestBody InvocationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            return Mono.error(ApiException.badRequest("invalid-idempotency-key", "Idempotency-Key 须为 1–200 个字符"));
        }
        return invocations.request(viewer, request, idempotencyKey);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(Access.INVOKERS_OR_EXPERT)
    Mono<Invocation> accept(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ResponseRequest request) {
        return invocations.respond(viewer, id, true, request.note());
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize(Access.INVOKERS_OR_EXPERT)
    Mono<Invocation> decline(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ResponseRequest request) {
        return invocations.respond(viewer, id, false, request.note());
    }

    @PostMapping("/{id}/work-record")
    @PreAuthorize(Access.INVOKERS_OR_EXPERT)
    Mono<Invocation> recordWork(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody WorkRecordRequest request) {
        return invocations.recordWork(viewer, id, request.workRecord(), request.version());
    }

    @PostMapping("/{id}/evaluation")
    Mono<Invocation> evaluate(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody EvaluationRequest request) {
        return invocations.evaluate(viewer, id, request.score(), request.comment(), request.version());
    }

    @PostMapping("/{id}/fee")
    Mono<Invocation> recordFee(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody FeeRequest request) {
        return invocations.recordFee(viewer, id, request.amount(), request.note(), request.version());
    }
}
