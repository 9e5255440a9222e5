package cn.yingji.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingji.platform.China;
import cn.yingji.plans.PlanSteps;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.tenancy.TenantDirectory;
import cn.yingji.tenancy.TenantRef;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * 定期通报: generated on demand and by the job, kept per tenant and month, the same table as PDF and .xlsx as the
 * dashboard shows, read by the tenant and the tiers above, never by the regions below or beside it.
 */
class BulletinApiIntegrationTest extends ApiIntegrationTest {

    @Autowired
    BulletinJob job;

    @Autowired
    TenantDirectory directory;

    @Test
    @SuppressWarnings("unchecked")
    void aCityGeneratesItsBulletinTheProvinceReadsItTheCountiesDoNot() throws Exception {
        String month = YearMonth.now(China.ZONE).toString();
        Map<String, Object> bulletin = as("wf-city").post().uri("/api/v1/bulletins")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("month", month)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(bulletin).containsEntry("tenantCode", "370700").containsEntry("tenantName", "潍坊市")
                .containsEntry("month", month).containsEntry("generatedBy", "李娜");
        String id = (String) bulletin.get("id");

        // generating again replaces the month's bulletin
        Map<String, Object> again = as("wf-city").post().uri("/api/v1/bulletins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of()).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        assertThat(again.get("id")).isEqualTo(id);

        List<Map<String, Object>> kept = as("sd-province").get()
                .uri(b -> b.path("/api/v1/bulletins").queryParam("tenantCode", "370700").build()).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(m -> (Map<String, Object>) m).toList();
        assertThat(kept).extracting(m -> m.get("id")).containsExactly(id);

        Map<String, Object> dashboard = as("wf-city").get()
                .uri(b -> b.path("/api/v1/compliance/370700").queryParam("month", month).build()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) dashboard.get("rows");

        byte[] pdf = as("sd-province").get().uri("/api/v1/bulletins/{id}/bulletin.pdf", id).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("潍坊市", month, "合规情况通报", "综合得分", "潍城区", "寒亭区");
        }
        byte[] xlsx = as("wf-city").get().uri("/api/v1/bulletins/{id}/bulletin.xlsx", id).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        List<List<String>> sheet = PlanSteps.xlsxRows(xlsx);
        assertThat(sheet.getFirst()).startsWith("地区").contains("综合得分", "排名");
        // one line per dashboard row, then the total
        assertThat(sheet).hasSize(1 + rows.size() + 1);
        assertThat(sheet.getLast().getFirst()).isEqualTo("合计");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(sheet.get(i + 1).getFirst()).startsWith((String) rows.get(i).get("tenantName"));
        }

        // below and beside: nothing
        as("wc-county").get().uri(b -> b.path("/api/v1/bulletins").queryParam("tenantCode", "370700").build())
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("tenant-not-found");
        for (String user : List.of("wc-county", "ht-county", "jn-city", "gz-province")) {
            as(user).get().uri("/api/v1/bulletins/{id}/bulletin.pdf", id).exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void badInputGetsAClearError() {
        for (String month : List.of("2026-13", "下个月", YearMonth.now(China.ZONE).plusMonths(1).toString())) {
            as("wf-city").post().uri("/api/v1/bulletins").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("month", month)).exchange().expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.code").isEqualTo("invalid-month");
        }
        as("expert-demo").post().uri("/api/v1/bulletins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of()).exchange().expectStatus().isForbidden();
        as("wf-city").get().uri("/api/v1/bulletins/{id}/bulletin.pdf", java.util.UUID.randomUUID()).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("bulletin-not-found");
    }

    @Test
    void theJobIssuesEachMissingBulletinOnceAndNoneForAMonthWithoutFigures() {
        // 坊子区: no demo user and no other test makes its bulletins, so this month's is the job's to issue
        TenantRef county = directory.all().block().stream().filter(t -> t.code().equals("370704")).findFirst()
                .orElseThrow();
        YearMonth now = YearMonth.now(China.ZONE);
        // a month that has begun gets its figures computed, so the county is due once
        job.issue(List.of(county), now);
        assertThat(job.issue(List.of(county), now)).as("issued already").isZero();
        assertThat(as("wf-city").get().uri("/api/v1/bulletins?tenantCode=370704").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody())
                .anySatisfy(b -> assertThat(b).containsEntry("tenantCode", "370704").containsEntry("month", now.toString())
                        .containsEntry("generatedBy", BulletinJob.ACTOR));
        // long ago nothing was recorded: no bulletin
        assertThat(job.issue(List.of(county), YearMonth.of(2019, 1))).isZero();
    }
}
