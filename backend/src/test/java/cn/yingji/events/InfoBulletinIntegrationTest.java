package cn.yingji.events;

import static cn.yingji.events.EventReportingIntegrationTest.event;
import static cn.yingji.events.EventReportingIntegrationTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Concurrently;

/**
 * 《信息快报》 through the API: 潍坊市 compiles one from 潍城区's report and sends it to 潍城区; numbers per series and
 * year never repeat or skip under concurrent issues, a doubled click issues one; 潍城区 (named) and 山东省 (above) read
 * it, 寒亭区 (not named) does not; 分送 only below; the PDF for print and fax.
 */
class InfoBulletinIntegrationTest extends ApiIntegrationTest {

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String user, String uri, Object body, int status, Object... vars) {
        return as(user).post().uri(uri, vars).bodyValue(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> bulletin(String title, Object eventId, List<Object> reportIds, List<String> to) {
        Map<String, Object> b = new HashMap<>();
        b.put("series", "express");
        b.put("title", title);
        b.put("body", "12月6日，潍城区于河街道一化工企业储罐阀门泄漏。\n企业已关阀堵漏，周边群众已疏散，无人员伤亡。");
        b.put("eventId", eventId);
        b.put("reportIds", reportIds);
        b.put("leaders", "王海涛副市长");
        b.put("addresseeCodes", to);
        b.put("departments", "市生态环境局");
        b.put("compiledBy", "李娜");
        b.put("approvedBy", "孙晓东");
        return b;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCityBulletinIsNumberedOnceSentToTheCountyNamedAndPrinted() throws Exception {
        String title = "潍城区于河街道储罐泄漏-" + UUID.randomUUID().toString().substring(0, 6);
        Object eventId = ((Map<String, Object>) post("wc-county", "/api/v1/events",
                event(title, "general", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).withNano(0)), 201)
                .get("event")).get("id");
        Object reportId = post("wc-county", "/api/v1/events/{id}/reports", report("initial", "written"), 201, eventId)
                .get("id");

        // two issues at once: two numbers in a row; the same dialog sent twice: one bulletin
        List<Map<String, Object>> issued = Concurrently.run(2, i -> post("wf-city", "/api/v1/info-bulletins",
                bulletin(title + "（" + i + "）", eventId, List.of(reportId), List.of("370702")), 201));
        List<Integer> numbers = issued.stream().map(b -> (Integer) b.get("number")).sorted().toList();
        assertThat(numbers.get(1)).isEqualTo(numbers.get(0) + 1);
        String key = UUID.randomUUID().toString();
        List<Object> once = Concurrently.run(2, i -> as("wf-city").post().uri("/api/v1/info-bulletins")
                .header("Idempotency-Key", key).bodyValue(bulletin(title, eventId, List.of(reportId), List.of("370702")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
        assertThat(once).containsOnly(once.getFirst());
        Map<String, Object> b = as("wf-city").get().uri("/api/v1/info-bulletins/{id}", once.getFirst()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        int year = China.today().getYear();
        assertThat(b).containsEntry("number", numbers.get(1) + 1).containsEntry("seriesLabel", "信息快报")
                .containsEntry("issue", "《信息快报》" + year + "年第" + (numbers.get(1) + 1) + "期")
                .containsEntry("tenantName", "潍坊市").containsEntry("eventTitle", title).containsEntry("own", true);
        assertThat((List<Map<String, Object>>) b.get("addressees")).extracting(a -> a.get("name")).containsExactly("潍城区");

        // 潍城区, named, and 山东省, above, read it; 寒亭区 does not
        for (String reader : List.of("wc-county", "sd-province")) {
            List<Map<String, Object>> list = as(reader).get().uri("/api/v1/info-bulletins").exchange().expectStatus()
                    .isOk().expectBody(List.class).returnResult().getResponseBody();
            assertThat(list).as(reader).extracting(x -> x.get("id")).contains(once.getFirst());
        }
        as("ht-county").get().uri("/api/v1/info-bulletins/{id}", once.getFirst()).exchange().expectStatus().isNotFound();
        List<Map<String, Object>> sibling = as("ht-county").get().uri("/api/v1/info-bulletins").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(sibling).extracting(x -> x.get("id")).doesNotContain(once.getFirst());

        // for print and fax
        byte[] pdf = as("wc-county").get().uri("/api/v1/info-bulletins/{id}/pdf", once.getFirst()).exchange()
                .expectStatus().isOk().expectHeader().contentType("application/pdf").expectBody(byte[].class)
                .returnResult().getResponseBody();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBulletinGoesDownOnlyAndCitesOnlyReportsOfItsEvent() {
        String title = "潍城区道路积水-" + UUID.randomUUID().toString().substring(0, 6);
        Object eventId = ((Map<String, Object>) post("wc-county", "/api/v1/events",
                event(title, "general", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).withNano(0)), 201)
                .get("event")).get("id");
        assertThat(post("wf-city", "/api/v1/info-bulletins", bulletin(title, eventId, List.of(), List.of("370103")), 400))
                .containsEntry("code", "bulletin-addressee-invalid");
        assertThat(post("wf-city", "/api/v1/info-bulletins", bulletin(title, eventId, List.of(), List.of("370700")), 400))
                .containsEntry("code", "bulletin-addressee-invalid");
        assertThat(post("wf-city", "/api/v1/info-bulletins",
                bulletin(title, eventId, List.of(UUID.randomUUID()), List.of("370702")), 400))
                .containsEntry("code", "bulletin-report-invalid");
        Map<String, Object> wrongSeries = bulletin(title, eventId, List.of(), List.of());
        wrongSeries.put("series", "weekly");
        assertThat(post("wf-city", "/api/v1/info-bulletins", wrongSeries, 400)).containsEntry("code", "invalid-bulletin-series");
        // an event the office cannot see
        assertThat(post("ht-county", "/api/v1/info-bulletins", bulletin(title, eventId, List.of(), List.of()), 404))
                .containsEntry("code", "event-not-found");
        as("wc-informant").get().uri("/api/v1/info-bulletins").exchange().expectStatus().isForbidden();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeaderInstructsOnABulletinAndTheCountyNamedFeedsBack() {
        String title = "潍城区燃气泄漏-" + UUID.randomUUID().toString().substring(0, 6);
        Object eventId = ((Map<String, Object>) post("wc-county", "/api/v1/events",
                event(title, "general", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).withNano(0)), 201)
                .get("event")).get("id");
        Map<String, Object> onEvent = post("wf-city", "/api/v1/info-bulletins",
                bulletin(title, eventId, List.of(), List.of("370702")), 201);
        Map<String, Object> noEvent = post("wf-city", "/api/v1/info-bulletins",
                bulletin(title + "（值班信息）", null, List.of(), List.of("370702")), 201);
        Map<String, Object> instruction = new HashMap<>(Map.of("leaderName", "王海涛", "leaderTitle", "副市长",
                "content", "请潍城区全力做好处置，及时报告进展。", "addresseeCodes", List.of("370702")));

        Map<String, Object> issued = post("wf-city", "/api/v1/info-bulletins/{id}/instructions", instruction, 201,
                onEvent.get("id"));
        assertThat(issued).containsEntry("bulletinId", onEvent.get("id")).containsEntry("eventId", eventId)
                .containsEntry("bulletinTitle", onEvent.get("issue") + "：" + title);
        // on a bulletin of no event: the bulletin names it
        Map<String, Object> plain = post("wf-city", "/api/v1/info-bulletins/{id}/instructions", instruction, 201,
                noEvent.get("id"));
        assertThat(plain).containsEntry("eventId", null).containsEntry("eventTitle", plain.get("bulletinTitle"));
        // the county named reads both and answers; the bulletin lists its instructions
        List<Map<String, Object>> received = as("wc-county").get().uri("/api/v1/instructions?scope=received").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(received).extracting(x -> x.get("id")).contains(issued.get("id"), plain.get("id"));
        Map<String, Object> answered = post("wc-county", "/api/v1/instructions/{id}/feedback",
                Map.of("content", "已组织抢修，管线已关阀。"), 201, plain.get("id"));
        assertThat((List<Map<String, Object>>) answered.get("addressees")).singleElement()
                .satisfies(a -> assertThat((List<?>) a.get("feedbacks")).hasSize(1));
        List<Map<String, Object>> ofBulletin = as("wf-city").get()
                .uri("/api/v1/instructions?bulletin={id}", noEvent.get("id")).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(ofBulletin).extracting(x -> x.get("id")).containsExactly(plain.get("id"));

        // a bulletin's instruction is on no single report; a bulletin 寒亭区 does not read; only below
        Map<String, Object> onReport = new HashMap<>(instruction);
        onReport.put("reportId", UUID.randomUUID());
        assertThat(post("wf-city", "/api/v1/info-bulletins/{id}/instructions", onReport, 400, onEvent.get("id")))
                .containsEntry("code", "instruction-report-invalid");
        Map<String, Object> down = new HashMap<>(instruction);
        down.put("addresseeCodes", List.of("370703"));
        assertThat(post("ht-county", "/api/v1/info-bulletins/{id}/instructions", down, 404, onEvent.get("id")))
                .containsEntry("code", "bulletin-not-found");
        Map<String, Object> up = new HashMap<>(instruction);
        up.put("addresseeCodes", List.of("370000"));
        assertThat(post("wf-city", "/api/v1/info-bulletins/{id}/instructions", up, 400, onEvent.get("id")))
                .containsEntry("code", "instruction-addressee-not-below");
    }
}
