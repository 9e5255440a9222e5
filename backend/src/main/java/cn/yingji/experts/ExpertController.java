package cn.yingji.experts;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.experts.ExpertViews.AccountLinkRequest;
import cn.yingji.experts.ExpertViews.Expert;
import cn.yingji.experts.ExpertViews.ExpertRequest;
import cn.yingji.experts.ExpertViews.LeavePoolRequest;
import cn.yingji.experts.ExpertViews.Page;
import cn.yingji.experts.ExpertViews.VersionRequest;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.platform.Paging;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.platform.XlsxResponses;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 专家库: register and manage experts, search the pool, import and export it, propose experts for a review. */
@RestController
class ExpertController {

    private final Experts experts;
    private final ExpertSearch search;
    private final TenantTx tx;
    private final JdbcScheduler blocking;
    private final XlsxResponses xlsx;

    ExpertController(Experts experts, ExpertSearch search, TenantTx tx, JdbcScheduler blocking, XlsxResponses xlsx) {
        this.experts = experts;
        this.search = search;
        this.tx = tx;
        this.blocking = blocking;
        this.xlsx = xlsx;
    }

    @GetMapping("/api/v1/experts")
    Mono<Page<Expert>> list(Viewer viewer, @RequestParam(required = false) String tenantCode,
            @RequestParam(required = false) String specialty, @RequestParam(required = false) String level,
            @RequestParam(required = false) String availability, @RequestParam(required = false) Boolean inPool,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return experts.list(viewer, new Experts.Filter(tenantCode, specialty, level, availability, inPool), page, size);
    }

    /** The list under the same filters as .xlsx (up to 50,000 rows), within the viewer's scope. */
    @GetMapping("/api/v1/experts/export.xlsx")
    Mono<ResponseEntity<byte[]>> export(Viewer viewer, @RequestParam(required = false) String tenantCode,
            @RequestParam(required = false) String specialty, @RequestParam(required = false) String level,
            @RequestParam(required = false) String availability, @RequestParam(required = false) Boolean inPool) {
        return experts.list(viewer, new Experts.Filter(tenantCode, specialty, level, availability, inPool), 0,
                        Spreadsheets.MAX_ROWS)
                .flatMap(page -> xlsx.download("专家库.xlsx", page.total(), Spreadsheets.MAX_ROWS,
                        "专家超过 " + Spreadsheets.MAX_ROWS + " 人，请增加筛选条件后再导出",
                        () -> ExpertSheet.export(page.items())));
    }

    @GetMapping("/api/v1/experts/import-template.xlsx")
    Mono<ResponseEntity<byte[]>> template() {
        return xlsx.download("专家导入模板.xlsx", ExpertSheet::template);
    }

    /** 批量导入: all rows or none; a bad row answers 422 with every problem of every row. */
    @PostMapping(path = "/api/v1/experts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Access.INVOKERS)
    Mono<ImportResult> importSheet(Viewer viewer, @RequestPart(name = "file", required = false) Mono<FilePart> file) {
        // the part is read only here, after the role check: a viewer who may not import is answered before its upload
        return file.switchIfEmpty(Mono.error(() -> ApiException.badRequest("import-file-missing",
                        "请选择要导入的 .xlsx 文件（表单字段 file）")))
                .flatMap(Spreadsheets::upload)
                .flatMap(bytes -> blocking.call(() -> ExpertSheet.read(bytes)))
                .flatMap(rows -> experts.importAll(viewer, rows))
                .map(ImportResult::new);
    }

    record ImportResult(int imported) {
    }

    @GetMapping("/api/v1/experts/search")
    Mono<ExpertSearch.Result> search(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String specialty, @RequestParam(required = false) String level,
            @RequestParam(required = false) String availability, @RequestParam(required = false) String tier,
            @RequestParam(required = false) String tenantCode, @RequestParam(required = false) Boolean inPool,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "false") boolean facets) {
        Paging.check(page, size);
        return search.search(viewer, new ExpertSearch.Query(q, specialty, level, availability, tier, tenantCode, inPool,
                page, size, facets));
    }

    /** 专家推荐 for a plan review: eligible experts, nearest tier first. */
    @GetMapping("/api/v1/plans/{id}/expert-candidates")
    @PreAuthorize(Access.INVOKERS)
    Mono<ExpertSearch.Candidates> candidates(Viewer viewer, @PathVariable UUID id,
            @RequestParam(defaultValue = "20") int size) {
        Paging.check(0, size);
        return tx.call(viewer, dsl -> Invocations.reviewedPlan(dsl, id))
                .flatMap(plan -> search.candidates(viewer, plan, size));
    }

    @GetMapping("/api/v1/experts/{id}")
    Mono<Expert> get(Viewer viewer, @PathVariable UUID id) {
        return experts.get(viewer, id);
    }

    @PostMapping("/api/v1/experts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.INVOKERS)
    Mono<Expert> create(Viewer viewer, @Validated @RequestBody ExpertRequest request) {
        return experts.create(viewer, request);
    }

    @PutMapping("/api/v1/experts/{id}")
    @PreAuthorize(Access.INVOKERS)
    Mono<Expert> update(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ExpertRequest request) {
        return experts.update(viewer, id, request);
    }

    /** 出库. */
    @PostMapping("/api/v1/experts/{id}/leave-pool")
    @PreAuthorize(Access.INVOKERS)
    Mono<Expert> leavePool(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody LeavePoolRequest request) {
        return experts.leavePool(viewer, id, request.reason(), request.outOn(), request.version());
    }

    /** 关联专家本人账号（登记单位确认）. */
    @PutMapping("/api/v1/experts/{id}/account")
    @PreAuthorize(Access.INVOKERS)
    Mono<Expert> linkAccount(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody AccountLinkRequest request) {
        return experts.linkAccount(viewer, id, request.username(), request.version());
    }

    /** 重新入库. */
    @PostMapping("/api/v1/experts/{id}/return-to-pool")
    @PreAuthorize(Access.INVOKERS)
    Mono<Expert> returnToPool(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody VersionRequest request) {
        return experts.returnToPool(viewer, id, request.version());
    }
}
