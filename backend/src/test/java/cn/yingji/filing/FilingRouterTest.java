package cn.yingji.filing;

import static cn.yingji.filing.Divisions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every route of 第二十六条 as the national policy states it, resolved for real divisions. */
class FilingRouterTest {

    private static final JsonNode NATIONAL = nationalPolicy();

    private static FilingRoute route(PlanCategory category, OwnerUnitKind owner, TenantLineage lineage) {
        return FilingRouter.route(NATIONAL, FilingRequest.of(category, owner, lineage));
    }

    private static FilingRoute joint(JointPlanBasis basis, TenantLineage owner, TenantLineage... others) {
        return FilingRouter.route(NATIONAL, FilingRequest.joint(basis, OwnerUnitKind.DEPARTMENT, owner, List.of(others)));
    }

    private static FilingParty at(TenantRef tenant, UnitRole role) {
        return new FilingParty(new Jurisdiction.OnPlatform(tenant), role);
    }

    @Test
    void countyGeneralPlanGoesToTheCityGovernmentThroughItsEmergencyManagementCopiedToCityDepartments() {
        FilingRoute r = route(PlanCategory.GENERAL, OwnerUnitKind.GOVERNMENT, WEICHENG_COUNTY);

        assertThat(r.authority()).isEqualTo(at(WEIFANG, UnitRole.GOVERNMENT));
        assertThat(r.deliverVia()).contains(at(WEIFANG, UnitRole.EMERGENCY_MANAGEMENT));
        assertThat(r.copyTo()).containsExactly(at(WEIFANG, UnitRole.RELEVANT_DEPARTMENTS));
        assertThat(r.description()).isEqualTo("报潍坊市人民政府备案，经潍坊市应急管理局报送，抄送潍坊市有关部门");
    }

    @Test
    void cityGeneralPlanGoesToTheProvinceWhoseEmergencyManagementIsATing() {
        assertThat(route(PlanCategory.GENERAL, OwnerUnitKind.GOVERNMENT, WEIFANG_CITY).description())
                .isEqualTo("报山东省人民政府备案，经山东省应急管理厅报送，抄送山东省有关部门");
    }

    @Test
    void provinceGeneralPlanGoesToTheStateCouncilOutsideThePlatform() {
        FilingRoute r = route(PlanCategory.GENERAL, OwnerUnitKind.GOVERNMENT, SHANDONG_ONLY);

        assertThat(r.authority().outsidePlatform()).isTrue();
        assertThat(r.authority().tenant()).isEmpty();
        assertThat(r.authority().jurisdiction()).isInstanceOf(Jurisdiction.National.class);
        assertThat(r.description()).isEqualTo("报国务院备案，经应急管理部报送，抄送国务院有关部门");
    }

    @Test
    void countyDirectlyUnderAProvinceFilesItsGeneralPlanWithTheProvince() {
        FilingRoute r = route(PlanCategory.GENERAL, OwnerUnitKind.GOVERNMENT, XIANTAO_COUNTY);

        assertThat(r.authority()).isEqualTo(at(HUBEI, UnitRole.GOVERNMENT));
        assertThat(r.description()).isEqualTo("报湖北省人民政府备案，经湖北省应急管理厅报送，抄送湖北省有关部门");
    }

    @Test
    void specialPlanOfAGovernmentOrADepartmentGoesToTheParentLeadDepartmentCopiedToTheParentEmergencyManagement() {
        for (OwnerUnitKind owner : List.of(OwnerUnitKind.GOVERNMENT, OwnerUnitKind.DEPARTMENT)) {
            FilingRoute r = route(PlanCategory.SPECIAL, owner, WEICHENG_COUNTY);

            assertThat(r.authority()).isEqualTo(at(WEIFANG, UnitRole.LEAD_DEPARTMENT));
            assertThat(r.deliverVia()).isEmpty();
            assertThat(r.copyTo()).containsExactly(at(WEIFANG, UnitRole.EMERGENCY_MANAGEMENT),
                    at(WEIFANG, UnitRole.RELEVANT_DEPARTMENTS));
            assertThat(r.description()).isEqualTo("报潍坊市相应牵头部门备案，抄送潍坊市应急管理局、潍坊市有关部门");
        }
    }

