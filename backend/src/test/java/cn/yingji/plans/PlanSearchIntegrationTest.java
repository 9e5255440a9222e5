package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.Launcher;
import cn.yingji.support.OddQueries;

/**
 * Plans reach search through the outbox and the indexer, and every search is cut to the viewer's sharing
 * scope. Includes the outage case: writes keep succeeding while the real Elasticsearch is stopped, and
 * all of them become searchable once it is back.
 */
class PlanSearchIntegrationTest extends ApiIntegrationTest {


    String unit;

    @BeforeEach
    void unit() {
        unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
    }

    @Test
    void chinesePhraseSearchFindsTheWordInTheTextWithinTheSharingScope() {
        String marker = "检索" + UUID.randomUUID().toString().substring(0, 8);
        String id = createIssued("潍城区危险化学品事故应急预案" + marker,
                "本预案适用于潍城区行政区域内危险化学品泄漏、火灾、爆炸事故的应急处置。" + marker);

        // a full match: the words' request and the neighbours' request may straddle a refresh, and a plan found
        // only by meaning (in the tail, without highlights) is searchable by its words a moment later
        Map<String, Object> found = awaitSearch("wf-city", "危险化学品泄漏", r -> fullIds(r).contains(id));
        Map<String, Object> hit = items(found).stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
        assertThat(hit.get("highlights").toString()).contains("<em>");
        assertThat(hit).containsEntry("tenantName", "潍城区").containsEntry("status", "issued");
        assertThat(found.get("facets").toString()).contains("category").contains("general");

        assertThat(ids(search("ht-county", marker))).as("sibling county").doesNotContain(id);
        assertThat(ids(search("gz-province", marker))).as("another province").doesNotContain(id);
        assertThat(ids(search("sd-province", marker))).as("province above").contains(id);
        assertThat((Map<?, ?>) search("wf-city", marker).get("facets")).as("facets only when asked").isEmpty();
        // scattered characters are not the phrase; several words must all match (else the plan is only a partial match)
        assertThat(fullIds(search("wf-city", "危化泄品" + marker))).doesNotContain(id);
        assertThat(fullIds(search("wf-city", "危险化学品 " + marker))).contains(id);
        Map<String, Object> oneOfTwo = search("wf-city", "地震 " + marker);
        assertThat(fullIds(oneOfTwo)).doesNotContain(id);
        assertThat(oneOfTwo.get("match")).isEqualTo("partial");
        assertThat(items(oneOfTwo)).filteredOn(i -> id.equals(i.get("id"))).extracting(i -> i.get("match"))
                .containsExactly("partial");
    }

    @Test
    void draftsAreSearchableByTheirOwnerOnly() {
        String marker = "草稿" + UUID.randomUUID().toString().substring(0, 8);
        String id = create("潍城区草稿预案" + marker, "草稿内容");
        awaitSearch("wc-county", marker, r -> ids(r).contains(id));
        assertThat(ids(search("wf-city", marker))).doesNotContain(id);
    }

    @Test
    void oddQueriesGetResultsOrAClearError() {
        String marker = "怪词" + UUID.randomUUID().toString().substring(0, 8);
        String id = createIssued("H2S泄漏应急预案" + marker, "危化品🔥（硫化氢）泄漏的处置。" + marker);
        awaitSearch("wc-county", marker, r -> ids(r).contains(id));
        for (String q : OddQueries.ACCEPTED) {
            as("wc-county").get().uri(b -> b.path("/api/v1/plans/search").queryParam("q", "{q}").build(q))
                    .exchange().expectStatus().isOk();
        }
        // the same with the plan's marker: mixed scripts, emoji and full-width punctuation still find it
        for (String q : List.of("H2S泄漏 " + marker, "危化品🔥 " + marker, "（硫化氢） " + marker, "\"H2S泄漏\" " + marker)) {
            assertThat(ids(search("wc-county", q))).as(q).contains(id);
        }
        as("wc-county").get().uri(b -> b.path("/api/v1/plans/search").queryParam("q", "{q}").build("应 ".repeat(100)))
                .exchange().expectStatus().isOk();
        as("wc-county").get().uri(b -> b.path("/api/v1/plans/search").queryParam("q", "{q}")
                        .build(OddQueries.tooLong(PlanSearch.MAX_QUERY_LENGTH)))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("search-query-too-long");
    }

    @Test
    void writesSucceedWhileElasticsearchIsDownAndAllAppearAfterItIsBack() throws Exception {
        assumeTrue(Launcher.inUse(),
                "needs the services of infra/local/platform.sh (Testcontainers mode restarts nothing)");
        String marker = "停机" + UUID.randomUUID().toString().substring(0, 8);
        Launcher.run("stop", "elasticsearch");
        try {
            for (int i = 0; i < 5; i++) {
                create("潍城区应急预案" + marker + "-" + i, "停机期间写入的预案 " + marker);
            }
        } finally {
            Launcher.run("start", "elasticsearch");
        }
        Map<String, Object> result = awaitSearch("wc-county", marker, r -> ((Number) r.get("total")).intValue() == 5);
        assertThat(((Number) result.get("total")).intValue()).isEqualTo(5);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private String create(String title, String summary) {
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = as("wc-county").post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "category", "general", "eventTypes", List.of("危险化学品"),
                        "ownerUnitId", unit, "summary", summary))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) plan.get("id");
    }

    private String createIssued(String title, String summary) {
        String id = create(title, summary);
        as("wc-county").post().uri("/api/v1/plans/{id}/issue", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("docNumber", "潍城政发〔2026〕" + Math.abs(id.hashCode() % 100) + "号",
                        "issuedOn", China.today().toString(), "version", 0))
                .exchange().expectStatus().isOk();
        return id;
    }

    @SuppressWarnings("unchecked")
    /** The hits holding every word (not the partial matches or those found by meaning). */
    private static List<Object> fullIds(Map<String, Object> result) {
        return items(result).stream().filter(i -> "full".equals(i.get("match"))).map(i -> i.get("id")).toList();
    }

    private Map<String, Object> search(String user, String q) {
        return as(user).get().uri(b -> b.path("/api/v1/plans/search").queryParam("q", "{q}").build(q))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<String, Object> awaitSearch(String user, String q, Predicate<Map<String, Object>> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Map<String, Object> last = null;
        while (Instant.now().isBefore(deadline)) {
            var response = as(user).get().uri(b -> b.path("/api/v1/plans/search").queryParam("q", "{q}")
                    .queryParam("facets", "true").build(q)).exchange().returnResult(Map.class);
            if (response.getStatus().is2xxSuccessful()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = response.getResponseBody().blockFirst();
                last = body;
                if (done.test(body)) {
                    return body;
                }
            }
            sleep(300);
        }
        throw new AssertionError("search for " + q + " as " + user + " did not settle; last result: " + last);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("items");
    }

    private static List<Object> ids(Map<String, Object> result) {
        return items(result).stream().map(i -> i.get("id")).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
