package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;

/**
 * 备案 round trip through the API: a county files a plan, the routed city returns it, the county
 * resubmits, the city accepts, both download the receipt; the sibling county sees none of it.
 */
class FilingApiIntegrationTest extends ApiIntegrationTest {

    String government;
    String department;

    @BeforeEach
    void units() {
        government = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
        department = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + UUID.randomUUID());
    }

    @Test
    void countyFilesCityReturnsCountyResubmitsCityAccepts() throws Exception {
        String title = "潍城区突发事件总体应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        String planId = issuedPlan(title, "general");

        String key = UUID.randomUUID().toString();
        Map<String, Object> filing = submit(planId, 1, key).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String filingId = (String) filing.get("id");
        assertThat(filing).containsEntry("status", "pending").containsEntry("late", false);
        assertThat(filing.get("routeDescription").toString()).contains("潍坊市");
        assertThat(((Map<?, ?>) filing.get("authority")).get("tenantCode")).isEqualTo("370700");

        // the same click twice: one submission
        Map<String, Object> again = submit(planId, 1, key).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again.get("id")).isEqualTo(filingId);
        assertThat(filingsOf("wc-county", planId)).hasSize(1);

        assertThat(inboxIds("wf-city")).contains(filingId);
        assertThat(inboxIds("sd-province")).doesNotContain(filingId);
        as("ht-county").get().uri("/api/v1/plans/{id}/filings", planId).exchange()
                .expectStatus().isOk().expectBody().json("[]");

        // only the routed authority decides, and a return needs a reason
        as("sd-province").post().uri("/api/v1/filings/{id}/accept", filingId).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("not-filing-authority");
        as("wf-city").post().uri("/api/v1/filings/{id}/return", filingId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", " ")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
        as("wf-city").post().uri("/api/v1/filings/{id}/return", filingId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "缺少编制说明，请补充后重新报送")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("returned")
                .jsonPath("$.decision.reason").isEqualTo("缺少编制说明，请补充后重新报送");
        as("wf-city").post().uri("/api/v1/filings/{id}/accept", filingId).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("filing-already-decided");

        Map<String, Object> plan = plan("wc-county", planId);
        assertThat(plan).containsEntry("status", "returned");
        int version = ((Number) plan.get("version")).intValue();

        Map<String, Object> second = submit(planId, version, UUID.randomUUID().toString()).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String secondId = (String) second.get("id");
        Map<String, Object> accepted = as("wf-city").post().uri("/api/v1/filings/{id}/accept", secondId).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> decision = (Map<?, ?>) accepted.get("decision");
        assertThat(decision.get("filingNumber").toString()).startsWith("370700-" + LocalDate.now().getYear() + "-");
        assertThat(plan("wc-county", planId)).containsEntry("status", "filed");
        assertThat(plan("sd-province", planId)).containsEntry("status", "filed");

        for (String user : List.of("wc-county", "wf-city")) {
            byte[] pdf = as(user).get().uri("/api/v1/filings/{id}/receipt.pdf", secondId).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentType(MediaType.APPLICATION_PDF)
                    .expectBody(byte[].class).returnResult().getResponseBody();
            try (var document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("应急预案备案登记表", decision.get("filingNumber").toString(),
                        decision.get("verificationCode").toString(), "潍城区");
            }
        }
        as("ht-county").get().uri("/api/v1/filings/{id}/receipt.pdf", secondId).exchange().expectStatus().isNotFound();
        as("wc-county").get().uri("/api/v1/filings/{id}/receipt.pdf", filingId).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("filing-not-accepted");

        List<Object> actions = timeline("wc-county", planId).stream().map(e -> e.get("action")).toList();
        assertThat(actions).containsSubsequence("plan.create", "plan.issue", "filing.submit", "filing.return",
                "filing.submit", "filing.accept");
        // people by name (人员名录), never by login name; the action's words are the web app's (one map)
        assertThat(timeline("wc-county", planId)).allSatisfy(e -> assertThat(e).doesNotContainKey("label")
                .extractingByKey("actor").asString().matches("^(王强|李娜).*"));
    }

    @Test
    void aDraftCannotBeFiledAndOnlyTheOwnerFiles() {
        @SuppressWarnings("unchecked")
        Map<String, Object> draft = as("wc-county").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "潍城区草稿预案", "category", "special", "ownerUnitId", department))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        submit((String) draft.get("id"), 0, null).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("plan-illegal-transition");

        String issued = issuedPlan("潍城区专项应急预案-" + UUID.randomUUID(), "special");
        as("wf-city").post().uri("/api/v1/plans/{id}/submit", issued).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 1)).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("not-owner");
        as("wc-county").post().uri("/api/v1/filings/inbox").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isEqualTo(405);
        as("wc-county").get().uri("/api/v1/filings/inbox").exchange().expectStatus().isForbidden();
    }

    @Test
    void anEnterpriseFilingLeftUnansweredPastItsDeadlineCountsAsFiledAGovernmentOneDoesNot() throws Exception {
        String enterprise = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍坊某化工有限公司-" + UUID.randomUUID(),
                "enterprise");
        setSupervisor(enterprise, department);
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = as("wc-county").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "危险化学品泄漏事故应急预案-" + UUID.randomUUID(), "category", "enterprise",
                        "ownerUnitId", enterprise))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String enterprisePlan = (String) plan.get("id");
        as("wc-county").post().uri("/api/v1/plans/{id}/issue", enterprisePlan).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "潍化〔2026〕3号", "issuedOn", LocalDate.now().toString(), "version", 0))
                .exchange().expectStatus().isOk();
        String enterpriseFiling = (String) submit(enterprisePlan, 1, null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        String governmentPlan = issuedPlan("潍城区总体应急预案-" + UUID.randomUUID(), "general");
        String governmentFiling = (String) submit(governmentPlan, 1, null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        assertThat(filingsOf("wc-county", enterprisePlan)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("deemedFiled", false).containsEntry("acknowledgementLate", false));

        // the authorities stay silent past their acknowledgement deadlines
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement(
                "update filing set acknowledgement_due_on = current_date - 1 where id in (?::uuid, ?::uuid)")) {
            st.setString(1, enterpriseFiling);
            st.setString(2, governmentFiling);
            assertThat(st.executeUpdate()).isEqualTo(2);
        }
        assertThat(filingsOf("wc-county", enterprisePlan)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("deemedFiled", true).containsEntry("acknowledgementLate", true)
                        .containsEntry("status", "pending"));
        assertThat(filingsOf("wc-county", governmentPlan)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("deemedFiled", false).containsEntry("acknowledgementLate", true));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static void setSupervisor(String unit, String supervisor) throws java.sql.SQLException {
        try (var c = cn.yingji.support.TestServices.ownerConnection(); var st = c.prepareStatement(
                "update org_unit set supervising_unit_id = ?::uuid where id = ?::uuid")) {
            st.setString(1, supervisor);
            st.setString(2, unit);
            st.executeUpdate();
        }
    }

    private String issuedPlan(String title, String category) {
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = as("wc-county").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "category", category, "eventTypes", List.of("危险化学品"),
                        "ownerUnitId", "general".equals(category) ? government : department,
                        "summary", "本预案适用于危险化学品事故。"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) plan.get("id");
        as("wc-county").post().uri("/api/v1/plans/{id}/issue", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "潍城政发〔2026〕1号", "issuedOn", LocalDate.now().minusDays(1).toString(),
                        "version", 0))
                .exchange().expectStatus().isOk();
        return id;
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec submit(String planId, int version,
            String key) {
        new PlanSteps(this::as).uploadFilingMaterials("wc-county", planId);
        var request = as("wc-county").post().uri("/api/v1/plans/{id}/submit", planId)
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(Map.of("version", version)).exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> plan(String user, String id) {
        return as(user).get().uri("/api/v1/plans/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> filingsOf(String user, String planId) {
        return as(user).get().uri("/api/v1/plans/{id}/filings", planId).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timeline(String user, String planId) {
        return as(user).get().uri("/api/v1/plans/{id}/timeline", planId).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Object> inboxIds(String user) {
        List<Map<String, Object>> inbox = as(user).get().uri("/api/v1/filings/inbox?status=pending").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return inbox.stream().map(f -> f.get("id")).toList();
    }
}
