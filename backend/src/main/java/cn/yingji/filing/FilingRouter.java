package cn.yingji.filing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** {@link #route(JsonNode, FilingRequest, ReceivingUnits)} naming every party by its role's generic name. */
    public static FilingRoute route(JsonNode policy, FilingRequest request) {
        return route(policy, request, ReceivingUnits.NONE);
    }

    /**
     * @param policy the owner tenant's effective policy (the {@code policy} of table {@code tenant})
     * @param units  the actual units behind the route's roles, where the caller knows them; they name the parties
     * @throws ApiException 400 {@code filing-route-not-found} when the policy has no route for the plan
     */
    public static FilingRoute route(JsonNode policy, FilingRequest request, ReceivingUnits units) {
        JsonNode entry = entries(policy, routeKey(request.category(), request.jointBasis()))
                .filter(r -> r.path("owner").asString().equals(request.ownerKind().literal()))
                .findFirst()
                .orElseThrow(() -> noRoute(policy, request.category(), request.jointBasis(), request.ownerKind()));
        JsonNode fileWith = entry.required("fileWith");
        Jurisdiction authorityAt = resolve(fileWith.required("tenant").asString(), request);
        FilingParty authority = new FilingParty(authorityAt, UnitRole.fromLiteral(fileWith.required("unit").asString()));
        Optional<FilingParty> deliverVia = fileWith.path("deliverVia").isMissingNode() ? Optional.empty()
                : Optional.of(new FilingParty(authorityAt, UnitRole.fromLiteral(fileWith.get("deliverVia").asString())));
        // The same unit can come out of two entries (e.g. a joint plan's parent and common ancestor coincide, or the
        // lead department and the emergency-management bureau are one receiving unit), and a unit that already
        // receives the filing needs no copy.
        Set<String> receiving = new HashSet<>();
        receiving.add(authority.name(units));
        deliverVia.ifPresent(via -> receiving.add(via.name(units)));
        List<FilingParty> copyTo = entry.path("copyTo").valueStream()
                .map(c -> new FilingParty(resolve(c.required("tenant").asString(), request),
                        UnitRole.fromLiteral(c.required("unit").asString())))
                .filter(c -> receiving.add(c.name(units)))
                .toList();
        return new FilingRoute(authority, deliverVia.filter(via -> !via.name(units).equals(authority.name(units))),
                copyTo, describe(authority, deliverVia, copyTo, units));
    }

    /**
     * Refuses a plan category and owner unit kind the policy gives no route (checked when a plan is created or
     * changed, so that an issued plan can always be filed).
     *
     * @param jointBasis only for joint plans, null otherwise
     * @throws ApiException 400 {@code filing-route-not-found}, saying which owner kinds the category allows
     */
    public static void requireRoute(JsonNode policy, PlanCategory category, JointPlanBasis jointBasis,
            OwnerUnitKind ownerKind) {
        if (!ownerKinds(policy, category, jointBasis).contains(ownerKind)) {
            throw noRoute(policy, category, jointBasis, ownerKind);
        }
    }

    /** The owner unit kinds the policy routes plans of this category for, in the order of its entries. */
    public static List<OwnerUnitKind> ownerKinds(JsonNode policy, PlanCategory category, JointPlanBasis jointBasis) {
        return entries(policy, routeKey(category, jointBasis))
                .map(r -> OwnerUnitKind.fromLiteral(r.path("owner").asString())).distinct().toList();
    }

    private static java.util.stream.Stream<JsonNode> entries(JsonNode policy, String routeKey) {
        return policy.path("filing").path("routes").valueStream().filter(r -> r.path("plan").asString().equals(routeKey));
    }

    private static String routeKey(PlanCategory category, JointPlanBasis jointBasis) {
        return category == PlanCategory.JOINT ? jointBasis.routeKey() : category.literal();
    }

    private static ApiException noRoute(JsonNode policy, PlanCategory category, JointPlanBasis jointBasis,
            OwnerUnitKind ownerKind) {
        List<OwnerUnitKind> allowed = ownerKinds(policy, category, jointBasis);
        String instead = allowed.isEmpty() ? "请改选预案类别"
                : "该类预案的编制单位应为" + allowed.stream().map(FilingRouter::ownerLabel).collect(Collectors.joining("、"))
                        + "，请改选编制单位或预案类别";
        return ApiException.badRequest("filing-route-not-found", "未找到备案路由：本级策略未规定%s（编制单位：%s）的备案去向；%s"
                .formatted(categoryLabel(category, jointBasis), ownerLabel(ownerKind), instead));
    }

    private static Jurisdiction resolve(String tenant, FilingRequest request) {
        return switch (tenant) {
            case "own" -> new Jurisdiction.OnPlatform(request.owner().self());
            case "parent" -> request.owner().parent();
            case "commonAncestor" -> TenantLineage.nearestAboveAll(request.allParticipants());
            default -> throw new IllegalStateException("filing.routes: unknown tenant reference " + tenant);
        };
    }

    private static String describe(FilingParty authority, Optional<FilingParty> deliverVia, List<FilingParty> copyTo,
            ReceivingUnits units) {
        StringBuilder text = new StringBuilder("报").append(authority.name(units)).append("备案");
        deliverVia.filter(via -> !via.name(units).equals(authority.name(units)))
                .ifPresent(via -> text.append("，经").append(via.name(units)).append("报送"));
        if (!copyTo.isEmpty()) {
            text.append("，抄送").append(copyTo.stream().map(c -> c.name(units)).collect(Collectors.joining("、")));
        }
        return text.toString();
    }

    private static String categoryLabel(PlanCategory category, JointPlanBasis jointBasis) {
        if (category != PlanCategory.JOINT) {
            return category.label();
        }
        return category.label() + "（" + jointBasis.label() + "）";
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
