package cn.yingji.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The routing data in national.yaml states every route of 第二十六条 (国办发〔2024〕5号) as domain.md lists them. */
class FilingRoutesTest {

    private static final JsonNode ROUTES = YAMLMapper.shared().readTree(Path.of("policies/national.yaml").toFile())
            .at("/filing/routes");

    private static JsonNode route(String plan, String owner) {
        return ROUTES.valueStream()
                .filter(r -> r.path("plan").asString().equals(plan) && r.path("owner").asString().equals(owner))
                .reduce((a, b) -> {
                    throw new AssertionError("two routes for " + plan + "/" + owner);
                })
                .orElseThrow(() -> new AssertionError("no route for " + plan + "/" + owner));
    }

    private static List<String> copyTo(JsonNode route) {
        return route.path("copyTo").valueStream()
                .map(c -> c.path("tenant").asString() + ":" + c.path("unit").asString()).toList();
    }

    private static Map<String, String> fileWith(JsonNode route) {
        JsonNode f = route.path("fileWith");
        return f.propertyStream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asString()));
    }

    @Test
    void generalPlanGoesToTheNextHigherGovernmentThroughItsEmergencyManagementCopiedToDepartments() {
        JsonNode r = route("general", "government");
        assertThat(fileWith(r)).isEqualTo(Map.of("tenant", "parent", "unit", "government", "deliverVia", "emergencyManagement"));
        assertThat(copyTo(r)).containsExactly("parent:relevantDepartments");
    }

    /** 县级以上地方人民政府专项应急预案: issued by the government, often compiled by its lead department. */
    @Test
    void specialPlanGoesToTheLeadDepartmentOneTierUpCopiedToItsEmergencyManagementAndDepartments() {
        for (String owner : List.of("government", "department")) {
            JsonNode r = route("special", owner);
            assertThat(fileWith(r)).isEqualTo(Map.of("tenant", "parent", "unit", "leadDepartment"));
            assertThat(copyTo(r)).containsExactly("parent:emergencyManagement", "parent:relevantDepartments");
        }
    }

    @Test
    void departmentPlanGoesToTheSameLevelGovernmentThroughItsEmergencyManagement() {
        JsonNode r = route("department", "department");
        assertThat(fileWith(r)).isEqualTo(Map.of("tenant", "own", "unit", "government", "deliverVia", "emergencyManagement"));
        assertThat(copyTo(r)).isEmpty();
    }

    @Test
    void jointPlansFollowSpecialOrDepartmentRoutesAndAreCopiedToTheCommonHigherTier() {
        for (String owner : List.of("government", "department")) {
            JsonNode special = route("jointSpecial", owner);
            assertThat(fileWith(special)).isEqualTo(fileWith(route("special", owner)));
            assertThat(copyTo(special)).contains("commonAncestor:emergencyManagement");
        }
        JsonNode department = route("jointDepartment", "department");
        assertThat(fileWith(department)).isEqualTo(fileWith(route("department", "department")));
        assertThat(copyTo(department)).contains("commonAncestor:emergencyManagement");
    }

    /** 乡镇（街道）应急预案报上一级人民政府备案，径送上一级人民政府应急管理部门，同时抄送上一级人民政府有关部门. */
    @Test
    void townshipPlansGoToTheCountyGovernmentThroughItsEmergencyManagementAndVillagePlansToTheTownship() {
        for (String plan : List.of("grassroots", "general", "special")) {
            JsonNode r = route(plan, "township");
            assertThat(fileWith(r)).isEqualTo(Map.of("tenant", "own", "unit", "government", "deliverVia", "emergencyManagement"));
            assertThat(copyTo(r)).containsExactly("own:relevantDepartments");
        }
        assertThat(fileWith(route("grassroots", "village"))).isEqualTo(Map.of("tenant", "own", "unit", "township"));
    }

    @Test
    void enterpriseAndInstitutionPlansGoToTheirSupervisingDepartment() {
        for (String owner : List.of("enterprise", "institution")) {
            for (String plan : List.of("enterprise", "special", "majorEvent")) {
                assertThat(fileWith(route(plan, owner))).isEqualTo(Map.of("tenant", "own", "unit", "supervisingDepartment"));
            }
        }
    }

    /** 第二十六条 gives no route to these: the plan form refuses them and names the owner kinds to choose. */
    @Test
    void combinationsTheArticleDoesNotAllowHaveNoRoute() {
        assertThat(ROUTES.valueStream().filter(r -> r.path("plan").asString().equals("general"))
                .map(r -> r.path("owner").asString())).containsExactlyInAnyOrder("government", "township");
        assertThat(ROUTES.valueStream().filter(r -> r.path("plan").asString().equals("department"))
                .map(r -> r.path("owner").asString())).containsExactly("department");
    }

    /**
     * Not named in 第二十六条: a department's major-event plan is a 部门预案, a government's one a 专项预案 (第六条), a
     * unit's one a unit plan.
     */
    @Test
    void majorEventPlansFileLikeDepartmentSpecialOrUnitPlansOfTheirOrganizer() {
        assertThat(fileWith(route("majorEvent", "department"))).isEqualTo(fileWith(route("department", "department")));
        assertThat(fileWith(route("majorEvent", "government"))).isEqualTo(fileWith(route("special", "government")));
        assertThat(fileWith(route("majorEvent", "enterprise"))).isEqualTo(fileWith(route("enterprise", "enterprise")));
        assertThat(fileWith(route("majorEvent", "institution"))).isEqualTo(fileWith(route("enterprise", "institution")));
    }
}
