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

    @Test
    void specialPlanGoesToTheLeadDepartmentOneTierUpCopiedToItsEmergencyManagement() {
        JsonNode r = route("special", "department");
        assertThat(fileWith(r)).isEqualTo(Map.of("tenant", "parent", "unit", "leadDepartment"));
        assertThat(copyTo(r)).containsExactly("parent:emergencyManagement");
    }

    @Test
    void departmentPlanGoesToTheSameLevelGovernmentThroughItsEmergencyManagement() {
        JsonNode r = route("department", "department");
        assertThat(fileWith(r)).isEqualTo(Map.of("tenant", "own", "unit", "government", "deliverVia", "emergencyManagement"));
        assertThat(copyTo(r)).isEmpty();
    }

    @Test
    void jointPlansFollowSpecialOrDepartmentRoutesAndAreCopiedToTheCommonHigherTier() {
        JsonNode special = route("jointSpecial", "department");
        assertThat(fileWith(special)).isEqualTo(fileWith(route("special", "department")));
        assertThat(copyTo(special)).contains("commonAncestor:emergencyManagement");
        JsonNode department = route("jointDepartment", "department");
        assertThat(fileWith(department)).isEqualTo(fileWith(route("department", "department")));
        assertThat(copyTo(department)).contains("commonAncestor:emergencyManagement");
    }

    @Test
    void townshipPlansGoToTheCountyGovernmentAndVillagePlansToTheTownship() {
        assertThat(fileWith(route("grassroots", "township"))).isEqualTo(Map.of("tenant", "own", "unit", "government"));
        assertThat(fileWith(route("grassroots", "village"))).isEqualTo(Map.of("tenant", "own", "unit", "township"));
    }

    @Test
    void enterpriseAndInstitutionPlansGoToTheirSupervisingDepartment() {
        assertThat(fileWith(route("enterprise", "enterprise"))).isEqualTo(Map.of("tenant", "own", "unit", "supervisingDepartment"));
        assertThat(fileWith(route("enterprise", "institution"))).isEqualTo(Map.of("tenant", "own", "unit", "supervisingDepartment"));
    }

    /** Not named in 第二十六条: a department's major-event plan is a 部门预案, a unit's one a unit plan. */
    @Test
    void majorEventPlansFileLikeDepartmentOrUnitPlansOfTheirOrganizer() {
        assertThat(fileWith(route("majorEvent", "department"))).isEqualTo(fileWith(route("department", "department")));
        assertThat(fileWith(route("majorEvent", "enterprise"))).isEqualTo(fileWith(route("enterprise", "enterprise")));
        assertThat(fileWith(route("majorEvent", "institution"))).isEqualTo(fileWith(route("enterprise", "institution")));
    }
}