    /**
     * The platform names the units it knows: the city's 备案受理单位 takes in what is addressed to its lead and
     * relevant departments, so the route names one real unit once instead of placeholders.
     */
    @Test
    void knownUnitsReplaceTheRolesGenericNamesAndCoincidingCopiesAreDropped() {
        ReceivingUnits units = (tenant, role) -> tenant.equals(WEIFANG) && role != UnitRole.GOVERNMENT
                ? java.util.Optional.of("潍坊市应急管理局") : java.util.Optional.empty();

        FilingRoute special = FilingRouter.route(NATIONAL,
                FilingRequest.of(PlanCategory.SPECIAL, OwnerUnitKind.GOVERNMENT, WEICHENG_COUNTY), units);
        assertThat(special.authority().name(units)).isEqualTo("潍坊市应急管理局");
        assertThat(special.copyTo()).isEmpty();
        assertThat(special.description()).isEqualTo("报潍坊市应急管理局备案");

        FilingRoute general = FilingRouter.route(NATIONAL,
                FilingRequest.of(PlanCategory.GENERAL, OwnerUnitKind.GOVERNMENT, WEICHENG_COUNTY), units);
        assertThat(general.description()).isEqualTo("报潍坊市人民政府备案，经潍坊市应急管理局报送");
        assertThat(general.description()).doesNotContain("有关部门", "牵头部门");
    }

    /** Every category a plan can have has at least one owner kind with a route, and the refusal names them. */
    @Test
    void aCategoryWithoutRouteForTheOwnerNamesTheOwnerKindsToChoose() {
        for (PlanCategory category : PlanCategory.values()) {
            JointPlanBasis basis = category == PlanCategory.JOINT ? JointPlanBasis.SPECIAL : null;
            assertThat(FilingRouter.ownerKinds(NATIONAL, category, basis)).as(category.literal()).isNotEmpty();
        }
        assertThat(FilingRouter.ownerKinds(NATIONAL, PlanCategory.SPECIAL, null)).containsExactly(OwnerUnitKind.GOVERNMENT,
                OwnerUnitKind.DEPARTMENT, OwnerUnitKind.TOWNSHIP, OwnerUnitKind.ENTERPRISE, OwnerUnitKind.INSTITUTION);

        ApiException e = catchThrowableOfType(ApiException.class, () -> FilingRouter.requireRoute(NATIONAL,
                PlanCategory.GENERAL, null, OwnerUnitKind.DEPARTMENT));
        assertThat(e.code()).isEqualTo("filing-route-not-found");
        assertThat(e.detail()).isEqualTo("未找到备案路由：本级策略未规定总体应急预案（编制单位：政府部门）的备案去向；"
                + "该类预案的编制单位应为人民政府、乡镇/街道，请改选编制单位或预案类别");
        FilingRouter.requireRoute(NATIONAL, PlanCategory.SPECIAL, null, OwnerUnitKind.GOVERNMENT);
    }

    @Test
    void departmentPlanGoesToTheSameLevelGovernmentThroughItsEmergencyManagement() {
        FilingRoute r = route(PlanCategory.DEPARTMENT, OwnerUnitKind.DEPARTMENT, WEICHENG_COUNTY);

        assertThat(r.authority()).isEqualTo(at(WEICHENG, UnitRole.GOVERNMENT));
        assertThat(r.deliverVia()).contains(at(WEICHENG, UnitRole.EMERGENCY_MANAGEMENT));
        assertThat(r.copyTo()).isEmpty();
        assertThat(r.description()).isEqualTo("报潍城区人民政府备案，经潍城区应急管理局报送");
    }

