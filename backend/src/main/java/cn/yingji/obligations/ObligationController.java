package cn.yingji.obligations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 待办: what the caller's office must do, by when. */
@RestController
@PreAuthorize(Access.OFFICIALS_OR_REVIEWERS)
class ObligationController {

    private final Obligations obligations;
    private final ObligationFigures figures;

    ObligationController(Obligations obligations, ObligationFigures figures) {
        this.obligations = obligations;
        this.figures = figures;
    }

    /**
     * {@code scope=assigned} (default): what the caller's office must do — {@code state=open} (default) the open
     * ones, soonest due first, {@code state=all} the closed ones after them; {@code scope=below}: what the tenants
     * below it let pass its due time (下级逾期), longest overdue first. With {@code recordId}: the obligations of
     * that record the caller reads (a plan's 预案备案 and 预案评估, whoever owes them), the open ones first.
     */
    @GetMapping("/api/v1/obligations")
    Mono<List<Obligations.Item>> list(Viewer viewer, @RequestParam(defaultValue = "assigned") String scope,
            @RequestParam(defaultValue = "open") String state, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) UUID recordId) {
        if (!"open".equals(state) && !"all".equals(state)) {
            throw ApiException.badRequest("invalid-obligation-state", "状态无效，可选值：open（待办）、all（全部）");
        }
        checkLimit(limit);
        if (recordId != null) {
            return obligations.ofRecord(viewer, recordId, "all".equals(state), limit);
        }
        return switch (scope) {
            case "assigned" -> obligations.assigned(viewer, "all".equals(state), limit);
            case "below" -> obligations.overdueBelow(viewer, limit);
            default -> throw ApiException.badRequest("invalid-obligation-scope",
                    "范围无效，可选值：assigned（本单位待办）、below（下级逾期）");
        };
    }

    /**
     * 时限办理: the figures of a region (default the caller's own; one below it) and each region below it, live, over
     * the obligations due since {@code since} (default January 1st) or still open.
     */
    @GetMapping("/api/v1/obligations/figures")
    Mono<ObligationFigures.Figures> figures(Viewer viewer, @RequestParam(required = false) String region,
            @RequestParam(required = false) String since) {
        return figures.figures(viewer, region, since(since));
    }

    /**
     * The obligations behind one number of the figures: the region's own ({@code scope=own}, 本级) or its subtree
     * ({@code scope=subtree}), one kind or all, one outcome (on_time, late, overdue, pending, waived).
     */
    @GetMapping("/api/v1/obligations/figures/records")
    Mono<List<Obligations.Item>> figureRecords(Viewer viewer, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "subtree") String scope, @RequestParam(required = false) String kind,
            @RequestParam String outcome, @RequestParam(required = false) String since,
            @RequestParam(defaultValue = "200") int limit) {
        if (!"own".equals(scope) && !"subtree".equals(scope)) {
            throw ApiException.badRequest("invalid-obligation-scope", "范围无效，可选值：own（本级）、subtree（含下级）");
        }
        checkLimit(limit);
        return figures.records(viewer, region, "subtree".equals(scope), kind, outcome, since(since), limit);
    }

    private static LocalDate since(String value) {
        if (value == null || value.isBlank()) {
            return ObligationFigures.startOfYear();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-since", "起始日期格式无效：应为 yyyy-MM-dd，例如 2026-01-01");
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > 500) {
            throw ApiException.badRequest("invalid-limit", "条数无效：须在 1 到 500 之间");
        }
    }

    /** 关键数字 of the workbench: open, overdue, overdue below. */
    @GetMapping("/api/v1/obligations/summary")
    Mono<Obligations.Summary> summary(Viewer viewer) {
        return obligations.summary(viewer);
    }

    /** 免办: the owner's office no longer owes it, for a reason (its officials; a reviewer answers, never waives). */
    @PostMapping("/api/v1/obligations/{id}/waive")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Obligations.Item> waive(Viewer viewer, @PathVariable UUID id, @RequestBody(required = false) WaiveRequest request) {
        return obligations.waive(viewer, id, request == null ? null : request.reason());
    }

    record WaiveRequest(String reason) {
    }
}
