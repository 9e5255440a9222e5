package cn.yingji.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The 合规看板 policy (docs/compliance.md): score weights per province, and the plan system every tier must have,
 * stated with the backend's own vocabulary (plan categories, event types).
 */
class CompliancePolicyTest {

    private static final Catalog CATALOG = Catalog.load(Path.of("catalog/divisions.json"));
    private static final PolicyMerger POLICIES = PolicyMerger.load(Path.of("policies"));
    private static final Set<String> CATEGORIES = Set.of("general", "special", "department", "grassroots",
            "enterprise", "major_event", "joint");
    /** cn.yingji.plans.EventTypes.ALL (the backend module is not a dependency of this one). */
    private static final Set<String> EVENT_TYPES = Set.of("气象灾害", "地质灾害", "洪涝灾害", "水旱灾害", "低温雨雪冰冻", "森林火灾",
            "地震", "生产安全事故", "火灾", "危险化学品", "煤矿", "非煤矿山", "建筑施工", "水上交通", "道路交通", "铁路", "燃气", "大面积停电",
            "环境污染", "公共卫生", "食品安全", "群体性事件", "旅游安全", "校园安全", "网络与信息安全", "文化文物场馆", "海上搜救", "金融安全", "反恐");

    private static JsonNode effective(String code) {
        return POLICIES.effective(CATALOG.lineage(CATALOG.find(code).orElseThrow()));
    }

    @Test
    void aProvinceOverridesSomeWeightsAndKeepsTheOthers() {
        JsonNode national = effective("370702").at("/compliance/weights");
        JsonNode guizhou = effective("520201").at("/compliance/weights");
        assertThat(national.at("/campaignTasks").asInt()).isEqualTo(10);
        assertThat(guizhou.at("/campaignTasks").asInt()).isEqualTo(25);
        assertThat(guizhou.at("/filedOnTime").asInt()).isEqualTo(10);
        assertThat(guizhou.at("/drills").asInt()).isEqualTo(national.at("/drills").asInt());
    }

    @Test
    void everyTierHasARequiredPlanSystemInTheBackendsVocabulary() {
        for (String tier : List.of("province", "city", "county")) {
            JsonNode required = effective("370702").at("/compliance/requiredPlans/" + tier);
            assertThat(required.isArray()).as(tier).isTrue();
            assertThat(required.size()).as(tier).isPositive();
            required.forEach(item -> {
                assertThat(CATEGORIES).as(tier).contains(item.path("category").asString());
                if (item.has("eventType")) {
                    assertThat(EVENT_TYPES).as(tier).contains(item.path("eventType").asString());
                }
            });
            assertThat(required.get(0).path("category").asString()).as("总体预案 first").isEqualTo("general");
        }
    }
}
