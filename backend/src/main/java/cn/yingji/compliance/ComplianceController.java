package cn.yingji.compliance;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.compliance.ComplianceService.Dashboard;
import cn.yingji.compliance.ComplianceService.Records;
import cn.yingji.compliance.ComplianceService.Trend;
import cn.yingji.platform.Paging;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 合规看板: the dashboard of a tenant inside the caller's subtree, its trend, the records behind a number, export. */
@RestController
@RequestMapping("/api/v1/compliance")
@PreAuthorize(Access.OFFICIALS)
class ComplianceController {

    private final ComplianceService compliance;

    ComplianceController(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/{tenantCode}")
    Mono<Dashboard> dashboard(Viewer viewer, @PathVariable String tenantCode,
            @RequestParam(required = false) String month) {
        return compliance.dashboard(viewer, tenantCode, month);
    }

    @GetMapping("/{tenantCode}/trend")
    Mono<Trend> trend(Viewer viewer, @PathVariable String tenantCode, @RequestParam(required = false) String month) {
        return compliance.trend(viewer, tenantCode, month);
    }

    @GetMapping("/{tenantCode}/records")
    Mono<Records> records(Viewer viewer, @PathVariable String tenantCode, @RequestParam String metric,
            @RequestParam(defaultValue = "subtree") String scope, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return compliance.records(viewer, tenantCode, metric, scope, page, size);
    }

    /** Exactly the table of the dashboard (same month, lines and columns) as .xlsx. */
    @GetMapping("/{tenantCode}/export.xlsx")
    Mono<ResponseEntity<byte[]>> export(Viewer viewer, @PathVariable String tenantCode,
            @RequestParam(required = false) String month) {
        return compliance.dashboard(viewer, tenantCode, month).map(d -> Spreadsheets.download(
                "合规看板-" + d.tenant().name() + "-" + d.month() + ".xlsx", ComplianceService.xlsx(d)));
    }

    /** Recomputes this month's figures of the subtree from the records now (the job does it regularly). */
    @PostMapping("/{tenantCode}/refresh")
    Mono<Dashboard> refresh(Viewer viewer, @PathVariable String tenantCode) {
        return compliance.refresh(viewer, tenantCode);
    }
}
