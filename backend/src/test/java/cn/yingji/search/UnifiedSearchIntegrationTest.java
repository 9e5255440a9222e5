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

    private static List<Object> ids(Map<String, Object> answer, String kind) {
        return hits(answer, kind).stream().map(h -> h.get("id")).toList();
    }

    /** The hits holding every word (not found by meaning alone, which has no highlighted snippets). */
    private static List<Object> fullIds(Map<String, Object> answer, String kind) {
        return hits(answer, kind).stream().filter(h -> "full".equals(h.get("match"))).map(h -> h.get("id")).toList();
    }
}
