package cn.yingji.filing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.yingji.platform.ApiException;
import tools.jackson.databind.JsonNode;

/**
 * Finds where a plan is filed (第二十六条, 国办发〔2024〕5号) from the routing table {@code filing.routes} of the
 * owner tenant's effective policy. The rules are data: a province changes a route by overriding that list, and
 * this class knows nothing of categories or unit kinds beyond matching them and resolving the table's tenant
 * references {@code own}, {@code parent} and {@code commonAncestor}.
 */
public final class FilingRouter {

    private FilingRouter() {
    }

    /**
     * @param policy the owner tenant's effective policy (the {@code policy} of table {@code tenant})
     * @throws ApiException 400 {@code filing-route-not-found} when the policy has no route for the plan
     */
    public static FilingRoute route(JsonNode policy, FilingRequest request) {
        JsonNode entry = policy.path("filing").path("routes").valueStream()
                .filter(r -> r.path("plan").asString().equals(request.routeKey())
                        && r.path("owner").asString().equals(request.ownerKind().literal()))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest("filing-route-not-found",
                        "未找到备案路由：本级策略未规定%s（编制单位：%s）的备案去向".formatted(
                                categoryLabel(request), ownerLabel(request.ownerKind()))));
        JsonNode fileWith = entry.required("fileWith");
        Jurisdiction authorityAt = resolve(fileWith.required("tenant").asString(), request);
        FilingParty authority = new FilingParty(authorityAt, UnitRole.fromLiteral(fileWith.required("unit").asString()));
        Optional<FilingParty> deliverVia = fileWith.path("deliverVia").isMissingNode() ? Optional.empty()
                : Optional.of(new FilingParty(authorityAt, UnitRole.fromLiteral(fileWith.get("deliverVia").asString())));
        // The same unit can come out of two entries (e.g. a joint plan's parent and common ancestor coincide),
        // and a unit that already receives the filing needs no copy.
        List<FilingParty> copyTo = entry.path("copyTo").valueStream()
                .map(c -> new FilingParty(resolve(c.required("tenant").asString(), request),
                        UnitRole.fromLiteral(c.required("unit").asString())))
                .distinct()
                .filter(c -> !c.equals(authority) && !deliverVia.map(c::equals).orElse(false))
                .toList();
        return new FilingRoute(authority, deliverVia, copyTo, describe(authority, deliverVia, copyTo));
    }

    private static Jurisdiction resolve(String tenant, FilingRequest request) {
        return switch (tenant) {
            case "own" -> new Jurisdiction.OnPlatform(request.owner().self());
            case "parent" -> request.owner().parent();
            case "commonAncestor" -> TenantLineage.nearestAboveAll(request.allParticipants());
            default -> throw new IllegalStateException("filing.routes: unknown tenant reference " + tenant);
        };
    }

    private static String describe(FilingParty authority, Optional<FilingParty> deliverVia, List<FilingParty> copyTo) {
        StringBuilder text = new StringBuilder("报").append(authority.name()).append("备案");
        deliverVia.ifPresent(via -> text.append("，经").append(via.name()).append("报送"));
        if (!copyTo.isEmpty()) {
            text.append("，抄送").append(copyTo.stream().map(FilingParty::name).collect(Collectors.joining("、")));
        }
        return text.toString();
    }

    private static String categoryLabel(FilingRequest request) {
        return switch (request.category()) {
            case GENERAL -> "总体应急预案";
            case SPECIAL -> "专项应急预案";
            case DEPARTMENT -> "部门应急预案";
            case GRASSROOTS -> "基层应急预案";
            case ENTERPRISE -> "企事业单位应急预案";
            case MAJOR_EVENT -> "重大活动保障应急预案";
            case JOINT -> request.jointBasis() == JointPlanBasis.SPECIAL ? "联合应急预案（按专项预案）" : "联合应急预案（按部门预案）";
        };
    }

    private static String ownerLabel(OwnerUnitKind kind) {
        return switch (kind) {
            case GOVERNMENT -> "人民政府";
            case DEPARTMENT -> "政府部门";
            case TOWNSHIP -> "乡镇/街道";
            case VILLAGE -> "村/社区";
            case ENTERPRISE -> "企业";
            case INSTITUTION -> "事业单位";
        };
    }
}
