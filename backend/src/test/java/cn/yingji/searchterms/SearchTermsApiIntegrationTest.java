package cn.yingji.searchterms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.plans.PlanSteps;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.TestServices;

/**
 * 省级检索同义词 end to end, against the real PostgreSQL, Elasticsearch and Keycloak: 山东省's 单位管理员 adds a group;
 * the case search of its county (and of its expert) then finds a record by a term of the group the record does not
 * hold; a county of 贵州省, which reads the same published record, does not; the platform operator neither.
 */
class SearchTermsApiIntegrationTest extends ApiIntegrationTest {

    static final String ADMIN = "sd-admin";
    static final String ROUTE = "/api/v1/search-terms";
    /** Marks this class's groups (their note), for the clean-up. */
    static final String MARKER = "search-terms-it-" + UUID.randomUUID();

    PlanSteps steps;
    /** Terms of this run only: made-up words no other record holds. */
    String typed;
    String recorded;
    String hex;

    @BeforeEach
    void setUp() {
        steps = new PlanSteps(this::as);
        hex = UUID.randomUUID().toString().replace("-", "");
        typed = "漫堤" + hex.substring(0, 8);
        recorded = "漫顶" + hex.substring(8, 16);
    }

    @AfterAll
    static void removeGroups() throws Exception {
        try (var c = TestServices.ownerConnection(); var st = c.prepareStatement(
                "delete from search_term_group where note like ?")) {
            st.setString(1, MARKER + "%");
            st.executeUpdate();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProvinceGroupWidensTheCaseSearchOfItsOfficesOnly() throws Exception {
        String caseId = publishedCase("洪水" + recorded + "致村庄受淹，转移群众");
        // indexed, and public: 贵州省's county reads it by the word it holds
        steps.awaitSearch("/api/v1/cases/search", "zs-county", Map.of("q", recorded),
                r -> PlanSteps.ids(r).contains(caseId));
        assertThat(fullIds(search("wc-county", typed))).as("no group yet").doesNotContain(caseId);

        Map<String, Object> group = steps.ok(create(ADMIN, List.of(typed, recorded), MARKER + " 省防指术语"), Map.class);
        assertThat(group).containsEntry("tenantName", "山东省").containsEntry("createdByName", "郑宏")
                .containsEntry("editable", true).containsEntry("terms", List.of(typed, recorded));

        // the writing instance drops its kept groups: no wait for the county, the city and the province's expert
        for (String office : List.of("wc-county", "wf-city", "expert-demo")) {
            assertThat(fullIds(search(office, typed))).as(office + " finds by the alternative").contains(caseId);
        }
        for (String outsider : List.of("zs-county", "gz-province", "platform-admin")) {
            assertThat(fullIds(search(outsider, typed))).as(outsider).doesNotContain(caseId);
        }

        // read by the province's offices (read-only below the province), never by another province's
        List<Map<String, Object>> seenByCounty = steps.list("wc-county", ROUTE);
        assertThat(seenByCounty).filteredOn(g -> g.get("id").equals(group.get("id"))).singleElement()
                .satisfies(g -> assertThat(g).containsEntry("editable", false).containsEntry("tenantName", "山东省"));
        assertThat(steps.list("zs-county", ROUTE)).extracting(g -> g.get("id")).doesNotContain(group.get("id"));
        as("zs-county").get().uri(ROUTE + "/{id}", group.get("id")).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("search-term-group-not-found");
        as("platform-admin").get().uri(ROUTE + "/{id}", group.get("id")).exchange().expectStatus().isNotFound();
        as("expert-demo").get().uri(ROUTE + "/{id}", group.get("id")).exchange().expectStatus().isOk();

        // versioned change, audited; a stale version is refused
        Map<String, Object> changed = steps.ok(as(ADMIN).put().uri(ROUTE + "/{id}", group.get("id"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("terms", List.of(recorded, "另一" + hex.substring(16, 24)),
                        "note", MARKER, "version", group.get("version"))).exchange(), Map.class);
        assertThat(changed.get("version")).isEqualTo((Integer) group.get("version") + 1);
        assertThat(fullIds(search("wc-county", typed))).as("the typed word left the group").doesNotContain(caseId);
        as(ADMIN).put().uri(ROUTE + "/{id}", group.get("id")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("terms", List.of(typed, recorded), "version", group.get("version"))).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("version-conflict");
        as(ADMIN).delete().uri(ROUTE + "/{id}?version={v}", group.get("id"), changed.get("version")).exchange()
                .expectStatus().isNoContent();
        assertThat(steps.list(ADMIN, ROUTE)).extracting(g -> g.get("id")).doesNotContain(group.get("id"));
        assertThat(audited((String) group.get("id"))).containsExactly("search_terms.create", "search_terms.update",
                "search_terms.delete");
    }

    @Test
    void aTermBelongsToOneGroupOfTheProvince() {
        Map<String, Object> first = steps.ok(create(ADMIN, List.of(typed, recorded), MARKER), Map.class);
        create(ADMIN, List.of("其他" + hex.substring(16, 24), recorded), MARKER).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("search-term-taken")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains(recorded, typed));
        assertThat(groupsHolding(recorded)).isEqualTo(1);
        assertThat(first).containsEntry("terms", List.of(typed, recorded));
    }

    /** A double click: two identical adds at once make one group (the second is told the group holds its terms). */
    @Test
    void concurrentIdenticalAddsMakeOneGroup() throws Exception {
        TestServices.token(ADMIN);
        List<String> answers = twice(() -> {
            var result = create(ADMIN, List.of(typed, recorded), MARKER).expectBody(Map.class).returnResult();
            return result.getStatus().value() + " " + result.getResponseBody().getOrDefault("code", "");
        });
        assertThat(answers).containsExactlyInAnyOrder("201 ", "409 search-term-taken");
        assertThat(groupsHolding(typed)).isEqualTo(1);

        // with the same Idempotency-Key (the page sends one per form), both get the one group
        String other = "同键" + hex.substring(16, 24);
        String key = UUID.randomUUID().toString();
        List<String> bodies = twice(() -> as(ADMIN).post().uri(ROUTE).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("terms", List.of(other, other + "甲"), "note", MARKER))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString());
        assertThat(bodies.get(0)).isEqualTo(bodies.get(1));
        assertThat(groupsHolding(other)).isEqualTo(1);
    }

    @Test
    void badInputIsAClearProblem() {
        Map<List<String>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(List.of(typed), "search-terms-count");
        cases.put(List.of(typed, "洪水 漫顶"), "search-term-blank");
        cases.put(List.of(typed, " "), "search-term-blank");
        cases.put(List.of(typed, "堤".repeat(21)), "search-term-too-long");
        cases.put(List.of(typed, typed), "search-term-duplicate");
        cases.forEach((terms, code) -> create(ADMIN, terms, MARKER).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code).jsonPath("$.detail").isNotEmpty());
        create(ADMIN, List.of(typed, recorded), "说".repeat(201)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("search-term-note-too-long");
        as(ADMIN).post().uri(ROUTE).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", "x")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
        as(ADMIN).put().uri(ROUTE + "/{id}", UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("terms", List.of(typed, recorded))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
        as(ADMIN).put().uri(ROUTE + "/{id}", UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("terms", List.of(typed, recorded), "version", 0)).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("search-term-group-not-found");
        // a city's admin keeps none (its province does); an official without the admin role writes none
        create("wf-admin", List.of(typed, recorded), MARKER).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("search-terms-province-only");
        create("sd-province", List.of(typed, recorded), MARKER).expectStatus().isForbidden();
        assertThat(groupsHolding(typed)).isZero();
    }

    // --- helpers -------------------------------------------------------------------------------------

    org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec create(String user, List<String> terms,
            String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("terms", terms);
        body.put("note", note);
        return as(user).post().uri(ROUTE).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> search(String user, String q) {
        return as(user).get().uri(b -> b.path("/api/v1/cases/search").queryParam("q", q).build()).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /**
     * The hits that hold every word (or its alternatives): without them the search answers with partial matches
     * (the made-up words share single letters and digits with many records; docs/search.md).
     */
    static java.util.List<Object> fullIds(Map<String, Object> result) {
        return PlanSteps.items(result).stream().filter(i -> "full".equals(i.get("match"))).map(i -> i.get("id")).toList();
    }

    /** A case of 潍城区, reviewed and published by 潍坊市 (public: every province reads it). */
    @SuppressWarnings("unchecked")
    String publishedCase(String summary) {
        Map<String, Object> body = Map.of("title", "潍城区内涝处置案例-" + hex.substring(0, 6), "eventType", "洪涝灾害",
                "severity", "general", "placeCode", "370702", "occurredOn", "2021-07-20", "summary", summary);
        Map<String, Object> c = steps.ok(steps.post("wc-county", "/api/v1/cases", body), Map.class);
        c = steps.ok(steps.post("wc-county", "/api/v1/cases/{id}/review", Map.of("version", c.get("version")), c.get("id")),
                Map.class);
        c = steps.ok(steps.post("wf-city", "/api/v1/cases/{id}/publish", Map.of("version", c.get("version")), c.get("id")),
                Map.class);
        return (String) c.get("id");
    }

    static <T> List<T> twice(java.util.function.Supplier<T> request) throws Exception {
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = CompletableFuture.supplyAsync(request, pool);
            var b = CompletableFuture.supplyAsync(request, pool);
            return new ArrayList<>(List.of(a.get(), b.get()));
        }
    }

    static long groupsHolding(String term) {
        try (var c = TestServices.ownerConnection(); var st = c.prepareStatement(
                "select count(*) from search_term_group where ? = any(terms)")) {
            st.setString(1, term);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> audited(String id) {
        try (var c = TestServices.ownerConnection(); var st = c.prepareStatement(
                "select action from audit_log where entity = 'search_term_group' and entity_id = ? order by at, id")) {
            st.setString(1, id);
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            return actions;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
