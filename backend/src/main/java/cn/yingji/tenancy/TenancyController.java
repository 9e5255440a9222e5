package cn.yingji.tenancy;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantQueries.TenantDetail;
import cn.yingji.tenancy.TenantQueries.TenantNode;
import cn.yingji.tenancy.TenantQueries.TenantSummary;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Who am I, and the part of the national tenant tree I may see (my subtree and my ancestors' names). */
@RestController
@RequestMapping("/api/v1")
class TenancyController {

    record TenantView(String code, String name, String tier, String path) {
    }

    record Me(String username, String name, List<String> roles, TenantView tenant, List<TenantSummary> ancestors,
            JsonNode policy) {
    }

    record Tree(TenantNode root, List<TenantSummary> ancestors) {
    }

    private final TenantTx tx;
    private final TenantQueries queries;

    TenancyController(TenantTx tx, TenantQueries queries) {
        this.tx = tx;
        this.queries = queries;
    }

    @GetMapping("/me")
    Mono<Me> me(Viewer viewer) {
        TenantRef t = viewer.tenant();
        return tx.call(viewer, dsl -> {
            PersonDirectory.register(dsl, viewer);
            return new Me(viewer.username(), PersonDirectory.nameOf(dsl, viewer.username()),
                viewer.roles().stream().map(Role::literal).sorted().toList(),
                new TenantView(t.code(), t.name(), t.tier().getLiteral(), t.path()),
                queries.ancestors(dsl, t.path()), queries.policy(dsl, t.code()));
        });
    }

    @GetMapping("/tenants/tree")
    Mono<Tree> tree(Viewer viewer) {
        TenantRef t = viewer.tenant();
        return tx.call(viewer, dsl -> new Tree(queries.subtree(dsl, t.path()), queries.ancestors(dsl, t.path())));
    }

    @GetMapping("/tenants/{code}")
    Mono<TenantDetail> tenant(Viewer viewer, @PathVariable String code) {
        if (!code.matches("\\d{6}")) {
            return Mono.error(ApiException.badRequest("invalid-tenant-code", "行政区划代码应为 6 位数字：" + code));
        }
        return tx.call(viewer, dsl -> queries.detail(dsl, code))
                .flatMap(d -> d.map(Mono::just).orElseGet(() -> Mono.error(ApiException.notFound("tenant-not-found",
                        "未找到行政区划 " + code + "，或不在您的可见范围内"))));
    }
}
