package cn.yingji.filings;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.filings.FilingViews.Filing;
import cn.yingji.filings.FilingViews.Material;
import cn.yingji.filings.FilingViews.ReturnRequest;
import cn.yingji.filings.FilingViews.RoutePreview;
import cn.yingji.filings.FilingViews.TimelineEntry;
import cn.yingji.plans.PlanViews.VersionRequest;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.platform.XlsxResponses;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 备案: the materials a plan must carry, submit a plan, the reviewer's inbox, accept or return, the receipt, and a plan's timeline. */
@RestController
class FilingController {

    private final PlanFilings filings;
    private final FilingReceipts receipts;
    private final JdbcScheduler blocking;
    private final XlsxResponses xlsx;

    FilingController(PlanFilings filings, FilingReceipts receipts, JdbcScheduler blocking, XlsxResponses xlsx) {
        this.filings = filings;
        this.receipts = receipts;
        this.blocking = blocking;
        this.xlsx = xlsx;
    }

    @PostMapping("/api/v1/plans/{id}/submit")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Filing> submit(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody VersionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return filings.submit(viewer, id, request.version(), idempotencyKey);
    }

    /** 备案去向 of a plan being compiled: the form shows it while the plan is still a draft. */
    @GetMapping("/api/v1/plans/filing-route")
    @PreAuthorize(Access.OFFICIALS)
    Mono<RoutePreview> route(Viewer viewer, @RequestParam String category, @RequestParam UUID ownerUnitId,
            @RequestParam(required = false) String jointBasis,
            @RequestParam(required = false) List<String> participantCodes) {
        return filings.preview(viewer, category, ownerUnitId, jointBasis, participantCodes);
    }

    @GetMapping("/api/v1/plans/{id}/filing-materials")
    Mono<List<Material>> materials(Viewer viewer, @PathVariable UUID id) {
        return filings.materials(viewer, id);
    }

    @GetMapping("/api/v1/plans/{id}/filings")
    Mono<List<Filing>> ofPlan(Viewer viewer, @PathVariable UUID id) {
        return filings.ofPlan(viewer, id);
    }

    @GetMapping("/api/v1/plans/{id}/timeline")
    Mono<List<TimelineEntry>> timeline(Viewer viewer, @PathVariable UUID id) {
        return filings.timeline(viewer, id);
    }

    @GetMapping("/api/v1/filings/inbox")
    @PreAuthorize(Access.REVIEWERS)
    Mono<List<Filing>> inbox(Viewer viewer, @RequestParam(required = false) String status) {
        return filings.inbox(viewer, status);
    }

    /** The inbox under the same filter as .xlsx, with the late flags a reviewer is judged by. */
    @GetMapping("/api/v1/filings/inbox/export.xlsx")
    @PreAuthorize(Access.REVIEWERS)
    Mono<ResponseEntity<byte[]>> inboxExport(Viewer viewer, @RequestParam(required = false) String status) {
        return filings.inbox(viewer, status)
                .flatMap(list -> xlsx.download("备案审查.xlsx", () -> Spreadsheets.xlsx("备案审查", INBOX_HEADERS, list.stream()
                        .map(f -> java.util.Arrays.<Object>asList(f.planTitle(), f.planVersionNo(), f.submitterTenantName(),
                                f.submittedOn().toString(), f.filingDueOn().toString(), f.late() ? "是" : "否",
                                f.acknowledgementDueOn().toString(), f.acknowledgementLate() ? "是" : "否",
                                f.deemedFiled() ? "视为已备案" : STATUS_LABELS.getOrDefault(f.status(), f.status()),
                                f.decision() == null ? null : f.decision().filingNumber()))
                        .toList())));
    }

    private static final List<String> INBOX_HEADERS = List.of("预案名称", "版本", "报送地区", "报送日期", "备案期限",
            "逾期报送", "回执期限", "逾期回执", "状态", "备案编号");
    private static final java.util.Map<String, String> STATUS_LABELS = java.util.Map.of("pending", "待审查", "filed",
            "已备案", "returned", "已退回");

    @PostMapping("/api/v1/filings/{id}/accept")
    @PreAuthorize(Access.REVIEWERS)
    Mono<Filing> accept(Viewer viewer, @PathVariable UUID id) {
        return filings.accept(viewer, id);
    }

    @PostMapping("/api/v1/filings/{id}/return")
    @PreAuthorize(Access.REVIEWERS)
    Mono<Filing> giveBack(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ReturnRequest request) {
        return filings.giveBack(viewer, id, request.reason());
    }

    @GetMapping("/api/v1/filings/{id}/receipt.pdf")
    Mono<ResponseEntity<byte[]>> receipt(Viewer viewer, @PathVariable UUID id) {
        return filings.acceptedFiling(viewer, id)
                .flatMap(filing -> blocking.call(() -> receipts.render(filing))
                        .map(pdf -> ResponseEntity.ok()
                                .contentType(MediaType.APPLICATION_PDF)
                                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                        .filename("备案回执-" + filing.decision().filingNumber() + ".pdf",
                                                java.nio.charset.StandardCharsets.UTF_8)
                                        .build().toString())
                                .body(pdf)));
    }
}
