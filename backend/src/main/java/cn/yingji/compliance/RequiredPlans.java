package cn.yingji.compliance;

import java.util.ArrayList;
import java.util.List;

import cn.yingji.db.enums.PlanCategory;
import cn.yingji.db.enums.TenantTier;
import tools.jackson.databind.JsonNode;

/**
 * 应有预案 (预案体系): the plans a tier must have issued and filed, from the tenant's policy
 * {@code compliance.requiredPlans.<tier>}; a 专项预案 is told apart by its event type.
 */
final class RequiredPlans {

    /** One plan the tier must have: a category and, for 专项预案, the event type it covers. */
    record Requirement(PlanCategory category, String eventType) {

        String label() {
            String name = cn.yingji.filing.PlanCategory.labelOf(category.getLiteral());
            return eventType == null ? name : name + "（" + eventType + "）";
        }

        boolean metBy(PlanCategory planCategory, List<String> planEventTypes) {
            return category == planCategory && (eventType == null || planEventTypes.contains(eventType));
        }
    }

    private RequiredPlans() {
    }

    static List<Requirement> of(JsonNode policy, TenantTier tier) {
        List<Requirement> result = new ArrayList<>();
        for (JsonNode item : policy.required("compliance").required("requiredPlans").required(tier.getLiteral())) {
            PlanCategory category = PlanCategory.lookupLiteral(item.required("category").asString());
            if (category == null) {
                throw new IllegalStateException("compliance.requiredPlans." + tier.getLiteral() + ": unknown category " + item);
            }
            result.add(new Requirement(category, item.has("eventType") ? item.get("eventType").asString() : null));
        }
        return result;
    }
}
