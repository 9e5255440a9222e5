package cn.yingji.filings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.yingji.plans.PlanSteps;
import cn.yingji.attachments.TestFiles;
import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TenantCatalogFixture;
import cn.yingji.tenants.TenantLoader;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * 备案材料: a submission carries every material the owner tenant's policy requires (filing.requiredMaterials), or
 * it is refused with the list of what is missing and nothing is written; enterprise plans need the four materials
 * of the enterprise rule besides; a province's override decides for its tenants, also on re-submission after a
 * return.
 */
class FilingMaterialsApiIntegrationTest extends ApiIntegrationTest {

    PlanSteps steps;
    LocalDate today = China.today();

    @BeforeEach
    void steps() {
        steps = new PlanSteps(this::as);
    }

    @Test
    void aSubmissionWithoutTheCompilationNoteIsRefusedByNameAndLeavesNothingBehind() {
        String government = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
        String planId = issued("wc-county", "潍城区突发事件总体应急预案-" + UUID.randomUUID(), "general", government);
        assertThat(materials("wc-county", planId)).filteredOn(m -> Boolean.TRUE.equals(m.get("required")))
                .containsExactly(
                        Map.of("role", "text", "label", "预案正文", "required", true, "present", false),
                        Map.of("role", "compilation_note", "label", "编制说明", "required", true, "present", false));
        upload("wc-county", planId, "text");
        upload("wc-county", planId, "handbook");

        String key = UUID.randomUUID().toString();
        submit("wc-county", planId, 1, key).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("filing-materials-missing")
                .jsonPath("$.detail").value(d -> assertThat((String) d).startsWith("缺少备案材料：编制说明"))
                .jsonPath("$.missing").isEqualTo(List.of("compilation_note"));

        // nothing written: the plan as it was, no filing, no audit entry, nothing in the authority's inbox
        assertThat(steps.get("wc-county", planId)).containsEntry("status", "issued").containsEntry("version", 1);
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/filings", planId)).isEmpty();
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/timeline", planId)).extracting(e -> e.get("action"))
                .doesNotContain("filing.submit");
        assertThat(steps.list("wf-city", "/api/v1/filings/inbox")).extracting(f -> f.get("planId")).doesNotContain(planId);

        // the refused attempt did not use up its Idempotency-Key: with the note the same click files the plan
        upload("wc-county", planId, "compilation_note");
        assertThat(materials("wc-county", planId)).filteredOn(m -> Boolean.TRUE.equals(m.get("present")))
                .extracting(m -> m.get("role")).containsExactly("text", "compilation_note", "handbook");
        submit("wc-county", planId, 1, key).expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("pending");

        // the checklist is read like the plan: the city above sees it, the sibling county does not
        assertThat(materials("wf-city", planId)).filteredOn(m -> Boolean.TRUE.equals(m.get("required")))
                .allSatisfy(m -> assertThat(m).containsEntry("present", true));
        as("ht-county").get().uri("/api/v1/plans/{id}/filing-materials", planId).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("plan-not-found");
    }

