package cn.yingji.filing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import cn.yingji.platform.ApiException;
import tools.jackson.databind.JsonNode;

/**
 * The materials a filing must carry (备案材料), from the owner tenant's policy {@code filing.requiredMaterials}:
 * {@code government} for plans of governments, departments and grassroots units (第二十六条: 预案文本, 编制说明; the
 * electronic copy is the upload itself), {@code enterprise} for plans of enterprises and institutions, which
 * under 《生产安全事故应急预案管理办法》 also bring the filing form, the review opinion, the risk assessment and the
 * resource survey. The same split as {@code filing.silenceCountsAsFiled}.
 */
public final class FilingMaterials {

    private final List<FilingMaterial> forEnterprises;
    private final List<FilingMaterial> forGovernment;

    /** @param policy the owner tenant's effective policy */
    public FilingMaterials(JsonNode policy) {
        JsonNode required = policy.required("filing").required("requiredMaterials");
        this.forEnterprises = materials(required.required("enterprise"), "enterprise");
        this.forGovernment = materials(required.required("government"), "government");
    }

    /** What a plan of this owner must carry, in the policy's order. */
    public List<FilingMaterial> required(OwnerUnitKind owner) {
        return owner.isEnterpriseLike() ? forEnterprises : forGovernment;
    }

    /**
     * Every material with whether it is required and whether the plan has it (one attachment of that role is
     * enough): the required ones first, in the policy's order, then the others.
     */
    public List<Item> checklist(OwnerUnitKind owner, Collection<FilingMaterial> present) {
        List<FilingMaterial> required = required(owner);
        Set<FilingMaterial> order = new LinkedHashSet<>(required);
        order.addAll(List.of(FilingMaterial.values()));
        return order.stream().map(m -> new Item(m, required.contains(m), present.contains(m))).toList();
    }

    /** The required materials the plan does not have, in the policy's order. */
    public List<FilingMaterial> missing(OwnerUnitKind owner, Collection<FilingMaterial> present) {
        return required(owner).stream().filter(m -> !present.contains(m)).toList();
    }

    /**
     * @throws ApiException 409 {@code filing-materials-missing} naming what is missing (detail in zh-CN, role
     *                      literals in {@code missing}) unless every required material is present
     */
    public void requireComplete(OwnerUnitKind owner, Collection<FilingMaterial> present) {
        List<FilingMaterial> missing = missing(owner, present);
        if (!missing.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "filing-materials-missing",
                    "缺少备案材料：" + missing.stream().map(FilingMaterial::label).collect(Collectors.joining("、"))
                            + "，请按类型上传附件后再报送备案",
                    Map.of("missing", missing.stream().map(FilingMaterial::literal).toList()));
        }
    }

    /** One line of the checklist. */
    public record Item(FilingMaterial material, boolean required, boolean present) {
    }

    private static List<FilingMaterial> materials(JsonNode list, String basis) {
        if (!list.isArray()) {
            throw new IllegalStateException("policy filing.requiredMaterials." + basis + " must be a list");
        }
        List<FilingMaterial> result = new ArrayList<>();
        for (JsonNode value : list) {
            FilingMaterial material = FilingMaterial.fromLiteral(value.asString()).orElseThrow(() -> new IllegalStateException(
                    "policy filing.requiredMaterials." + basis + ": unknown material '" + value.asString() + "'"));
            if (!result.contains(material)) {
                result.add(material);
            }
        }
        return List.copyOf(result);
    }
}
