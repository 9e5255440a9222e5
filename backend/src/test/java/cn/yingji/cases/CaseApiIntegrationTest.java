package cn.yingji.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.attachments.TestFiles;
import cn.yingji.plans.PlanSteps;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;

/**
 * 典型案例库 through the API against the real services: a county compiles a case, reviews it, its city publishes
 * it; a draft is never seen by the sibling county, the city or the expert; a published case is read by every
 * tenant and by the expert. Search with facets and highlights, similar cases from a case, a plan and a free
 * description, saved searches per user, and bad input answered with a result or a clear 400, never a 500.
 */
class CaseApiIntegrationTest extends ApiIntegrationTest {

    PlanSteps steps;
    /** A word of this run only, so searches see this run's cases. */
    String marker;

    @BeforeEach
    void setUp() {
        steps = new PlanSteps(this::as);
        marker = "yj" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    Map<String, Object> flood(String title) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "eventType", "洪涝灾害", "severity", "major",
                "placeCode", "361002", "placeText", "抚河唱凯堤", "occurredOn", "2010-06-21",
                "summary", "连续强降雨致抚河水位暴涨，堤防决口，洪水漫溢淹没村庄，" + marker,
                "whatWorked", "提前启动防汛应急响应，转移群众，封堵决口",
                "problems", "堤防隐患排查不到位，预警信息传递不及时",
                "lessons", "加强堤防巡查和险情预警，完善群众转移预案"));
        body.put("deaths", 0);
        body.put("affected", 150000);
        body.put("timeline", List.of(
                Map.of("at", "2010-06-21T18:30:00", "description", "唱凯堤决口"),
                Map.of("at", "2010-06-20T23:59:00", "description", "启动防汛Ⅰ级应急响应")));
        return body;
    }

    Map<String, Object> chemical(String title) {
        return new HashMap<>(Map.of("title", title, "eventType", "危险化学品", "severity", "general",
                "placeCode", "370103", "occurredOn", "2020-08-18",
                "summary", "高速公路立交氨水储罐车泄漏，现场稀释排放，无人机监测，" + marker,
                "lessons", "危险化学品运输车辆泄漏处置须专家支持与周边预警"));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> create(String user, Map<String, Object> body) {
        return steps.ok(steps.post(user, "/api/v1/cases", body), Map.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> step(String user, String action, Map<String, Object> c) {
        return steps.ok(steps.post(user, "/api/v1/cases/{id}/" + action, Map.of("version", c.get("version")),
                c.get("id")), Map.class);
    }

    Map<String, Object> publishedFlood(String title) {
        Map<String, Object> c = create("wc-county", flood(title));
        return step("wf-city", "publish", step("wc-county", "review", c));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> similar(String user, String uri, Object... vars) {
        return as(user).get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(List.class)
                .returnResult().getResponseBody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCountyCompilesItsCityPublishesAndOnlyThenEveryoneReadsIt() {
        Map<String, Object> draft = create("wc-county", flood("潍城区堤防决口案例-" + marker));
        String id = (String) draft.get("id");
        assertThat(draft).containsEntry("status", "draft").containsEntry("sharing", "private")
                .containsEntry("own", true).containsEntry("canEdit", true).containsEntry("severityLabel", "重大");
        assertThat(draft).extractingByKey("place").asString().contains("江西省", "抚州市", "临川区");
        assertThat((List<Map<String, Object>>) draft.get("timeline")).extracting(s -> s.get("description"))
                .as("the timeline in time order").containsExactly("启动防汛Ⅰ级应急响应", "唱凯堤决口");

        for (String outsider : List.of("ht-county", "wf-city", "expert-demo", "gz-province")) {
            as(outsider).get().uri("/api/v1/cases/{id}", id).exchange().expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo("case-not-found");
        }

        Map<String, Object> reviewed = step("wc-county", "review", draft);
        assertThat(reviewed).containsEntry("status", "reviewed").containsEntry("sharing", "up")
                .containsEntry("canEdit", false);
        as("wf-city").get().uri("/api/v1/cases/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.canPublish").isEqualTo(true).jsonPath("$.own").isEqualTo(false);
        as("ht-county").get().uri("/api/v1/cases/{id}", id).exchange().expectStatus().isNotFound();
        as("expert-demo").get().uri("/api/v1/cases/{id}", id).exchange().expectStatus().isNotFound();
        // the county officer reviews, it does not publish; a stale version is refused
        steps.post("wc-county", "/api/v1/cases/{id}/publish", Map.of("version", reviewed.get("version")), id)
                .expectStatus().isForbidden();
        steps.post("wf-city", "/api/v1/cases/{id}/publish", Map.of("version", draft.get("version")), id)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("version-conflict");

        Map<String, Object> published = step("wf-city", "publish", reviewed);
        assertThat(published).containsEntry("status", "published").containsEntry("sharing", "public");
        assertThat((String) published.get("publishedBy")).contains("潍坊市");
        for (String reader : List.of("ht-county", "expert-demo", "gz-province", "zs-county", "jn-city")) {
            as(reader).get().uri("/api/v1/cases/{id}", id).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.title").isEqualTo("潍城区堤防决口案例-" + marker)
                    .jsonPath("$.tenantName").isEqualTo("潍城区").jsonPath("$.timeline.length()").isEqualTo(2);
        }
        assertThat(ids("expert-demo", "/api/v1/cases?status=published&size=100")).contains(id);

        // only the compiler writes the words, and only a draft
        Map<String, Object> edit = flood("改写");
        edit.put("version", published.get("version"));
        as("wf-city").put().uri("/api/v1/cases/{id}", id).contentType(MediaType.APPLICATION_JSON).bodyValue(edit)
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("not-owner");
        as("wc-county").put().uri("/api/v1/cases/{id}", id).contentType(MediaType.APPLICATION_JSON).bodyValue(edit)
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("case-not-editable");
        // a sibling officer takes no workflow step; the city returns it with a reason
        steps.post("ht-county", "/api/v1/cases/{id}/withdraw", Map.of("version", published.get("version")), id)
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("case-workflow-forbidden");
        Map<String, Object> returned = steps.ok(steps.post("wf-city", "/api/v1/cases/{id}/withdraw",
                Map.of("version", published.get("version"), "note", "伤亡数据待核实"), id), Map.class);
        assertThat(returned).containsEntry("status", "draft");
        as("wf-city").get().uri("/api/v1/cases/{id}", id).exchange().expectStatus().isNotFound();
        as("expert-demo").get().uri("/api/v1/cases/{id}", id).exchange().expectStatus().isNotFound();
        Map<String, Object> back = steps.ok(as("wc-county").get().uri("/api/v1/cases/{id}", id).exchange(), Map.class);
        assertThat(back).containsEntry("reviewNote", "伤亡数据待核实").containsEntry("canEdit", true);

        // the draft is the compiler's to edit again
        edit.put("version", back.get("version"));
        as("wc-county").put().uri("/api/v1/cases/{id}", id).contentType(MediaType.APPLICATION_JSON).bodyValue(edit)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("改写");
    }

    @Test
    void linksOnlyToRecordsTheAuthorReadsAndABadLinkLeavesNothing() throws Exception {
        String wcUnit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + marker);
        String htUnit = Fixtures.orgUnit("370703", "p37.c3707.x370703", "寒亭区应急管理局-" + marker);
        String own = (String) steps.draft("wc-county", "潍城区防汛应急预案-" + marker, "special", wcUnit).get("id");
        String siblings = (String) steps.draft("ht-county", "寒亭区防汛应急预案-" + marker, "special", htUnit).get("id");

        Map<String, Object> bad = flood("越权关联-" + marker);
        bad.put("planIds", List.of(own, siblings));
        bad.put("drillIds", List.of(UUID.randomUUID().toString()));
        steps.post("wc-county", "/api/v1/cases", bad).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("case-link-invalid")
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[0].id").isEqualTo(siblings);
        try (var c = TestServices.ownerConnection(); var st = c.prepareStatement(
                "select (select count(*) from case_record where title = ?) + (select count(*) from case_step s "
                        + "join case_record r on r.id = s.case_id where r.title = ?)")) {
            st.setString(1, "越权关联-" + marker);
            st.setString(2, "越权关联-" + marker);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("no case and no timeline step written").isZero();
            }
        }

        Map<String, Object> good = flood("关联本地预案-" + marker);
        good.put("planIds", List.of(own));
        Map<String, Object> linked = create("wc-county", good);
        assertThat(linked).extractingByKey("plans").asString().contains("潍城区防汛应急预案-" + marker);
        // published, the case still names the plan only to those who may read it
        Map<String, Object> published = step("wf-city", "publish", step("wc-county", "review", linked));
        assertThat(published).extractingByKey("plans").asString().contains(own);
        Map<String, Object> seenBySibling = steps.ok(as("ht-county").get().uri("/api/v1/cases/{id}",
                linked.get("id")).exchange(), Map.class);
        assertThat(seenBySibling).extractingByKey("plans").asString().contains(own)
                .doesNotContain("潍城区防汛应急预案");

        // similar cases from the county's plan: the plan must be visible to the viewer
        as("ht-county").get().uri("/api/v1/plans/{id}/similar-cases", own).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("plan-not-found");
    }

    @Test
    void searchFacetsHighlightsAndSimilarCases() throws Exception {
        Map<String, Object> first = publishedFlood("抚河堤防决口特大洪灾-" + marker);
        Map<String, Object> second = publishedFlood("赣江圩堤决口洪涝灾害-" + marker);
        Map<String, Object> chem = step("wf-city", "publish", step("wc-county", "review",
                create("wc-county", chemical("氨水罐车泄漏处置-" + marker))));
        Map<String, Object> draft = create("wc-county", flood("草稿堤防决口-" + marker));

        Map<String, Object> found = steps.awaitSearch("/api/v1/cases/search", "expert-demo",
                Map.of("q", "堤防决口 " + marker, "facets", "true"),
                // found by its words: the words' query may run a moment before the index refresh that the
                // neighbours' query, a moment later, already sees
                r -> PlanSteps.items(r).stream().anyMatch(i -> first.get("id").equals(i.get("id"))
                        && "full".equals(i.get("match"))));
        // a draft never reaches an expert; the chemical case holds neither word, so it may follow the full matches as
        // a case found by meaning (hybrid order), never as one of them
        assertThat(PlanSteps.ids(found)).doesNotContain(draft.get("id"));
        assertThat(PlanSteps.items(found)).filteredOn(i -> chem.get("id").equals(i.get("id")))
                .allSatisfy(i -> assertThat(i.get("match")).isNotEqualTo("full"));
        assertThat(found).extractingByKey("items").asString().contains("<em>");
        assertThat(found).extractingByKey("facets").asString().contains("洪涝灾害", "江西省", "抚州市", "2010", "major");

        // the compiler sees its own draft, the sibling does not
        steps.awaitSearch("/api/v1/cases/search", "wc-county", Map.of("q", marker),
                r -> PlanSteps.ids(r).contains(draft.get("id")));
        Map<String, Object> sibling = steps.awaitSearch("/api/v1/cases/search", "ht-county", Map.of("q", marker),
                r -> PlanSteps.ids(r).contains(chem.get("id")));
        assertThat(PlanSteps.ids(sibling)).doesNotContain(draft.get("id"));

        // facet filters: region, type, severity, year
        Map<String, Object> inJinan = steps.awaitSearch("/api/v1/cases/search", "gz-province",
                Map.of("q", marker, "region", "济南市"), r -> true);
        assertThat(PlanSteps.ids(inJinan)).containsExactly(chem.get("id"));
        assertThat(PlanSteps.ids(steps.awaitSearch("/api/v1/cases/search", "gz-province",
                Map.of("q", marker, "eventType", "洪涝灾害", "severity", "major", "year", "2010"), r -> true)))
                .containsExactlyInAnyOrder(first.get("id"), second.get("id"));

        // similar: from a case (itself excluded), from a description, from a plan
        List<Object> likeFirst = similar("expert-demo", "/api/v1/cases/{id}/similar?size=20", first.get("id")).stream()
                .map(i -> i.get("id")).toList();
        assertThat(likeFirst).contains(second.get("id")).doesNotContain(first.get("id"), draft.get("id"));
        assertThat(likeFirst.indexOf(second.get("id"))).as("the flood before the ammonia leak")
                .isLessThan(likeFirst.contains(chem.get("id")) ? likeFirst.indexOf(chem.get("id")) : Integer.MAX_VALUE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> likeText = steps.ok(steps.post("expert-demo", "/api/v1/cases/similar?size=20",
                Map.of("description", "河道堤防决口，洪水漫溢，需要转移群众 " + marker)), List.class);
        assertThat(likeText).extracting(i -> i.get("id")).contains(first.get("id"), second.get("id"));
        String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区水利局-" + marker);
        Map<String, Object> plan = steps.draft("wc-county", "潍城区堤防决口抢险应急预案-" + marker, "special", unit);
        assertThat(similar("wc-county", "/api/v1/plans/{id}/similar-cases?size=20", plan.get("id")))
                .extracting(i -> i.get("id")).contains(first.get("id"));
        as("ht-county").get().uri("/api/v1/cases/{id}/similar", draft.get("id")).exchange().expectStatus().isNotFound();
    }

    /** 唱凯堤, told in the record's words; searched for below in other words (语义检索). */
    Map<String, Object> dikeBreach(int year) {
        Map<String, Object> body = flood("唱凯堤溃决-" + marker);
        body.put("occurredOn", year + "-06-21");
        body.put("summary", "抚河干流超警戒水位，唱凯堤溃口，圩区受淹，" + marker);
        return body;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aParaphraseFindsTheCaseByMeaningWhileItsNameStillRanksItFirst() throws Exception {
        int year = 1901 + new java.util.Random().nextInt(98); // a year of its own: the facet keeps other runs out
        Map<String, Object> dike = step("wf-city", "publish", step("wc-county", "review",
                create("wc-county", dikeBreach(year))));
        Map<String, Object> chem = chemical("氨水罐车泄漏-" + marker);
        chem.put("occurredOn", year + "-08-18");
        Map<String, Object> leak = step("wf-city", "publish", step("wc-county", "review", create("wc-county", chem)));

        // no case holds every word: the case comes by meaning, marked so, and the unrelated leak does not come
        Map<String, Object> paraphrase = steps.awaitSearch("/api/v1/cases/search", "expert-demo",
                Map.of("q", "江西抚州 河堤被洪水冲开 村民被困", "year", String.valueOf(year)),
                r -> PlanSteps.ids(r).contains(dike.get("id")));
        assertThat(paraphrase.get("total")).as("the lexical total").isEqualTo(0);
        List<Map<String, Object>> items = (List<Map<String, Object>>) paraphrase.get("items");
        assertThat(items).extracting(i -> i.get("id")).contains(dike.get("id")).doesNotContain(leak.get("id"));
        assertThat(items).extracting(i -> i.get("match")).containsOnly("semantic");
        assertThat(paraphrase.get("others")).isEqualTo(items.size());

        // the case's name: the exact record first, found by its words
        Map<String, Object> byName = steps.awaitSearch("/api/v1/cases/search", "expert-demo",
                Map.of("q", "唱凯堤溃决-" + marker), r -> true);
        items = (List<Map<String, Object>>) byName.get("items");
        assertThat(items.getFirst()).containsEntry("id", dike.get("id")).containsEntry("match", "full");

        // 相似案例 from a description in other words than the case's title
        List<Map<String, Object>> likeText = steps.ok(steps.post("expert-demo", "/api/v1/cases/similar?size=20",
                Map.of("description", "江西抚州一段河堤被洪水冲开，大量村民被困需要转移")), List.class);
        assertThat(likeText).extracting(i -> i.get("id")).contains(dike.get("id"));
    }

    @Test
    void aDikeBreachIsFoundUnderEveryNameTheThesaurusKnows() throws Exception {
        // the case says 堤防决口 and 决口, never 决堤
        Map<String, Object> breach = publishedFlood("抚河特大洪灾-" + marker);
        assertThat(breach.toString()).doesNotContain("决堤", "溃堤");
        for (String q : List.of("决堤 " + marker, "溃堤 " + marker)) {
            // until it is searchable a partial match may find it by the marker alone (the full search ran first)
            Map<String, Object> found = steps.awaitSearch("/api/v1/cases/search", "expert-demo", Map.of("q", q),
                    r -> "full".equals(r.get("match")) && PlanSteps.ids(r).contains(breach.get("id")));
            // the breach holds the words (by their synonyms); cases found by meaning may follow, never before
            List<Object> matches = PlanSteps.items(found).stream().map(i -> i.get("match")).toList();
            assertThat(PlanSteps.items(found)).filteredOn(i -> breach.get("id").equals(i.get("id")))
                    .extracting(i -> i.get("match")).containsExactly("full");
            assertThat(matches.subList(0, matches.lastIndexOf("full") + 1)).containsOnly("full");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClassicCaseRanksFirstAmongTheFullMatchesUntilItGoesBackToDraft() throws Exception {
        // by its words alone the breach named in its (shorter) title ranks first; the classic one says 决口 in its text
        Map<String, Object> named = publishedFlood("支流堤防决口漫溢洪涝灾害处置-" + marker);
        Map<String, Object> reviewed = step("wc-county", "review",
                create("wc-county", flood("抚河流域连续强降雨引发特大洪涝灾害应急处置工作总结与复盘-" + marker)));
        Map<String, Object> classic = steps.ok(steps.post("wf-city", "/api/v1/cases/{id}/publish",
                Map.of("version", reviewed.get("version"), "classic", true), reviewed.get("id")), Map.class);
        assertThat(classic).containsEntry("classic", true).containsEntry("status", "published");
        assertThat(named).containsEntry("classic", false);

        Map<String, Object> found = steps.awaitSearch("/api/v1/cases/search", "expert-demo",
                Map.of("q", "决堤 " + marker),
                r -> "full".equals(r.get("match"))
                        && PlanSteps.ids(r).containsAll(List.of(named.get("id"), classic.get("id"))));
        assertThat(PlanSteps.items(found)).extracting(i -> i.get("id"), i -> i.get("classic"), i -> i.get("match"))
                .startsWith(tuple(classic.get("id"), true, "full"), tuple(named.get("id"), false, "full"));

        // 退回 by the city: back to draft and no longer classic; published again without it, words decide
        Map<String, Object> returned = steps.ok(steps.post("wf-city", "/api/v1/cases/{id}/withdraw",
                Map.of("version", classic.get("version"), "note", "案情待补充"), classic.get("id")), Map.class);
        assertThat(returned).containsEntry("classic", false).containsEntry("status", "draft");
        Map<String, Object> again = step("wf-city", "publish", step("wc-county", "review", returned));
        assertThat(again).containsEntry("classic", false);
        Map<String, Object> byWords = steps.awaitSearch("/api/v1/cases/search", "expert-demo",
                Map.of("q", "决堤 " + marker), r -> PlanSteps.items(r).stream()
                        .anyMatch(i -> again.get("id").equals(i.get("id")) && Boolean.FALSE.equals(i.get("classic"))));
        assertThat(PlanSteps.ids(byWords)).startsWith(named.get("id"), again.get("id"));
    }

    @Test
    void withoutACaseHoldingEveryWordTheBestPartialMatchesComeMarked() throws Exception {
        Map<String, Object> flood = publishedFlood("抚河堤防决口洪灾-" + marker);
        Map<String, Object> chem = step("wf-city", "publish", step("wc-county", "review",
                create("wc-county", chemical("氨水罐车泄漏处置-" + marker))));
        steps.awaitSearch("/api/v1/cases/search", "expert-demo", Map.of("q", marker),
                r -> PlanSteps.ids(r).containsAll(List.of(flood.get("id"), chem.get("id"))));

        // no case holds 鸵鸟: the flood (marker and 决口) before the leak (marker only), both partial
        Map<String, Object> partial = steps.awaitSearch("/api/v1/cases/search", "expert-demo",
                Map.of("q", marker + " 决口 鸵鸟", "facets", "true"), r -> true);
        assertThat(partial.get("match")).isEqualTo("partial");
        List<Object> ids = PlanSteps.ids(partial);
        assertThat(ids).contains(flood.get("id"), chem.get("id"));
        assertThat(ids.indexOf(flood.get("id"))).isLessThan(ids.indexOf(chem.get("id")));
        assertThat(PlanSteps.items(partial)).allSatisfy(i -> assertThat(i.get("match")).isEqualTo("partial"));
        assertThat(partial.get("suggestions")).asList().isEmpty();

        // a single word of several words: 决口鸵鸟 segments into 决口 and 鸵鸟
        Map<String, Object> oneWord = steps.awaitSearch("/api/v1/cases/search", "expert-demo",
                Map.of("q", "决口鸵鸟"), r -> true);
        assertThat(oneWord.get("match")).isEqualTo("partial");
        assertThat(PlanSteps.ids(oneWord)).isNotEmpty();
    }

    @Test
    void suggestionsNeverNameAWordOfARecordTheViewerCannotRead() throws Exception {
        // a word only in the county's draft: its compiler is offered it, the sibling county and the expert never
        String secret = "zq" + marker.replaceAll("[^a-z]", "") + "wkrpm";
        String typo = secret.substring(0, secret.length() - 1) + "x";
        Map<String, Object> draft = create("wc-county", flood("草稿-" + secret));
        steps.awaitSearch("/api/v1/cases/search", "wc-county", Map.of("q", secret),
                r -> PlanSteps.ids(r).contains(draft.get("id")));

        Map<String, Object> own = steps.awaitSearch("/api/v1/cases/search", "wc-county", Map.of("q", typo), r -> true);
        assertThat(own.get("total")).isEqualTo(0);
        assertThat(own.get("suggestions")).asList().contains(secret);
        for (String user : List.of("ht-county", "expert-demo")) {
            Map<String, Object> other = steps.awaitSearch("/api/v1/cases/search", user, Map.of("q", typo), r -> true);
            assertThat(other.get("total")).isEqualTo(0);
            assertThat(other.get("suggestions")).asList().doesNotContain(secret);
        }
    }

    @Test
    void badInputIsAResultOrAClear400NeverA500() throws Exception {
        for (String q : List.of("堤防 AND \"决口\" OR title:* ~2 -x +y ( ) [ ] { } \\ / ^", "\"\"\"", "🌊洪水🌊🚒",
                "flood 洪水 наводнение ١٢٣ 堤防けっかい", "*", "   ", "<script>alert(1)</script>")) {
            as("expert-demo").get().uri(b -> b.path("/api/v1/cases/search").queryParam("q", "{q}").build(q))
                    .exchange().expectStatus().isOk();
        }
        as("expert-demo").get().uri(b -> b.path("/api/v1/cases/search").queryParam("q", "{q}").build("堤".repeat(201)))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("search-query-too-long");
        as("expert-demo").get().uri("/api/v1/cases/search?size=101").exchange().expectStatus().isBadRequest();
        as("expert-demo").get().uri("/api/v1/cases/search?eventType=不存在&severity=x&year=abc").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        steps.post("expert-demo", "/api/v1/cases/similar", Map.of("description", "洪".repeat(2001)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("case-description-too-long");
        steps.post("expert-demo", "/api/v1/cases/similar", Map.of("description", "  ")).expectStatus().isBadRequest();
        steps.post("expert-demo", "/api/v1/cases/similar", Map.of("description", "🌊🌊 AND \"洪水\" наводнение"))
                .expectStatus().isOk();
        as("expert-demo").get().uri("/api/v1/cases/{id}/similar?size=500", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound();

        // a case refused whole: unknown type, severity, place; a date in the future; negative losses
        Map<String, Object> body = flood("坏数据-" + marker);
        for (var change : List.of(Map.of("eventType", "外星入侵"), Map.of("severity", "huge"),
                Map.of("placeCode", "999999"), Map.of("occurredOn", "2999-01-01"), Map.<String, Object>of("deaths", -1))) {
            Map<String, Object> wrong = new HashMap<>(body);
            wrong.putAll(change);
            steps.post("wc-county", "/api/v1/cases", wrong).expectStatus().isBadRequest();
        }
        // experts and administrators read; they do not compile
        steps.post("expert-demo", "/api/v1/cases", body).expectStatus().isForbidden();
    }

    @Test
    @SuppressWarnings("unchecked")
    void savedSearchesBelongToTheirUser() {
        Map<String, Object> saved = steps.ok(steps.post("expert-demo", "/api/v1/case-searches", Map.of("name",
                "堤防决口-" + marker, "query", Map.of("q", "堤防决口", "eventType", "洪涝灾害"))), Map.class);
        assertThat(saved).extractingByKey("query").asString().contains("堤防决口", "洪涝灾害");
        steps.post("expert-demo", "/api/v1/case-searches", Map.of("name", "堤防决口-" + marker, "query", Map.of()))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("saved-search-exists");
        steps.post("expert-demo", "/api/v1/case-searches", Map.of("name", "太长-" + marker,
                "query", Map.of("q", "堤".repeat(201)))).expectStatus().isBadRequest();
        assertThat(steps.list("expert-demo", "/api/v1/case-searches")).extracting(s -> s.get("id"))
                .contains(saved.get("id"));
        // another user of the same province, and another tenant, neither see nor delete it
        assertThat(steps.list("sd-province", "/api/v1/case-searches")).extracting(s -> s.get("id"))
                .doesNotContain(saved.get("id"));
        as("sd-province").delete().uri("/api/v1/case-searches/{id}", saved.get("id")).exchange()
                .expectStatus().isNotFound();
        as("wc-county").delete().uri("/api/v1/case-searches/{id}", saved.get("id")).exchange()
                .expectStatus().isNotFound();
        as("expert-demo").delete().uri("/api/v1/case-searches/{id}", saved.get("id")).exchange()
                .expectStatus().isNoContent();
        assertThat(steps.list("expert-demo", "/api/v1/case-searches")).extracting(s -> s.get("id"))
                .doesNotContain(saved.get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void attachmentsAreAddedToADraftAndReadWhereTheCaseIsRead() {
        Map<String, Object> c = create("wc-county", flood("带附件的案例-" + marker));
        String id = (String) c.get("id");
        Map<String, Object> photo = steps.ok(steps.upload("wc-county", "/api/v1/cases/{id}/attachments", id,
                "决口现场.png", TestFiles.png(), Map.of()), Map.class);
        steps.upload("wc-county", "/api/v1/cases/{id}/attachments", id, "程序.pdf", TestFiles.windowsExecutable(),
                Map.of()).expectStatus().isEqualTo(415);
        steps.upload("ht-county", "/api/v1/cases/{id}/attachments", id, "越权.png", TestFiles.png(), Map.of())
                .expectStatus().isNotFound();
        as("ht-county").get().uri("/api/v1/case-attachments/{id}", photo.get("id")).exchange().expectStatus().isNotFound();
        as("expert-demo").get().uri("/api/v1/cases/{id}/attachments", id).exchange().expectStatus().isNotFound();

        // a wrong file of the draft is removed; only the compiler's region may
        Map<String, Object> wrong = steps.ok(steps.upload("wc-county", "/api/v1/cases/{id}/attachments", id,
                "传错了.png", TestFiles.png(), Map.of()), Map.class);
        as("ht-county").delete().uri("/api/v1/case-attachments/{id}", wrong.get("id")).exchange()
                .expectStatus().isNotFound();
        as("wc-county").delete().uri("/api/v1/case-attachments/{id}", wrong.get("id")).exchange()
                .expectStatus().isNoContent();

        Map<String, Object> published = step("wf-city", "publish", step("wc-county", "review", c));
        steps.upload("wc-county", "/api/v1/cases/{id}/attachments", id, "晚到.png", TestFiles.png(), Map.of())
                .expectStatus().isEqualTo(409);
        as("wc-county").delete().uri("/api/v1/case-attachments/{id}", photo.get("id")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("case-not-editable");
        assertThat(steps.list("expert-demo", "/api/v1/cases/{id}/attachments", id)).extracting(a -> a.get("fileName"))
                .containsExactly("决口现场.png");
        as("expert-demo").get().uri("/api/v1/case-attachments/{id}", photo.get("id")).exchange().expectStatus().isOk()
                .expectHeader().contentType("image/png");
        assertThat(published).containsEntry("status", "published");
    }

    @SuppressWarnings("unchecked")
    List<Object> ids(String user, String uri) {
        Map<String, Object> page = as(user).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).stream().map(i -> i.get("id")).toList();
    }
}