    @Test
    void anEnterprisePlanAlsoNeedsTheFilingFormReviewOpinionRiskAssessmentAndResourceSurvey() throws Exception {
        String department = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + UUID.randomUUID());
        String enterprise = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍坊某化工有限公司-" + UUID.randomUUID(),
                "enterprise");
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement(
                "update org_unit set supervising_unit_id = ?::uuid where id = ?::uuid")) {
            st.setString(1, department);
            st.setString(2, enterprise);
            st.executeUpdate();
        }
        String planId = issued("wc-county", "危险化学品泄漏事故应急预案-" + UUID.randomUUID(), "enterprise", enterprise);
        upload("wc-county", planId, "text");
        upload("wc-county", planId, "compilation_note");

        submit("wc-county", planId, 1, null).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("filing-materials-missing")
                .jsonPath("$.detail").value(d -> assertThat((String) d)
                        .startsWith("缺少备案材料：备案申报表、评审意见、风险评估结果、应急资源调查清单"))
                .jsonPath("$.missing").isEqualTo(List.of("filing_form", "review_opinion", "risk_assessment", "resource_survey"));
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/filings", planId)).isEmpty();

        for (String role : List.of("filing_form", "review_opinion", "risk_assessment")) {
            upload("wc-county", planId, role);
        }
        submit("wc-county", planId, 1, null).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.missing").isEqualTo(List.of("resource_survey"));
        upload("wc-county", planId, "resource_survey");
        submit("wc-county", planId, 1, null).expectStatus().isCreated();
        assertThat(steps.get("wc-county", planId)).containsEntry("status", "submitted");
    }

    @Test
    void anUnknownRoleIsRefusedWithTheListOfRoles() {
        String department = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + UUID.randomUUID());
        String planId = issued("wc-county", "潍城区防汛应急预案-" + UUID.randomUUID(), "special", department);
        steps.upload("wc-county", "/api/v1/plans/{id}/attachments", planId, "盖章页.docx", TestFiles.docxUnchecked("盖章页"),
                Map.of("role", "seal_page")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("invalid-attachment-role")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("filing_form", "resource_survey"));
    }

    @Test
    void aProvinceOverrideDecidesForItsTenantsAlsoWhenAReturnedPlanIsSubmittedAgain() throws Exception {
        String government = Fixtures.orgUnit("520201", "p52.c5202.x520201", "钟山区人民政府-" + UUID.randomUUID(), "government");
        String planId = issued("zs-county", "钟山区突发事件总体应急预案-" + UUID.randomUUID(), "general", government);
        upload("zs-county", planId, "text");
        upload("zs-county", planId, "compilation_note");
        String filingId = (String) submit("zs-county", planId, 1, null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        steps.post("lps-city", "/api/v1/filings/{id}/return", Map.of("reason", "请补充专家评审意见"), filingId)
                .expectStatus().isOk();

        Path tenants = Files.createTempDirectory("tenants-override");
        try {
            // 贵州省 also asks governments for the review opinion (an example override; lists replace)
            loadWithGuizhouOverride(tenants, List.of("text", "compilation_note", "review_opinion"));

            assertThat(materials("zs-county", planId)).filteredOn(m -> Boolean.TRUE.equals(m.get("required")))
                    .extracting(m -> m.get("role") + ":" + m.get("present"))
                    .containsExactly("text:true", "compilation_note:true", "review_opinion:false");
            int version = PlanSteps.version(steps.get("zs-county", planId));
            submit("zs-county", planId, version, null).expectStatus().isEqualTo(409).expectBody()
                    .jsonPath("$.code").isEqualTo("filing-materials-missing")
                    .jsonPath("$.detail").value(d -> assertThat((String) d).startsWith("缺少备案材料：评审意见"))
                    .jsonPath("$.missing").isEqualTo(List.of("review_opinion"));
            assertThat(steps.get("zs-county", planId)).containsEntry("status", "returned").containsEntry("version", version);
            assertThat(steps.list("zs-county", "/api/v1/plans/{id}/filings", planId)).hasSize(1);

            // another province keeps the national list
            String weicheng = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
            String shandongPlan = issued("wc-county", "潍城区突发事件总体应急预案-" + UUID.randomUUID(), "general", weicheng);
            assertThat(materials("wc-county", shandongPlan)).filteredOn(m -> Boolean.TRUE.equals(m.get("required")))
                    .extracting(m -> m.get("role")).containsExactly("text", "compilation_note");

            upload("zs-county", planId, "review_opinion");
            submit("zs-county", planId, version, null).expectStatus().isCreated();
            assertThat(steps.get("zs-county", planId)).containsEntry("status", "submitted");
        } finally {
            TenantLoader.sync("--tenants-dir=" + TenantCatalogFixture.tenantsDir(), "--jdbc-url="
                    + cn.yingji.support.TestServices.jdbcUrl(), "--skip-keycloak");
            try (Stream<Path> files = Files.walk(tenants)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        assertThat(materials("zs-county", planId)).filteredOn(m -> Boolean.TRUE.equals(m.get("required")))
                .extracting(m -> m.get("role")).containsExactly("text", "compilation_note");
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** Loads the real catalog and policies, with 贵州省's file changed as a province would change it. */
    private static void loadWithGuizhouOverride(Path dir, List<String> government) throws Exception {
        Path real = TenantCatalogFixture.tenantsDir();
        Files.createDirectories(dir.resolve("catalog"));
        Files.copy(real.resolve("catalog/divisions.json"), dir.resolve("catalog/divisions.json"));
        Files.createDirectories(dir.resolve("policies"));
        try (Stream<Path> files = Files.list(real.resolve("policies"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve("policies").resolve(file.getFileName()));
            }
        }
        YAMLMapper yaml = YAMLMapper.shared();
        ObjectNode guizhou = (ObjectNode) yaml.readTree(dir.resolve("policies/520000.yaml").toFile());
        var list = ((ObjectNode) guizhou.required("province")).putObject("filing").putObject("requiredMaterials")
                .putArray("government");
        government.forEach(list::add);
        yaml.writeValue(dir.resolve("policies/520000.yaml").toFile(), guizhou);
        TenantLoader.sync("--tenants-dir=" + dir, "--jdbc-url=" + cn.yingji.support.TestServices.jdbcUrl(), "--skip-keycloak");
    }

    private String issued(String user, String title, String category, String ownerUnitId) {
        String id = (String) steps.create(user, Map.of("title", title, "category", category, "ownerUnitId", ownerUnitId,
                "eventTypes", List.of("危险化学品"), "summary", "本预案适用于本行政区域内的突发事件应对工作。")).get("id");
        steps.issue(user, id, today.minusDays(1));
        return id;
    }

    private void upload(String user, String planId, String role) {
        steps.upload(user, "/api/v1/plans/{id}/attachments", planId, role + ".docx",
                TestFiles.docxUnchecked("备案材料 " + role), Map.of("role", role)).expectStatus().isCreated()
                .expectBody().jsonPath("$.role").isEqualTo(role);
    }

    private WebTestClient.ResponseSpec submit(String user, String planId, int version, String key) {
        var request = as(user).post().uri("/api/v1/plans/{id}/submit", planId).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(Map.of("version", version)).exchange();
    }

    private List<Map<String, Object>> materials(String user, String planId) {
        return steps.list(user, "/api/v1/plans/{id}/filing-materials", planId);
    }
}
