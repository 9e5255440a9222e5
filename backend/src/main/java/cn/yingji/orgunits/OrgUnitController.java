package cn.yingji.orgunits;

import java.util.List;
import java.util.UUID;

import jakarta.validation.groups.Default;

import org.springframework.http.HttpStatus;
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

import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 组织单位管理: maintained by the tenant admin (单位管理员) of each tenant. */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitController {

    private final OrgUnits orgUnits;

    OrgUnitController(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    /** Units of the caller's tenant, or of a tenant below it ({@code tenantCode}) that shares them up. */
    @GetMapping
    Mono<List<OrgUnit>> list(Viewer viewer, @RequestParam(required = false) String tenantCode) {
        if (tenantCode != null && !tenantCode.matches("\\d{6}")) {
            return Mono.error(ApiException.badRequest("invalid-tenant-code", "行政区划代码应为 6 位数字"));
        }
        return orgUnits.list(viewer, tenantCode);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMINS)
    Mono<OrgUnit> create(Viewer viewer, @Validated @RequestBody OrgUnitRequest request) {
        return orgUnits.create(viewer, request);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.ADMINS)
    Mono<OrgUnit> update(Viewer viewer, @PathVariable UUID id,
            @Validated({Default.class, OrgUnitRequest.Update.class}) @RequestBody OrgUnitRequest request) {
        return orgUnits.update(viewer, id, request);
    }
}
