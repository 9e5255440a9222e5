package cn.yingji.obligations;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 待办: what the caller's office must do, by when. */
@RestController
@PreAuthorize(ObligationController.OFFICE)
class ObligationController {

    /** The office's roles: who acts on an office's obligations (an expert's invitations are its own list). */
    static final String OFFICE = "hasAnyRole('county_officer', 'city_official', 'province_official', 'reviewer')";

    private final Obligations obligations;

    ObligationController(Obligations obligations) {
        this.obligations = obligations;
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
            @RequestParam(required = false) java.util.UUID recordId) {
        if (!"open".equals(state) && !"all".equals(state)) {
            throw ApiException.badRequest("invalid-obligation-state", "状态无效，可选值：open（待办）、all（全部）");
        }
        if (limit < 1 || limit > 500) {
            throw ApiException.badRequest("invalid-limit", "条数无效：须在 1 到 500 之间");
        }
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

    /** 关键数字 of the workbench: open, overdue, overdue below. */
    @GetMapping("/api/v1/obligations/summary")
    Mono<Obligations.Summary> summary(Viewer viewer) {
        return obligations.summary(viewer);
    }

    /** 免办: the owner's office no longer owes it, for a reason (its officials; a reviewer answers, never waives). */
    @PostMapping("/api/v1/obligations/{id}/waive")
    @PreAuthorize("hasAnyRole('county_officer', 'city_official', 'province_official')")
    Mono<Obligations.Item> waive(Viewer viewer, @PathVariable java.util.UUID id, @RequestBody(required = false) WaiveRequest request) {
        return obligations.waive(viewer, id, request == null ? null : request.reason());
    }

    record WaiveRequest(String reason) {
    }
}
