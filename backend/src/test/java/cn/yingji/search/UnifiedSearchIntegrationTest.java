package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingji.plans.PlanSteps;
import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.OddQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * 全局检索: one query, every kind grouped, each kind cut by its own sharing rule; odd input gets results or
 * a clear 400.
 */
class UnifiedSearchIntegrationTest extends ApiIntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void oneBoxFindsPlansDrillsAndExpertsEachWithinTheViewersScope() {
        PlanSteps steps = new PlanSteps(this::as);
        String marker = "统搜" + UUID.randomUUID().toString().substring(0, 8);
        String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + marker, "department");

        String planId = (String) steps.create("wc-county", Map.of("title", "潍城区防汛应急预案" + marker,
                "category", "special", "ownerUnitId", unit, "eventTypes", List.of("洪涝灾害"),
                "summary", "堤防决口时的转移安置。" + marker)).get("id");
        steps.issue("wc-county", planId, China.today().minusDays(3));
        Map<String, Object> drill = new HashMap<>(Map.of("title", "潍城区防汛演练" + marker, "form", "tabletop",
                "status", "planned", "organizerUnitId", unit, "eventTypes", List.of("洪涝灾害"),
                "scenario", "河道堤防出现管涌" + marker, "plannedOn", China.today().plusDays(20).toString()));
        String drillId = (String) steps.ok(steps.post("wc-county", "/api/v1/drills", drill), Map.class).get("id");
        Map<String, Object> expert = new HashMap<>(Map.of("name", "张" + marker, "organization", "山东省水利科学研究院",
                "title", "高级工程师", "specialties", List.of("洪涝灾害"), "level", "province",
                "phone", "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)),
                "email", "expert@example.cn"));
        String expertId = (String) steps.ok(steps.post("sd-province", "/api/v1/experts", expert), Map.class).get("id");

        Map<String, Object> answer = await("wc-county", marker,
                a -> fullIds(a, "plan").contains(planId) && ids(a, "drill").contains(drillId)
                        && ids(a, "expert").contains(expertId));
        List<Map<String, Object>> groups = (List<Map<String, Object>>) answer.get("groups");
        assertThat(groups).extracting(g -> g.get("kind")).startsWith("plan").contains("drill", "expert");
        Map<String, Object> planHit = hits(answer, "plan").getFirst();
        assertThat(planHit).containsEntry("title", "潍城区防汛应急预案" + marker).containsEntry("tenantName", "潍城区")
                .containsEntry("status", "issued");
        assertThat(planHit.get("snippets").toString()).contains("<em>");
        // the phone number itself, not a prefix that a random id may contain
        assertThat(hits(answer, "expert").getFirst().toString()).doesNotContain((String) expert.get("phone"))
                .doesNotContain("expert@example.cn").contains("山东省水利科学研究院");

        // the sibling county reads the province's expert, never 潍城区's plan or drill (partial matches of the
        // marker's letters and digits may bring plans of its own)
        Map<String, Object> sibling = search("ht-county", marker);
        assertThat(ids(sibling, "plan")).doesNotContain(planId);
        assertThat(ids(sibling, "drill")).isEmpty();
        assertThat(ids(sibling, "expert")).contains(expertId);
        // the city above oversees both
        Map<String, Object> city = search("wf-city", marker);
        assertThat(ids(city, "plan")).contains(planId);
        assertThat(ids(city, "drill")).contains(drillId);
    }

    /** 事件: the office's events and the subtree's for the tiers above; never a sibling's, never an expert's. */
    @Test
    void eventsAreFoundByTheirWordsWithinTheViewersScope() {
        String marker = "统搜事件" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> event = new HashMap<>(Map.of("title", "于河街道化工企业储罐泄漏" + marker, "eventType", "危险化学品",
                "severity", "general", "occurredAt", java.time.OffsetDateTime.now().minusMinutes(5).toString(),
                "address", "潍城区于河街道化工产业园", "longitude", 119.063, "latitude", 36.681,
                "summary", "储罐阀门泄漏，周边群众已疏散。" + marker));
        @SuppressWarnings("unchecked")
        String eventId = (String) ((Map<String, Object>) ((Map<String, Object>) as("wc-county").post()
                .uri("/api/v1/events").bodyValue(event).exchange().expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody()).get("event")).get("id");
        Map<String, Object> answer = await("wc-county", marker, a -> ids(a, "event").contains(eventId));
        assertThat(hits(answer, "event").getFirst()).containsEntry("tenantName", "潍城区").containsEntry("status", "open")
                .containsEntry("detail", "一般·危险化学品");
        assertThat(ids(search("wf-city", marker), "event")).contains(eventId);
        assertThat(ids(search("ht-county", marker), "event")).doesNotContain(eventId);
        assertThat(kinds(search("expert-demo", marker))).as("an expert reads no such record").doesNotContain("event");

        // …and by what its 总结评估 taught (the evaluation's write re-indexes it)
        String lesson = "报警器" + UUID.randomUUID().toString().substring(0, 8);
        as("wc-county").put().uri("/api/v1/events/{id}/evaluation", eventId).bodyValue(Map.of("process", "处置及时。",
                "lessons", "沿街商铺须加装燃气" + lesson, "version", 0)).exchange().expectStatus().isOk();
        await("wc-county", lesson, a -> ids(a, "event").contains(eventId));
        assertThat(ids(search("ht-county", lesson), "event")).doesNotContain(eventId);
    }

    /** 信息报告: the reporting office's and, shared up, its city's; never the sibling's nor an expert's. */
    @Test
    @SuppressWarnings("unchecked")
    void reportsAreFoundByTheirContentWithinTheViewersScope() {
        String marker = "统搜报告" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> event = new HashMap<>(Map.of("title", "望留街道护栏损坏", "eventType", "危险化学品",
                "severity", "general", "occurredAt", java.time.OffsetDateTime.now().minusMinutes(5).toString(),
                "address", "潍城区望留街道白浪河东岸", "longitude", 119.087, "latitude", 36.704));
        String eventId = (String) ((Map<String, Object>) as("wc-county").post().uri("/api/v1/events").bodyValue(event)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("event"))
                .get("id");
        Map<String, Object> report = new HashMap<>(Map.of("stage", "initial", "channel", "written", "direct", false,
                "content", "护栏已临时加固，设置警示标志。" + marker, "principal", "刘建国", "deputy", "张敏",
                "compiledBy", "王强"));
        String reportId = (String) as("wc-county").post().uri("/api/v1/events/{id}/reports", eventId).bodyValue(report)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        Map<String, Object> answer = await("wf-city", marker, a -> ids(a, "event_report").contains(reportId));
        assertThat(hits(answer, "event_report").getFirst()).containsEntry("title", "潍城区初报：望留街道护栏损坏")
                .containsEntry("tenantName", "潍城区").containsEntry("detail", "书面");
        assertThat(ids(search("wc-county", marker), "event_report")).contains(reportId);
        assertThat(ids(search("ht-county", marker), "event_report")).doesNotContain(reportId);
        assertThat(kinds(search("expert-demo", marker))).as("an expert reads no such record").doesNotContain("event_report");
        // the clocks of this test's event closed: its written 终报, and the evaluation it opens
        as("wc-county").post().uri("/api/v1/events/{id}/reports", eventId).bodyValue(new HashMap<>(Map.of("stage", "final",
                "channel", "written", "direct", false, "content", "处置完毕。", "principal", "刘建国", "deputy", "张敏",
                "compiledBy", "王强"))).exchange().expectStatus().isCreated();
        as("wc-county").put().uri("/api/v1/events/{id}/evaluation", eventId)
                .bodyValue(Map.of("process", "处置及时。", "version", 0)).exchange().expectStatus().isOk();
    }

    /** 预警信息: a draft the issuing office's alone; once published, the tiers of its subtree find it too. */
    @Test
    void warningsAreFoundByTheirWordsOnceTheViewerMayReadThem() {
        String marker = "统搜预警" + UUID.randomUUID().toString().substring(0, 8);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        Map<String, Object> draft = new HashMap<>(Map.of("hazard", "暴雨", "level", "blue", "headline", "潍城区暴雨蓝色预警" + marker,
                "description", "预计未来 12 小时内潍城区降雨量将达 50 毫米以上。", "instruction", "注意防范城市内涝。",
                "areaCodes", List.of("370702"), "areaDesc", "潍城区", "onset", now.toString(),
                "expires", now.plusHours(12).toString(), "channels", List.of("sms")));
        String id = (String) as("wf-city").post().uri("/api/v1/warnings").bodyValue(draft).exchange().expectStatus()
                .isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        Map<String, Object> answer = await("wf-city", marker, a -> ids(a, "warning").contains(id));
        assertThat(hits(answer, "warning").getFirst()).containsEntry("status", "draft").containsEntry("detail", "暴雨蓝色预警");
        assertThat(ids(search("wc-county", marker), "warning")).as("a draft").doesNotContain(id);

        as("wf-city").post().uri("/api/v1/warnings/{id}/approve", id).bodyValue(Map.of("approverName", "王海涛", "version", 0))
                .exchange().expectStatus().isOk();
        as("wf-city").post().uri("/api/v1/warnings/{id}/publish", id).bodyValue(Map.of("version", 1))
                .exchange().expectStatus().isOk();
        await("wc-county", marker, a -> ids(a, "warning").contains(id));
        await("wf-city", marker, a -> hits(a, "warning").stream().anyMatch(h -> id.equals(h.get("id"))
                && "published".equals(h.get("status"))));
        assertThat(ids(search("jn-city", marker), "warning")).doesNotContain(id);
        assertThat(kinds(search("expert-demo", marker))).as("an expert reads no such record").doesNotContain("warning");
        // 叫应, so that no clock of this test stays open
        as("wc-county").post().uri("/api/v1/warnings/{id}/acknowledge", id).bodyValue(Map.of()).exchange()
                .expectStatus().isOk();
    }

    @Test
    void oddInputGetsResultsOrAClearError() {
        // blank input asks for words (below); everything else is searched as words
        for (String q : OddQueries.ACCEPTED.stream().filter(q -> !q.isBlank()).toList()) {
            as("wc-county").get().uri(b -> b.path("/api/v1/search").queryParam("q", q).build()).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.groups").isArray();
        }
        expectProblem("", "search-query-required");
        expectProblem(" \t ", "search-query-required");
        expectProblem(OddQueries.tooLong(UnifiedSearchController.MAX_QUERY_LENGTH), "search-query-too-long");
        as("wc-county").get().uri(b -> b.path("/api/v1/search").queryParam("q", "预案").queryParam("size", 0).build())
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-page");
    }

    private void expectProblem(String q, String code) {
        as("wc-county").get().uri(b -> b.path("/api/v1/search").queryParam("q", q).build()).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.detail").isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> search(String user, String q) {
        return as(user).get().uri(b -> b.path("/api/v1/search").queryParam("q", q).build()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<String, Object> await(String user, String q, java.util.function.Predicate<Map<String, Object>> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Map<String, Object> answer = search(user, q);
        while (!done.test(answer) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = search(user, q);
        }
        assertThat(done.test(answer)).as("searchable within 30 s: %s", answer).isTrue();
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(Map<String, Object> answer, String kind) {
        return ((List<Map<String, Object>>) answer.get("groups")).stream().filter(g -> kind.equals(g.get("kind")))
                .findFirst().map(g -> (List<Map<String, Object>>) g.get("hits")).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> kinds(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("groups")).stream().map(g -> g.get("kind")).toList();
    }

    private static List<Object> ids(Map<String, Object> answer, String kind) {
        return hits(answer, kind).stream().map(h -> h.get("id")).toList();
    }

    /** The hits holding every word (not found by meaning alone, which has no highlighted snippets). */
    private static List<Object> fullIds(Map<String, Object> answer, String kind) {
        return hits(answer, kind).stream().filter(h -> "full".equals(h.get("match"))).map(h -> h.get("id")).toList();
    }
}
