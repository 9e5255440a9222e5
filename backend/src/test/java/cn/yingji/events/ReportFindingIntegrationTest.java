package cn.yingji.events;

import static cn.yingji.events.EventReportingIntegrationTest.event;
import static cn.yingji.events.EventReportingIntegrationTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Concurrently;
import cn.yingji.tenancy.TenantRef;

/**
 * 漏报/瞒报/谎报 through the API: 潍坊市 hears of 寒亭区's event from the 12350 line long after 寒亭区's clock ran out
 * and no report of 寒亭区 came — the check suspects a 漏报, 潍坊市 confirms it, 寒亭区 reads it then (never before),
 * 潍城区 never; an event 潍城区 reported before the city heard of it, one whose clock still runs and one the tier
 * below reported through intake are never suspected; 瞒报/谎报 recorded by a person only about regions below.
 */
class ReportFindingIntegrationTest extends ApiIntegrationTest {

    static final TenantRef WEIFANG = new TenantRef("370700", "潍坊市", TenantTier.city, "p37.c3707");

    @Autowired
    MissedReportCheck check;

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String user, String uri, Object body, int status, Object... vars) {
        return as(user).post().uri(uri, vars).bodyValue(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String user, String query) {
        return as(user).get().uri("/api/v1/report-findings" + query).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    private static String title(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** An event of the city at a county's place, learned of at {@code learned} (null: now). */
    private static Map<String, Object> cityEvent(String title, String place, OffsetDateTime occurred,
            OffsetDateTime learned) {
        Map<String, Object> e = event(title, "general", occurred);
        e.put("placeCode", place);
        if (learned != null) {
            e.put("learnedAt", learned.toString());
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    private Object open(String user, Map<String, Object> event) {
        return ((Map<String, Object>) post(user, "/api/v1/events", event, 201).get("event")).get("id");
    }

    private List<Map<String, Object>> onEvent(List<Map<String, Object>> findings, Object eventId) {
        return findings.stream().filter(f -> eventId.equals(f.get("eventId"))).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCheckSuspectsAMissedReportWhichTheCityConfirmsAndOnlyThenTheCountyReads() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        // heard of from 12350 a day after it happened at 寒亭区, whose 20 minutes ran out long before: nothing came
        Object missed = open("wf-city", cityEvent(title("寒亭区厂房火灾"), "370703", now.minusDays(6),
                now.minusDays(5)));
        // 潍城区 reported first, then the city heard of it too
        Object reportedEvent = open("wc-county", event(title("潍城区仓库火灾"), "general", now.minusMinutes(30)));
        post("wc-county", "/api/v1/events/{id}/reports", report("initial", "phone"), 201, reportedEvent);
        Object reported = open("wf-city", cityEvent(title("潍城区仓库火灾（热线）"), "370702", now.minusMinutes(30), null));
        // 寒亭区's clock still runs
        Object running = open("wf-city", cityEvent(title("寒亭区车辆起火"), "370703", now.minusMinutes(1), null));
        // told by 寒亭区 itself through intake
        Map<String, Object> item = new HashMap<>(Map.of("source", "lower_tier", "channel", "phone", "reporter", "寒亭区值班室",
                "content", "寒亭区报告：一处仓库起火。"));
        Object itemId = post("wf-city", "/api/v1/intake", item, 201).get("id");
        Map<String, Object> screen = new HashMap<>();
        screen.put("decision", "open");
        screen.put("version", 0);
        screen.put("event", cityEvent(title("寒亭区仓库起火"), "370703", now.minusDays(6).minusMinutes(10), null));
        Object toldByCounty = post("wf-city", "/api/v1/intake/{id}/screen", screen, 200, itemId).get("eventId");

        assertThat(check.check(List.of(WEIFANG), Instant.now())).isPositive();
        // a second pass (or a second instance) writes nothing new
        check.check(List.of(WEIFANG), Instant.now());
        List<Map<String, Object>> candidates = list("wf-city", "?scope=own&state=candidate");
        assertThat(onEvent(candidates, missed)).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("kind", "missed").containsEntry("kindLabel", "漏报")
                    .containsEntry("stateLabel", "待核查").containsEntry("subjectTenantName", "寒亭区")
                    .containsEntry("detected", true).containsEntry("decidable", true);
            assertThat((String) f.get("detail")).contains("经其他渠道获悉").contains("寒亭区应于").contains("未收到其报告");
        });
        for (Object quiet : List.of(reported, running, toldByCounty)) {
            assertThat(onEvent(candidates, quiet)).as("not suspected").isEmpty();
        }
        Map<String, Object> candidate = onEvent(candidates, missed).getFirst();
        Object id = candidate.get("id");

        // 寒亭区 does not read a suspicion, 潍城区 never; 山东省 oversees it but does not decide it
        assertThat(onEvent(list("ht-county", ""), missed)).isEmpty();
        assertThat(onEvent(list("wc-county", ""), missed)).isEmpty();
        assertThat(onEvent(list("sd-province", "?scope=below"), missed)).hasSize(1);
        Map<String, Object> decision = new HashMap<>(Map.of("decision", "confirm",
                "basis", "经核查，寒亭区应急管理局当日已知悉该起火灾，未按规定报告。", "version", 0));
        assertThat(post("ht-county", "/api/v1/report-findings/{id}/decision", decision, 404, id))
                .containsEntry("code", "finding-not-found");
        assertThat(post("sd-province", "/api/v1/report-findings/{id}/decision", decision, 403, id))
                .containsEntry("code", "finding-not-own");
        Map<String, Object> stale = new HashMap<>(decision);
        stale.put("version", 7);
        assertThat(post("wf-city", "/api/v1/report-findings/{id}/decision", stale, 409, id))
                .containsEntry("code", "version-conflict");
        Map<String, Object> unknown = new HashMap<>(decision);
        unknown.put("decision", "maybe");
        assertThat(post("wf-city", "/api/v1/report-findings/{id}/decision", unknown, 400, id))
                .containsEntry("code", "invalid-finding-decision");

        Map<String, Object> confirmed = post("wf-city", "/api/v1/report-findings/{id}/decision", decision, 200, id);
        assertThat(confirmed).containsEntry("state", "confirmed").containsEntry("stateLabel", "已认定")
                .containsEntry("decidable", false).containsEntry("basis", decision.get("basis"));
        assertThat((String) confirmed.get("decidedBy")).isNotBlank().doesNotContain("wf-city");
        assertThat(post("wf-city", "/api/v1/report-findings/{id}/decision", decision, 409, id))
                .containsEntry("code", "finding-decided");

        // now 寒亭区 reads it (about itself), 潍城区 still not; it is on the event page and on the city's figures
        assertThat(onEvent(list("ht-county", "?scope=about"), missed)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("tenantName", "潍坊市").containsEntry("decidable", false));
        assertThat(onEvent(list("wc-county", ""), missed)).isEmpty();
        Map<String, Object> page = as("wf-city").get().uri("/api/v1/events/{id}", missed).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) page.get("findings")).extracting(f -> f.get("id")).containsExactly(id);
        assertThat((Map<String, Object>) page.get("event")).containsEntry("placeName", "寒亭区");
        Map<String, Object> figures = as("wf-city").get().uri("/api/v1/report-findings/figures").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> hanting = ((List<Map<String, Object>>) figures.get("lines")).stream()
                .filter(l -> "370703".equals(l.get("tenantCode")) && !(Boolean) l.get("total")).findFirst().orElseThrow();
        assertThat((Integer) hanting.get("missed")).isPositive();
        as("ht-county").get().uri("/api/v1/report-findings/figures?region=370700").exchange().expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonRecordsConcealmentAndFalseReportsOnlyAboutRegionsBelowOnce() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        Object eventId = open("wc-county", event(title("潍城区化工厂泄漏"), "general", now.minusMinutes(40)));
        Object reportId = post("wc-county", "/api/v1/events/{id}/reports", report("initial", "phone"), 201, eventId)
                .get("id");
        Map<String, Object> finding = new HashMap<>(Map.of("kind", "false", "eventId", eventId, "reportId", reportId,
                "basis", "经现场核查，实有 2 人受伤，初报称 1 人受伤。"));
        String key = UUID.randomUUID().toString();
        List<Object> once = Concurrently.run(2, i -> as("wf-city").post().uri("/api/v1/report-findings")
                .header("Idempotency-Key", key).bodyValue(finding).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id"));
        assertThat(once).containsOnly(once.getFirst());
        assertThat(onEvent(list("wc-county", "?scope=about"), eventId)).singleElement().satisfies(f -> assertThat(f)
                .containsEntry("kindLabel", "谎报").containsEntry("stateLabel", "已认定")
                .containsEntry("subjectTenantName", "潍城区").containsEntry("reportId", reportId));
        assertThat(onEvent(list("ht-county", ""), eventId)).isEmpty();

        // only about a region below: not the city itself, not another city's district
        Map<String, Object> self = new HashMap<>(Map.of("kind", "concealed", "eventId", eventId,
                "subjectTenantCode", "370700", "basis", "b"));
        assertThat(post("wf-city", "/api/v1/report-findings", self, 400)).containsEntry("code", "finding-subject-not-below");
        self.put("subjectTenantCode", "370103");
        assertThat(post("wf-city", "/api/v1/report-findings", self, 400)).containsEntry("code", "finding-subject-not-below");
        // an event the office cannot see; a report of another event; a kind no one knows; no basis
        assertThat(post("ht-county", "/api/v1/report-findings", Map.of("kind", "concealed", "eventId", eventId,
                "basis", "b"), 404)).containsEntry("code", "event-not-found");
        assertThat(post("wf-city", "/api/v1/report-findings", Map.of("kind", "false", "eventId", eventId,
                "reportId", UUID.randomUUID(), "basis", "b"), 400)).containsEntry("code", "finding-report-invalid");
        assertThat(post("wf-city", "/api/v1/report-findings", Map.of("kind", "late", "eventId", eventId, "basis", "b"),
                400)).containsEntry("code", "invalid-finding-kind");
        post("wf-city", "/api/v1/report-findings", Map.of("kind", "concealed", "eventId", eventId), 400);
        // one 漏报 per event and region
        Map<String, Object> missed = Map.of("kind", "missed", "eventId", eventId, "basis", "经核查未按时报告");
        post("wf-city", "/api/v1/report-findings", missed, 201);
        assertThat(post("wf-city", "/api/v1/report-findings", missed, 409)).containsEntry("code", "finding-exists");
        // an event's place is the office's own division or one below it
        assertThat(post("wf-city", "/api/v1/events", cityEvent(title("济南"), "370103", now.minusMinutes(5), null), 400))
                .containsEntry("code", "event-place-not-below");
        as("wc-informant").get().uri("/api/v1/report-findings").exchange().expectStatus().isForbidden();
        as("wf-city").get().uri("/api/v1/report-findings?scope=x").exchange().expectStatus().isBadRequest();
    }
}
