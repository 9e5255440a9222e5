package cn.yingji.events;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.events.EventViews.DecisionRequest;
import cn.yingji.events.EventViews.Finding;
import cn.yingji.events.EventViews.FindingFigures;
import cn.yingji.events.EventViews.FindingRequest;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 漏报/瞒报/谎报: the findings of offices about the reporting of the regions below them. */
@RestController
@RequestMapping("/api/v1/report-findings")
class ReportFindingController {

    private final ReportFindings findings;

    ReportFindingController(ReportFindings findings) {
        this.findings = findings;
    }

    /**
     * The findings the caller reads, newest first ({@code scope}: own — made by its office, about — confirmed ones
     * about it, below — made by the tiers below, all; {@code state}: candidate, confirmed, dismissed).
     */
    @GetMapping
    @PreAuthorize(Access.OFFICIALS)
    Mono<List<Finding>> list(Viewer viewer, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String state) {
        return findings.list(viewer, scope, state);
    }

    /** 记录漏报/瞒报/谎报 after 核查, about a region below the caller's, with the basis. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Finding> record(Viewer viewer, @Validated @RequestBody FindingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return findings.record(viewer, request, idempotencyKey);
    }

    /** 认定 or 排除 a 疑似漏报 of the caller's office, with the basis and the version read. */
    @PostMapping("/{id}/decision")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Finding> decide(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody DecisionRequest request) {
        return findings.decide(viewer, id, request);
    }

    /** 报送问题统计 of a region (default the caller's own; one below it) and each region below it. */
    @GetMapping("/figures")
    @PreAuthorize(Access.OFFICIALS)
    Mono<FindingFigures> figures(Viewer viewer, @RequestParam(required = false) String region) {
        return findings.figures(viewer, region);
    }
}
