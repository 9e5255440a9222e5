package cn.yingji.drills;

import java.util.List;
import java.util.UUID;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.drills.CorrectiveActionViews.Action;
import cn.yingji.drills.CorrectiveActionViews.ActionProgress;
import cn.yingji.drills.CorrectiveActionViews.ActionRequest;
import cn.yingji.drills.DrillViews.Compliance;
import cn.yingji.drills.DrillViews.Drill;
import cn.yingji.drills.DrillViews.DrillRequest;
import cn.yingji.drills.DrillViews.DrillRow;
import cn.yingji.drills.DrillViews.EvaluationRequest;
import cn.yingji.drills.DrillViews.Page;
import cn.yingji.drills.DrillViews.TriggerRequest;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.China;
import cn.yingji.platform.Paging;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.platform.XlsxResponses;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** 应急演练: drill plans and records, their evaluation and corrective actions, and drill-frequency status. */
@RestController
@RequestMapping("/api/v1")
class DrillController {

    private static final List<String> EXPORT_HEADERS = List.of("演练名称", "组织地区", "组织单位", "形式", "状态", "计划年度",
            "计划日期", "举办日期", "参演地区", "已评估");

    private final Drills drills;
    private final CorrectiveActions actions;
    private final DrillCompliance compliance;
    private final DrillSearch search;
    private final DrillAttachments attachments;
    private final XlsxResponses xlsx;

    DrillController(Drills drills, CorrectiveActions actions, DrillCompliance compliance, DrillSearch search,
            DrillAttachments attachments, XlsxResponses xlsx) {
        this.drills = drills;
        this.attachments = attachments;
        this.actions = actions;
        this.compliance = compliance;
        this.search = search;
        this.xlsx = xlsx;
    }

    @GetMapping("/drills")
    Mono<Page<DrillRow>> list(Viewer viewer, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, @RequestParam(required = false) String form,
            @RequestParam(required = false) String scope, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return drills.list(viewer, new Drills.Filter(year, status, form, scope, page, size));
    }

    /** The drill list as .xlsx, with the same filters, within the viewer's scope. */
    @GetMapping("/drills/export.xlsx")
    Mono<ResponseEntity<byte[]>> export(Viewer viewer, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, @RequestParam(required = false) String form,
            @RequestParam(required = false) String scope) {
        return drills.list(viewer, new Drills.Filter(year, status, form, scope, 0, Spreadsheets.MAX_ROWS))
                .flatMap(p -> xlsx.download("应急演练.xlsx", p.total(), Spreadsheets.MAX_ROWS,
                        "演练超过 " + Spreadsheets.MAX_ROWS + " 条，请按年度或状态筛选后再导出",
                        () -> Spreadsheets.xlsx("演练", EXPORT_HEADERS, p.items().stream()
                                // a unit the viewer may not read has no name: the cell stays empty
                                .map(d -> java.util.Arrays.<Object>asList(d.title(), d.tenantName(), d.organizerUnitName(),
                                        d.formLabel(), d.statusLabel(), d.planYear(), d.plannedOn(), d.heldOn(),
                                        String.join("、", d.participantNames()), d.evaluated() ? "是" : "否"))
                                .toList())));
    }

    @GetMapping("/drills/search")
    Mono<DrillSearch.Result> search(Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String form, @RequestParam(required = false) String status,
            @RequestParam(required = false) String eventType, @RequestParam(required = false) String year,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String attention,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return search.search(viewer, new DrillSearch.Query(q, form, status, eventType, year, tier, attention, page, size));
    }

    /** 演练频次: due status of the viewer's plans and units, and the annual plan against what was held. */
    @GetMapping("/drills/compliance")
    Mono<Compliance> compliance(Viewer viewer, @RequestParam(required = false) Integer year) {
        int y = year == null ? China.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            return Mono.error(ApiException.badRequest("invalid-year", "年度无效：" + y));
        }
        return compliance.of(viewer, y);
    }

    @GetMapping("/drills/{id}")
    Mono<Drill> get(Viewer viewer, @PathVariable UUID id) {
        return drills.get(viewer, id);
    }

    @PostMapping("/drills")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Drill> create(Viewer viewer, @Validated @RequestBody DrillRequest request) {
        return drills.create(viewer, request);
    }

    @PutMapping("/drills/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Drill> update(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody DrillRequest request) {
        return drills.update(viewer, id, request);
    }

    @PutMapping("/drills/{id}/evaluation")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Drill> evaluate(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody EvaluationRequest request) {
        return drills.evaluate(viewer, id, request);
    }

    /** 演练附件和照片: .docx, .pdf, .jpg, .png, checked by content. */
    @PostMapping(path = "/drills/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<DrillAttachments.Attachment> upload(Viewer viewer, @PathVariable UUID id,
            @RequestPart(name = "file", required = false) Mono<FilePart> file) {
        return attachments.upload(viewer, id, file);
    }

    @GetMapping("/drills/{id}/attachments")
    Mono<List<DrillAttachments.Attachment>> attachments(Viewer viewer, @PathVariable UUID id) {
        return attachments.list(viewer, id);
    }

    @GetMapping("/drill-attachments/{id}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(Viewer viewer, @PathVariable UUID id) {
        return attachments.download(viewer, id);
    }

    @DeleteMapping("/drill-attachments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Void> deleteAttachment(Viewer viewer, @PathVariable UUID id) {
        return attachments.delete(viewer, id);
    }

    @PostMapping("/drills/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Action> addAction(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ActionRequest request) {
        return actions.create(viewer, id, request);
    }

    /** 整改措施: those assigned to the viewer's region, of its drills, or of the regions below it. */
    @GetMapping("/corrective-actions")
    Mono<List<Action>> actions(Viewer viewer, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String state) {
        return actions.list(viewer, new CorrectiveActions.Filter(scope, state));
    }

    @PutMapping("/corrective-actions/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Action> progress(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody ActionProgress request) {
        return actions.progress(viewer, id, request);
    }

    @PostMapping("/corrective-actions/{id}/revision-trigger")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Action> raiseTrigger(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody TriggerRequest request) {
        return actions.raiseTrigger(viewer, id, request.planId());
    }
}