    @Test
    void jointPlanAsSpecialOfTwoCountiesOfOneCityIsCopiedToTheCityOnce() {
        FilingRoute r = joint(JointPlanBasis.SPECIAL, WEICHENG_COUNTY, HANTING_COUNTY);

        assertThat(r.authority()).isEqualTo(at(WEIFANG, UnitRole.LEAD_DEPARTMENT));
        // parent and common ancestor are both 潍坊市: one copy
        assertThat(r.copyTo()).containsExactly(at(WEIFANG, UnitRole.EMERGENCY_MANAGEMENT));
    }

    @Test
    void jointPlanAsSpecialOfCountiesOfTwoCitiesIsCopiedToTheProvince() {
        FilingRoute r = joint(JointPlanBasis.SPECIAL, WEICHENG_COUNTY, LIXIA_COUNTY);

        assertThat(r.authority()).isEqualTo(at(WEIFANG, UnitRole.LEAD_DEPARTMENT));
        assertThat(r.copyTo()).containsExactly(at(WEIFANG, UnitRole.EMERGENCY_MANAGEMENT),
                at(SHANDONG, UnitRole.EMERGENCY_MANAGEMENT));
        assertThat(r.description()).isEqualTo("报潍坊市相应牵头部门备案，抄送潍坊市应急管理局、山东省应急管理厅");
    }

    @Test
    void jointPlanAsDepartmentOfTwoCountiesOfOneCityIsCopiedToTheCity() {
        FilingRoute r = joint(JointPlanBasis.DEPARTMENT, WEICHENG_COUNTY, HANTING_COUNTY);

        assertThat(r.authority()).isEqualTo(at(WEICHENG, UnitRole.GOVERNMENT));
        assertThat(r.deliverVia()).contains(at(WEICHENG, UnitRole.EMERGENCY_MANAGEMENT));
        assertThat(r.description()).isEqualTo("报潍城区人民政府备案，经潍城区应急管理局报送，抄送潍坊市应急管理局");
    }

    @Test
    void jointPlanAsDepartmentOfCountiesOfTwoCitiesIsCopiedToTheProvince() {
        assertThat(joint(JointPlanBasis.DEPARTMENT, WEICHENG_COUNTY, LIXIA_COUNTY).copyTo())
                .containsExactly(at(SHANDONG, UnitRole.EMERGENCY_MANAGEMENT));
    }

    /** 上一级或共同上一级: departments of one county copy the next-higher tier, not their own. */
    @Test
    void jointPlanOfDepartmentsOfOneCountyIsCopiedToTheTierAbove() {
        assertThat(joint(JointPlanBasis.DEPARTMENT, WEICHENG_COUNTY).copyTo())
                .containsExactly(at(WEIFANG, UnitRole.EMERGENCY_MANAGEMENT));
        assertThat(joint(JointPlanBasis.DEPARTMENT, WEICHENG_COUNTY, WEICHENG_COUNTY).copyTo())
                .containsExactly(at(WEIFANG, UnitRole.EMERGENCY_MANAGEMENT));
    }

    @Test
    void jointPlanOfACityAndOneOfItsCountiesIsCopiedToTheProvince() {
        assertThat(joint(JointPlanBasis.DEPARTMENT, WEIFANG_CITY, WEICHENG_COUNTY).copyTo())
                .containsExactly(at(SHANDONG, UnitRole.EMERGENCY_MANAGEMENT));
    }

    @Test
    void jointPlanAcrossProvincesIsCopiedToTheNationalLevel() {
        FilingRoute r = joint(JointPlanBasis.DEPARTMENT, WEICHENG_COUNTY, DONGXIANG_COUNTY);

        assertThat(r.copyTo()).singleElement().satisfies(c -> {
            assertThat(c.outsidePlatform()).isTrue();
            assertThat(c.name()).isEqualTo("应急管理部");
        });
    }

