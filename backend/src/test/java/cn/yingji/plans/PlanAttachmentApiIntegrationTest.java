package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

import cn.yingji.attachments.TestFiles;
import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;

/** Plan attachments: checked by content, stored with checksum, visible like their plan, searchable by their words. */
class PlanAttachmentApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void aDocxBodyIsStoredDownloadedAndFoundBySearch() throws Exception {
        String marker = "附件" + UUID.randomUUID().toString().substring(0, 8);
        String planId = plan();
        byte[] docx = TestFiles.docx("本预案适用于本区危险化学品泄漏事故的应急处置。" + marker, "应急指挥部", "潍城区");

        Map<String, Object> attachment = upload("wc-county", planId, "潍城区危化预案正文.docx", docx)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(attachment).containsEntry("role", "text").containsEntry("fileName", "潍城区危化预案正文.docx")
                .containsEntry("mediaType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(attachment.get("sha256").toString()).hasSize(64);
        String id = (String) attachment.get("id");

        byte[] downloaded = as("wc-county").get().uri("/api/v1/attachments/{id}", id).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(docx);
        as("wf-city").get().uri("/api/v1/attachments/{id}", id).exchange().expectStatus().isNotFound();

        // the word inside the .docx body finds the plan
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        boolean found = false;
        while (!found && Instant.now().isBefore(deadline)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> result = as("wc-county").get()
                    .uri(b -> b.path("/api/v1/plans/search").queryParam("q", "危险化学品泄漏事故的应急处置。" + marker).build())
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            found = ((List<?>) result.get("items")).stream().anyMatch(i -> planId.equals(((Map<?, ?>) i).get("id")));
            if (!found) {
                Thread.sleep(300);
            }
        }
        assertThat(found).as("plan found by the text of its .docx attachment").isTrue();

        as("wc-county").post().uri("/api/v1/plans/{id}/issue", planId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "潍城政发〔2026〕9号", "issuedOn", China.today().toString(), "version", 0))
                .exchange().expectStatus().isOk();
        as("wf-city").get().uri("/api/v1/attachments/{id}", id).exchange().expectStatus().isOk();
        as("ht-county").get().uri("/api/v1/attachments/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void wrongTypesMissingFilesAndForeignPlansAreRefusedAndNothingIsStored() {
        String planId = plan();
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        upload("wc-county", planId, "伪装成文档.docx", exe)
                .expectStatus().isEqualTo(415).expectBody().jsonPath("$.code").isEqualTo("attachment-type-not-allowed");
        as("wc-county").post().uri("/api/v1/plans/{id}/attachments", planId)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(roleOnly()))
                .exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("attachment-missing");
        upload("ht-county", planId, "别人的预案.docx", TestFiles.docxUnchecked("越权上传"))
                .expectStatus().isNotFound();
        as("wc-county").get().uri("/api/v1/plans/{id}/attachments", planId).exchange()
                .expectStatus().isOk().expectBody().json("[]");
    }

    @Test
    void aWrongFileIsRemovedByItsRegionUntilThePlanIsSubmittedForFiling() throws Exception {
        PlanSteps steps = new PlanSteps(this::as);
        String planId = plan();
        String wrong = (String) steps.ok(upload("wc-county", planId, "传错的文件.docx",
                TestFiles.docx("与本预案无关的文字", "无关", "无关")), Map.class).get("id");
        as("ht-county").delete().uri("/api/v1/attachments/{id}", wrong).exchange().expectStatus().isNotFound();
        as("wf-city").delete().uri("/api/v1/attachments/{id}", wrong).exchange().expectStatus().isNotFound();
        as("wc-county").delete().uri("/api/v1/attachments/{id}", wrong).exchange().expectStatus().isNoContent();
        as("wc-county").get().uri("/api/v1/plans/{id}/attachments", planId).exchange()
                .expectStatus().isOk().expectBody().json("[]");

        // once submitted, the materials stay as the authority received them
        as("wc-county").post().uri("/api/v1/plans/{id}/issue", planId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "潍城政发〔2026〕11号", "issuedOn", China.today().toString(), "version", 0))
                .exchange().expectStatus().isOk();
        steps.submit("wc-county", planId, 1).expectStatus().isCreated();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kept = as("wc-county").get().uri("/api/v1/plans/{id}/attachments", planId).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(kept).isNotEmpty();
        as("wc-county").delete().uri("/api/v1/attachments/{id}", kept.getFirst().get("id")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("plan-illegal-transition")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("已报备"));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> roleOnly() {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("role", "text");
        return body.build();
    }

    private String plan() {
        String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + UUID.randomUUID());
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = as("wc-county").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "潍城区危险化学品事故应急预案", "category", "special", "ownerUnitId", unit))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) plan.get("id");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec upload(String user, String planId,
            String fileName, byte[] bytes) {
        return new PlanSteps(this::as).upload(user, "/api/v1/plans/{id}/attachments", planId, fileName, bytes,
                Map.of("role", "text"));
    }
}
