package cn.yingji.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.yingji.plans.PlanSteps;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;

/**
 * Uploads are bounded before they cost anything: a viewer whose role may not upload is answered 403 before the
 * server reads the body (every upload endpoint), and an .xlsx import that inflates like a zip bomb is refused with
 * 422, one larger than the import limit with 413.
 */
class UploadLimitsIntegrationTest extends ApiIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aRoleThatMayNotUploadIsAnsweredBeforeTheBodyIsSent() throws Exception {
        UUID id = UUID.randomUUID();
        for (String path : List.of("/api/v1/plans/" + id + "/attachments", "/api/v1/drills/" + id + "/attachments",
                "/api/v1/cases/" + id + "/attachments", "/api/v1/experts/import")) {
            assertThat(answerBeforeTheBody("expert-demo", path)).as(path).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void anXlsxZipBombIsRefusedWith422AndAnOversizedImportWith413() throws Exception {
        byte[] bomb = TestFiles.padded(Spreadsheets.xlsx("专家", List.of("姓名"), List.of(List.of("张三"))),
                "xl/worksheets/sheet1.xml", "</worksheet>", 30 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200 * 1024);
        importSheet(bomb).expectStatus().isEqualTo(422).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("xlsx-too-complex")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("压缩炸弹"));

        byte[] huge = new byte[(int) Spreadsheets.MAX_UPLOAD.toBytes() + 1024];
        new java.util.Random(1).nextBytes(huge);
        importSheet(huge).expectStatus().isEqualTo(413).expectBody().jsonPath("$.code").isEqualTo("xlsx-too-large");
    }

    @Test
    void aFileOfSeveralSlicesIsStoredAndDownloadedByteForByte() throws Exception {
        PlanSteps steps = new PlanSteps(this::as);
        String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + UUID.randomUUID());
        Object plan = steps.draft("wc-county", "大附件预案", "special", unit).get("id");
        byte[] pdf = TestFiles.largePdf("Large file", 2 * AttachmentBlobs.SLICE + 12_345);

        Map<?, ?> stored = steps.upload("wc-county", "/api/v1/plans/{id}/attachments", plan, "大文件.pdf", pdf, Map.of())
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(stored.get("sizeBytes")).isEqualTo(pdf.length);

        byte[] back = as("wc-county").mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build().get().uri("/api/v1/attachments/{id}", stored.get("id")).exchange()
                .expectStatus().isOk().expectHeader().contentLength(pdf.length)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(back).isEqualTo(pdf);
    }

    /**
     * Sends the headers and the first 64 KB of a 40 MB multipart upload, then waits for the status line without
     * sending the rest: a server that reads (spools) the body before checking the role never answers.
     */
    private String answerBeforeTheBody(String user, String path) throws Exception {
        String boundary = "yingji-" + UUID.randomUUID();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestServices.token(user) + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + 40 * 1024 * 1024 + "\r\n\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(new byte[64 * 1024]);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private WebTestClient.ResponseSpec importSheet(byte[] xlsx) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "专家.xlsx";
            }
        });
        return as("sd-province").post().uri("/api/v1/experts/import").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange();
    }
}
