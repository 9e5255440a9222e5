package cn.yingji.plans;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.plans.PlanViews.IssueRequest;
import cn.yingji.plans.PlanViews.Page;
import cn.yingji.plans.PlanViews.Plan;
import cn.yingji.plans.PlanViews.PlanRequest;
import cn.yingji.plans.PlanViews.VersionRequest;
import cn.yingji.platform.Paging;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.platform.XlsxResponses;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 应急预案: compile, issue and abolish plans; list and search what the viewer may see. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanController {

    private final Plans plans;
    private final PlanSearch search;
    private final XlsxResponses xlsx;

    PlanController(Plans plans, PlanSearch search, XlsxResponses xlsx) {
        this.plans = plans;
        this.search = search;
        this.xlsx = xlsx;
    }

    @GetMapping
    Mono<Page<Plan>> list(Viewer viewer, @RequestParam(required = false) String status,
            @RequestParam(required = false) String category, @RequestParam(required = false) String tenantCode,
            @RequestParam(required = false) String evaluation, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return plans.list(viewer, new Plans.Filter(status, category, tenantCode, evaluation), page, size);
    }

    /** The list under the same filters, as .xlsx (up to 50,000 rows, the file says when cut), within the viewer's scope. */
    @GetMapping("/export.xlsx")
    Mono<ResponseEntity<byte[]>> export(Viewer viewer, @RequestParam(required = false) String status,
            @RequestParam(required = false) String category, @RequestParam(required = false) String tenantCode,
            @RequestParam(required = false) String evaluation) {
        return plans.list(viewer, new Plans.Filter(status, category, tenantCode, evaluation), 0, Spreadsheets.MAX_ROWS)
                .flatMap(page -> xlsx.download("应急预案.xlsx", () -> PlanExport.xlsx(page.items(), page.total())));
    }

    @GetMapping("/search")
    Mono<PlanSearch.Result> search(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String status,
            @RequestParam(required = false) String eventType, @RequestParam(required = false) String tier,
            @RequestParam(required = false) String evaluation, @RequestParam(required = false) String flag,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "false") boolean facets) {
        Paging.check(page, size);
        return search.search(viewer, new PlanSearch.Query(q, category, status, eventType, tier, evaluation, flag, sort,
                page, size, facets));
    }

    /**
     * The search results under the same words, filters and order as .xlsx: what the 预案管理 page shows, without
     * highlights, up to 50,000 rows (the file says when cut).
     */
    @GetMapping("/search/export.xlsx")
    Mono<ResponseEntity<byte[]>> exportSearch(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String status,
            @RequestParam(required = false) String eventType, @RequestParam(required = false) String tier,
            @RequestParam(required = false) String evaluation, @RequestParam(required = false) String flag,
            @RequestParam(defaultValue = "relevance") String sort) {
        return search.export(viewer, new PlanSearch.Query(q, category, status, eventType, tier, evaluation, flag, sort,
                        0, 0, false), PlanSearch.EXPORT_BATCH, Spreadsheets.MAX_ROWS)
                .flatMap(export -> xlsx.download("应急预案检索结果.xlsx", () -> PlanExport.xlsxOfHits(export)));
    }

    @GetMapping("/{id}")
    Mono<Plan> get(Viewer viewer, @PathVariable UUID id) {
        return plans.get(viewer, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Plan> create(Viewer viewer, @Validated @RequestBody PlanRequest request) {
        return plans.create(viewer, request);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Plan> update(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody PlanRequest request) {
        return plans.update(viewer, id, request);
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Plan> issue(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody IssueRequest request) {
        return plans.issue(viewer, id, request);
    }

    @PostMapping("/{id}/abolish")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Plan> abolish(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody VersionRequest request) {
        return plans.abolish(viewer, id, request.version());
    }
}
