package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.yingji.attachments.TestFiles;

/** The API steps the plan tests take again and again: create a draft, issue it, file it, read it back. */
public final class PlanSteps {

    private final Function<String, WebTestClient> as;

    public PlanSteps(Function<String, WebTestClient> as) {
        this.as = as;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> create(String user, Map<String, Object> body) {
        return as.apply(user).post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    public Map<String, Object> draft(String user, String title, String category, String ownerUnitId) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "category", category, "ownerUnitId", ownerUnitId,
                "eventTypes", List.of("洪涝灾害"), "summary", "本预案规定了防汛抗旱工作的组织指挥体系。"));
        return create(user, body);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> issue(String user, Object id, LocalDate issuedOn) {
        int version = ((Number) get(user, id).get("version")).intValue();
        return as.apply(user).post().uri("/api/v1/plans/{id}/issue", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "测试文〔2026〕" + Math.abs(id.hashCode() % 1000) + "号",
                        "issuedOn", issuedOn.toString(), "version", version))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /**
     * 报送备案 as a compiler does it: first the 备案材料 the owner's policy still asks for (docs/filing.md), then the
     * submission of {@code version}.
     */
    public WebTestClient.ResponseSpec submit(String user, Object id, int version) {
        uploadFilingMaterials(user, id);
        return post(user, "/api/v1/plans/{id}/submit", Map.of("version", version), id);
    }

    /** Uploads a small .docx for every required material the plan does not have yet; returns the roles uploaded. */
    public List<String> uploadFilingMaterials(String user, Object id) {
        List<String> uploaded = new ArrayList<>();
        for (Map<String, Object> material : list(user, "/api/v1/plans/{id}/filing-materials", id)) {
            if (Boolean.TRUE.equals(material.get("required")) && !Boolean.TRUE.equals(material.get("present"))) {
                String role = (String) material.get("role");
                upload(user, "/api/v1/plans/{id}/attachments", id, material.get("label") + ".docx",
                        TestFiles.docxUnchecked(material.get("label") + "：本预案报送备案的材料。"), Map.of("role", role))
                        .expectStatus().isCreated();
                uploaded.add(role);
            }
        }
        return uploaded;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> get(String user, Object id) {
        return as.apply(user).get().uri("/api/v1/plans/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    public WebTestClient.ResponseSpec post(String user, String uri, Object body, Object... vars) {
        return as.apply(user).post().uri(uri, vars).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    public <T> T ok(WebTestClient.ResponseSpec response, Class<T> type) {
        return response.expectStatus().is2xxSuccessful().expectBody(type).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String user, String uri, Object... vars) {
        return as.apply(user).get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(List.class)
                .returnResult().getResponseBody();
    }

    /** The one obligation (待办) of {@code kind} in {@code state} of a record, as {@code user} reads them. */
    public Map<String, Object> obligation(String user, Object recordId, String kind, String state) {
        List<Map<String, Object>> found = list(user, "/api/v1/obligations?state=all&recordId={id}", recordId).stream()
                .filter(o -> kind.equals(o.get("kind")) && state.equals(o.get("state"))).toList();
        assertThat(found).as(kind + " " + state + " of " + recordId + " for " + user).hasSize(1);
        return found.getFirst();
    }

    /** A multipart upload of one file (form field {@code file}) and any extra text parts. */
    public WebTestClient.ResponseSpec upload(String user, String uri, Object id, String fileName, byte[] bytes,
            Map<String, String> parts) {
        org.springframework.http.client.MultipartBodyBuilder body = new org.springframework.http.client.MultipartBodyBuilder();
        body.part("file", new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        parts.forEach(body::part);
        return as.apply(user).post().uri(uri, id).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(body.build())).exchange();
    }

    /** Polls the search API until {@code done} holds (the indexer is asynchronous), or fails after 90 s. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> awaitSearch(String user, Map<String, String> params, Predicate<Map<String, Object>> done)
            throws InterruptedException {
        return awaitSearch("/api/v1/plans/search", user, params, done);
    }

    /** The same, for the search endpoint at {@code path}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> awaitSearch(String path, String user, Map<String, String> params,
            Predicate<Map<String, Object>> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Map<String, Object> last = null;
        while (Instant.now().isBefore(deadline)) {
            var response = as.apply(user).get().uri(b -> {
                b.path(path);
                params.forEach(b::queryParam);
                return b.build();
            }).exchange().returnResult(Map.class);
            if (response.getStatus().is2xxSuccessful()) {
                last = response.getResponseBody().blockFirst();
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("search " + params + " never satisfied the condition; last result: " + last);
    }

    public static List<Object> ids(Map<String, Object> result) {
        return items(result).stream().map(i -> i.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("items");
    }

    /** The text of every cell of the first sheet, row by row. */
    public static List<List<String>> xlsxRows(byte[] xlsx) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        }
    }

    public static int version(Map<String, Object> row) {
        return ((Number) row.get("version")).intValue();
    }
}
