package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;

/** Plan records through the API: lifecycle, validation, optimistic locking, and who sees what. */
class PlanApiIntegrationTest extends ApiIntegrationTest {

    String weichengUnit;
    String hantingUnit;

    @BeforeEach
    void units() {
        weichengUnit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
        hantingUnit = Fixtures.orgUnit("370703", "p37.c3707.x370703", "寒亭区人民政府-" + UUID.randomUUID(), "government");
    }

    @Test
    void aDraftIsPrivateAndIssuingSharesItUp() {
        Map<String, Object> draft = create("wc-county", draftBody("潍城区突发事件总体应急预案"));
        String id = (String) draft.get("id");
        assertThat(draft).containsEntry("status", "draft").containsEntry("sharing", "private")
                .containsEntry("statusLabel", "编制中").containsEntry("tenantCode", "370702");

        as("wf-city").get().uri("/api/v1/plans/{id}", id).exchange().expectStatus().isNotFound();

        as("wc-county").post().uri("/api/v1/plans/{id}/issue", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "潍城政发〔2026〕12号", "issuedOn", China.today().minusDays(3).toString(),
                        "version", 0))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("issued").jsonPath("$.sharing").isEqualTo("up");

        as("wf-city").get().uri("/api/v1/plans/{id}", id).exchange().expectStatus().isOk();
        as("sd-province").get().uri("/api/v1/plans/{id}", id).exchange().expectStatus().isOk();
        as("ht-county").get().uri("/api/v1/plans/{id}", id).exchange().expectStatus().isNotFound();
        as("szq-county").get().uri("/api/v1/plans/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(listIds("wf-city", "370702")).contains(id);
        assertThat(listIds("ht-county", "370702")).doesNotContain(id);

        // an upper tier oversees but does not edit
        as("wf-city").post().uri("/api/v1/plans/{id}/abolish", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 1)).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("not-owner");
    }

    @Test
    void theExportHoldsExactlyTheViewersRows() throws Exception {
        String title = "潍城区导出测试预案-" + UUID.randomUUID();
        String id = (String) create("wc-county", draftBody(title)).get("id");
        as("wc-county").post().uri("/api/v1/plans/{id}/issue", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "潍城政发〔2026〕7号", "issuedOn", China.today().toString(), "version", 0))
                .exchange().expectStatus().isOk();

        assertThat(exportedTitles("wf-city", "?tenantCode=370702&status=issued")).contains(title);
        assertThat(exportedTitles("wf-city", "?status=draft")).doesNotContain(title);
        assertThat(exportedTitles("ht-county", "")).doesNotContain(title);
        assertThat(exportedTitles("gz-province", "")).doesNotContain(title);
    }

    @Test
    void issuingNeedsDocNumberAndAPastDate() {
        String id = (String) create("wc-county", draftBody("潍城区防汛应急预案")).get("id");
        issue(id, Map.of("issuedOn", China.today().toString(), "version", 0))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("plan-doc-number-required");
        issue(id, Map.of("docNumber", "潍城政办字〔2026〕3号", "version", 0))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("plan-issue-date-required");
        issue(id, Map.of("docNumber", "潍城政办字〔2026〕3号", "issuedOn", China.today().plusDays(2).toString(),
                "version", 0))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("plan-issue-date-in-future");
        as("wc-county").get().uri("/api/v1/plans/{id}", id).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("draft").jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void illegalTransitionsAndStaleVersionsAreConflicts() {
        String id = (String) create("wc-county", draftBody("潍城区地震应急预案")).get("id");
        issue(id, Map.of("docNumber", "潍城政发〔2026〕5号", "issuedOn", China.today().toString(), "version", 0))
                .expectStatus().isOk();
        issue(id, Map.of("docNumber", "潍城政发〔2026〕5号", "issuedOn", China.today().toString(), "version", 1))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("plan-illegal-transition");
        as("wc-county").put().uri("/api/v1/plans/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(withVersion(draftBody("改名"), 1)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("plan-illegal-transition");

        String draft = (String) create("wc-county", draftBody("潍城区森林火灾应急预案")).get("id");
        as("wc-county").put().uri("/api/v1/plans/{id}", draft).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(withVersion(draftBody("潍城区森林火灾应急预案（修订稿）"), 0)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);
        as("wc-county").put().uri("/api/v1/plans/{id}", draft).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(withVersion(draftBody("过期的修改"), 0)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("version-conflict");

        as("wc-county").post().uri("/api/v1/plans/{id}/abolish", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 1)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("abolished");
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        Map<String, Object> body = new java.util.HashMap<>(draftBody("类别错误的预案"));
        body.put("category", "poem");
        post("wc-county", body).expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-plan-category");
        body.put("category", "special");
        body.put("eventTypes", List.of("外星人入侵"));
        post("wc-county", body).expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-event-type");
        body.put("eventTypes", List.of("危险化学品"));
        body.put("ownerUnitId", hantingUnit);
        post("wc-county", body).expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-reference");
        body.remove("ownerUnitId");
        post("wc-county", body).expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
        as("wc-county").get().uri("/api/v1/plans?size=500").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-page");
        as("expert-demo").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(draftBody("专家不能编制"))
                .exchange().expectStatus().isForbidden();
        assertThat(listTitles("wc-county")).doesNotContain("类别错误的预案", "专家不能编制");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private List<String> exportedTitles(String user, String query) throws java.io.IOException {
        byte[] xlsx = as(user).get().uri("/api/v1/plans/export.xlsx" + query).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("应急预案");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("预案名称");
            List<String> titles = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                titles.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            return titles;
        }
    }

    private Map<String, Object> draftBody(String title) {
        return Map.of("title", title, "category", "general", "eventTypes", List.of("地震", "危险化学品"),
                "ownerUnitId", weichengUnit, "summary", "为规范" + title + "的应急处置工作，制定本预案。");
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, int version) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put("version", version);
        return copy;
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String user, Map<String, Object> body) {
        return as(user).post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec issue(String id, Map<String, Object> body) {
        return as("wc-county").post().uri("/api/v1/plans/{id}/issue", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> create(String user, Map<String, Object> body) {
        return post(user, body).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String user, String tenantCode) {
        Map<String, Object> page = as(user).get().uri(b -> b.path("/api/v1/plans").queryParam("size", 100)
                        .queryParamIfPresent("tenantCode", java.util.Optional.ofNullable(tenantCode)).build())
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }

    private List<Object> listIds(String user, String tenantCode) {
        return list(user, tenantCode).stream().map(p -> p.get("id")).toList();
    }

    private List<Object> listTitles(String user) {
        return list(user, null).stream().map(p -> p.get("title")).toList();
    }
}