    @Test
    void townshipPlanGoesToTheCountyGovernmentThroughItsEmergencyManagement() {
        FilingRoute r = route(PlanCategory.GRASSROOTS, OwnerUnitKind.TOWNSHIP, WEICHENG_COUNTY);

        assertThat(r.authority()).isEqualTo(at(WEICHENG, UnitRole.GOVERNMENT));
        assertThat(r.description()).isEqualTo("报潍城区人民政府备案，经潍城区应急管理局报送，抄送潍城区有关部门");
    }

    @Test
    void villagePlanGoesToItsTownship() {
        FilingRoute r = route(PlanCategory.GRASSROOTS, OwnerUnitKind.VILLAGE, WEICHENG_COUNTY);

        assertThat(r.authority()).isEqualTo(at(WEICHENG, UnitRole.TOWNSHIP));
        assertThat(r.description()).isEqualTo("报潍城区所属乡镇人民政府（街道办事处）备案");
    }

    @Test
    void enterpriseAndInstitutionPlansGoToTheirSupervisingDepartment() {
        for (OwnerUnitKind owner : List.of(OwnerUnitKind.ENTERPRISE, OwnerUnitKind.INSTITUTION)) {
            FilingRoute r = route(PlanCategory.ENTERPRISE, owner, WEICHENG_COUNTY);
            assertThat(r.authority()).as(owner.literal()).isEqualTo(at(WEICHENG, UnitRole.SUPERVISING_DEPARTMENT));
            assertThat(r.copyTo()).isEmpty();
        }
    }

    @Test
    void departmentMajorEventPlanFilesLikeADepartmentPlan() {
        assertThat(route(PlanCategory.MAJOR_EVENT, OwnerUnitKind.DEPARTMENT, WEICHENG_COUNTY))
                .isEqualTo(route(PlanCategory.DEPARTMENT, OwnerUnitKind.DEPARTMENT, WEICHENG_COUNTY));
    }

    @Test
    void provinceOverrideChangesARoute() {
        // e.g. a province that has townships file directly with the county government, without copies
        ObjectNode policy = nationalPolicy();
        ArrayNode routes = (ArrayNode) policy.at("/filing/routes");
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).path("plan").asString().equals("grassroots")
                    && routes.get(i).path("owner").asString().equals("township")) {
                routes.set(i, yaml("""
                        plan: grassroots
                        owner: township
                        fileWith: { tenant: own, unit: government }
                        copyTo: []
                        """));
            }
        }

        FilingRoute r = FilingRouter.route(policy,
                FilingRequest.of(PlanCategory.GRASSROOTS, OwnerUnitKind.TOWNSHIP, WEICHENG_COUNTY));

        assertThat(r.description()).isEqualTo("报潍城区人民政府备案");
        assertThat(route(PlanCategory.GRASSROOTS, OwnerUnitKind.TOWNSHIP, WEICHENG_COUNTY).description())
                .isEqualTo("报潍城区人民政府备案，经潍城区应急管理局报送，抄送潍城区有关部门");
    }

    @Test
    void combinationWithoutARouteIsABadRequestNamingCategoryAndOwner() {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> route(PlanCategory.GENERAL, OwnerUnitKind.ENTERPRISE, WEICHENG_COUNTY));

        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.code()).isEqualTo("filing-route-not-found");
        assertThat(e.detail()).contains("总体应急预案", "企业");
    }

    @Test
    void policyWithoutRoutesFindsNone() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> FilingRouter.route(yaml("filing: {}"),
                FilingRequest.joint(JointPlanBasis.SPECIAL, OwnerUnitKind.DEPARTMENT, WEICHENG_COUNTY, List.of())));

        assertThat(e.code()).isEqualTo("filing-route-not-found");
        assertThat(e.detail()).contains("联合应急预案（按专项应急预案）", "政府部门");
    }
}
