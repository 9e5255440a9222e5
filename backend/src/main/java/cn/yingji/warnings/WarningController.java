package cn.yingji.warnings;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import cn.yingji.warnings.WarningViews.ApproveRequest;
import cn.yingji.warnings.WarningViews.VersionRequest;
import cn.yingji.warnings.WarningViews.Warning;
import cn.yingji.warnings.WarningViews.WarningRequest;
import reactor.core.publisher.Mono;

/** 预警发布: drafts, 签发, publication once, updates and cancellations, 叫应, CAP 1.2 export. */
@RestController
@RequestMapping("/api/v1/warnings")
class WarningController {

    private final Warnings warnings;

    WarningController(Warnings warnings) {
        this.warnings = warnings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Warning> create(Viewer viewer, @Validated @RequestBody WarningRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return warnings.create(viewer, request, idempotencyKey);
    }

    /** {@code scope}: issued (the caller's office's), received (its area's), all; newest first. */
    @GetMapping
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<Warning>> list(Viewer viewer, @RequestParam(required = false) String scope) {
        return warnings.list(viewer, scope);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Warning> get(Viewer viewer, @PathVariable UUID id) {
        return warnings.get(viewer, id);
    }

    /** A draft only: a warning signed off or published is never edited (409). */
    @PutMapping("/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Warning> edit(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody WarningRequest request) {
        return warnings.edit(viewer, id, request);
    }

    /** 签发: checks what CAP 1.2 requires (422 listing what is missing). */
    @PostMapping("/{id}/approve")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Warning> approve(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ApproveRequest request) {
        return warnings.approve(viewer, id, request.approverName(), request.version());
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Warning> publish(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody VersionRequest request) {
        return warnings.publish(viewer, id, request.version());
    }

    /** 更新: a new draft referring to the published warning. */
    @PostMapping("/{id}/update")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Warning> update(Viewer viewer, @PathVariable UUID id) {
        return warnings.followUp(viewer, id, WarningMessage.UPDATE);
    }

    /** 解除: a new draft cancelling the published warning. */
    @PostMapping("/{id}/cancel")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Warning> cancel(Viewer viewer, @PathVariable UUID id) {
        return warnings.followUp(viewer, id, WarningMessage.CANCEL);
    }

    /** 叫应 by a tenant of the area. */
    @PostMapping("/{id}/acknowledge")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Warning> acknowledge(Viewer viewer, @PathVariable UUID id) {
        return warnings.acknowledge(viewer, id);
    }

    /** The published warning as CAP 1.2 XML. */
    @GetMapping(value = "/{id}/cap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @PreAuthorize(Access.OFFICIALS)
    Mono<String> cap(Viewer viewer, @PathVariable UUID id) {
        return warnings.cap(viewer, id);
    }
}
