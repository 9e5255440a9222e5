package cn.yingji.cases;

import java.util.List;
import java.util.UUID;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.cases.CaseViews.Case;
import cn.yingji.cases.CaseViews.CaseRequest;
import cn.yingji.cases.CaseViews.CaseRow;
import cn.yingji.cases.CaseViews.DescriptionRequest;
import cn.yingji.cases.CaseViews.Page;
import cn.yingji.cases.CaseViews.SavedSearch;
import cn.yingji.cases.CaseViews.SavedSearchRequest;
import cn.yingji.cases.CaseViews.WorkflowRequest;
import cn.yingji.cases.CaseWorkflow.Action;
import cn.yingji.platform.Paging;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** 典型案例库: case records and their publication, expert search, similar cases, saved searches. */
@RestController
@RequestMapping("/api/v1")
class CaseController {

    private final Cases cases;
    private final CaseSearch search;
    private final CaseAttachments attachments;
    private final SavedSearches saved;
    CaseController(Cases cases, CaseSearch search, CaseAttachments attachments, SavedSearches saved) {
        this.cases = cases;
        this.search = search;
        this.attachments = attachments;
        this.saved = saved;
    }

    @GetMapping("/cases")
    Mono<Page<CaseRow>> list(Viewer viewer, @RequestParam(required = false) String status,
            @RequestParam(required = false) String eventType, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String scope, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return cases.list(viewer, new Cases.Filter(status, eventType, year, scope, page, size));
    }

    @GetMapping("/cases/search")
    Mono<CaseSearch.Result> search(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String eventType, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String region, @RequestParam(required = false) String year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "false") boolean facets) {
        Paging.check(page, size);
        return search.search(viewer, new CaseSearch.Query(q, eventType, severity, region, year, page, size, facets));
    }

    /** 相似案例 of an event unfolding now, from a free description. */
    @PostMapping("/cases/similar")
    Mono<List<CaseSearch.Item>> similarToText(Viewer viewer, @RequestBody DescriptionRequest request,
            @RequestParam(defaultValue = "10") int size) {
        return search.similarToText(viewer, request.description(), size);
    }

    @GetMapping("/cases/{id}")
    Mono<Case> get(Viewer viewer, @PathVariable UUID id) {
        return cases.get(viewer, id);
    }

    @GetMapping("/cases/{id}/similar")
    Mono<List<CaseSearch.Item>> similarToCase(Viewer viewer, @PathVariable UUID id,
            @RequestParam(defaultValue = "5") int size) {
        return search.similarToCase(viewer, id, size);
    }

    @GetMapping("/plans/{id}/similar-cases")
    Mono<List<CaseSearch.Item>> similarToPlan(Viewer viewer, @PathVariable UUID id,
            @RequestParam(defaultValue = "5") int size) {
        return search.similarToPlan(viewer, id, size);
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Case> create(Viewer viewer, @Validated @RequestBody CaseRequest request) {
        return cases.create(viewer, request);
    }

    @PutMapping("/cases/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Case> update(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody CaseRequest request) {
        return cases.update(viewer, id, request);
    }

    /** 审核 (本单位): draft → reviewed, shared up to the tiers that publish. */
    @PostMapping("/cases/{id}/review")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Case> review(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody WorkflowRequest request) {
        return cases.transition(viewer, id, Action.REVIEW, request.version(), request.note(), false);
    }

    /** 发布: reviewed → published, read by every tenant; {@code classic}: as a 经典案例. */
    @PostMapping("/cases/{id}/publish")
    @PreAuthorize(Access.REVIEWERS)
    Mono<Case> publish(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody WorkflowRequest request) {
        return cases.transition(viewer, id, Action.PUBLISH, request.version(), request.note(),
                request.isClassic());
    }

    /** 撤回 (the compiler) or 退回 (a reviewer above, with a reason): back to draft. */
    @PostMapping("/cases/{id}/withdraw")
    @PreAuthorize(Access.OFFICIALS_OR_REVIEWERS)
    Mono<Case> withdraw(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody WorkflowRequest request) {
        return cases.transition(viewer, id, Action.WITHDRAW, request.version(), request.note(), false);
    }

    /** 案例附件: .docx, .pdf, .jpg, .png, checked by content. */
    @PostMapping(path = "/cases/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<CaseAttachments.Attachment> upload(Viewer viewer, @PathVariable UUID id,
            @RequestPart(name = "file", required = false) Mono<FilePart> file) {
        return attachments.upload(viewer, id, file);
    }

    @GetMapping("/cases/{id}/attachments")
    Mono<List<CaseAttachments.Attachment>> attachments(Viewer viewer, @PathVariable UUID id) {
        return attachments.list(viewer, id);
    }

    @GetMapping("/case-attachments/{id}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(Viewer viewer, @PathVariable UUID id) {
        return attachments.download(viewer, id);
    }

    @DeleteMapping("/case-attachments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Void> deleteAttachment(Viewer viewer, @PathVariable UUID id) {
        return attachments.delete(viewer, id);
    }

    /** 保存的检索 of the signed-in user. */
    @GetMapping("/case-searches")
    Mono<List<SavedSearch>> savedSearches(Viewer viewer) {
        return saved.list(viewer);
    }

    @PostMapping("/case-searches")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SavedSearch> saveSearch(Viewer viewer, @Validated @RequestBody SavedSearchRequest request) {
        return saved.create(viewer, request);
    }

    @DeleteMapping("/case-searches/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> deleteSearch(Viewer viewer, @PathVariable UUID id) {
        return saved.delete(viewer, id);
    }
}
