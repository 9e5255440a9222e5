package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;

/**
 * 评估与修订 through the API: revisions as new versions that replace their predecessor on issue, the
 * evaluation clock with its flags, revision triggers, 上下级衔接, publishing down, and joint plans.
 */
class PlanRevisionApiIntegrationTest extends ApiIntegrationTest {

    PlanSteps steps;
    String department;
    String government;
    String cityGovernment;
    final LocalDate today = LocalDate.now(Plans.CHINA);

    @BeforeEach
    void units() {
        steps = new PlanSteps(this::as);
        department = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区水利局-" + UUID.randomUUID());
        government = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
        cityGovernment = Fixtures.orgUnit("370700", "p37.c3707", "潍坊市人民政府-" + UUID.randomUUID(), "government");
    }

    @Test
    void aRevisionIsANewVersionThatReplacesItsPredecessorWhenIssued() {
        String title = "潍城区防汛抗旱应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        String v1 = (String) steps.draft("wc-county", title, "special", department).get("id");
        Map<String, Object> issued = steps.issue("wc-county", v1, today.minusDays(10));
        assertThat(issued).containsEntry("versionNo", 1).containsEntry("evaluationState", "ok")
                .containsEntry("evaluationDueOn", today.minusDays(10).plusYears(3).toString());

        Map<String, Object> trigger = steps.ok(steps.post("wc-county", "/api/v1/plans/{id}/revision-triggers",
                Map.of("kind", "law", "note", "《中华人民共和国突发事件应对法》修订施行", "occurredOn", today.toString()), v1), Map.class);
        assertThat(trigger).containsEntry("kindLabel", "法律法规或上位文件变化").containsEntry("resolvedAt", null);

        Map<String, Object> v2 = steps.ok(steps.post("wc-county", "/api/v1/plans/{id}/revise",
                Map.of("version", PlanSteps.version(steps.get("wc-county", v1))), v1), Map.class);
        assertThat(v2).containsEntry("versionNo", 2).containsEntry("previousVersionId", v1)
                .containsEntry("status", "draft").containsEntry("seriesId", issued.get("seriesId"))
                .containsEntry("title", title).containsEntry("evaluationDueOn", null);
        steps.post("wc-county", "/api/v1/plans/{id}/revise", Map.of("version", PlanSteps.version(steps.get("wc-county", v1))), v1)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("plan-revision-exists");
        steps.post("wc-county", "/api/v1/plans/{id}/revise", Map.of("version", 0), v2.get("id"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("plan-illegal-transition");
        assertThat(steps.get("wc-county", v1)).containsEntry("status", "issued");

        steps.issue("wc-county", v2.get("id"), today);
        Map<String, Object> replaced = steps.get("wc-county", v1);
        assertThat(replaced).containsEntry("status", "superseded").containsEntry("statusLabel", "已被修订")
                .containsEntry("evaluationDueOn", null);
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/revision-triggers", v1)).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("resolvedByPlanId", v2.get("id")));
        assertThat(steps.list("wf-city", "/api/v1/plans/{id}/versions", v2.get("id")))
                .extracting(v -> v.get("versionNo") + ":" + v.get("status")).containsExactly("1:superseded", "2:issued");
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/timeline", v1)).extracting(e -> e.get("action"))
                .containsSubsequence("plan.create", "plan.issue", "plan.trigger", "plan.supersede");
        steps.post("wc-county", "/api/v1/plans/{id}/abolish", Map.of("version", PlanSteps.version(replaced)), v1)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("plan-illegal-transition");

        as("ht-county").get().uri("/api/v1/plans/{id}/versions", v1).exchange().expectStatus().isNotFound();
        as("ht-county").get().uri("/api/v1/plans/{id}/revision-triggers", v1).exchange().expectStatus().isNotFound();
        steps.post("wf-city", "/api/v1/plans/{id}/revise", Map.of("version", 0), v2.get("id"))
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("not-owner");
    }

    @Test
    void aRevisionWaitsForTheDecisionOnAVersionUnderReview() {
        String v1 = (String) steps.draft("wc-county", "潍城区地震应急预案-" + UUID.randomUUID(), "special", department).get("id");
        steps.issue("wc-county", v1, today.minusDays(3));
        String v2 = (String) steps.ok(steps.post("wc-county", "/api/v1/plans/{id}/revise", Map.of("version", 1), v1),
                Map.class).get("id");
        String filing = (String) steps.ok(steps.submit("wc-county", v1, 1),
                Map.class).get("id");
        steps.post("wc-county", "/api/v1/plans/{id}/issue", Map.of("docNumber", "潍城政发〔2026〕9号",
                        "issuedOn", today.toString(), "version", 0), v2)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("plan-previous-under-review");
        assertThat(steps.get("wc-county", v2)).containsEntry("status", "draft");

        steps.post("wf-city", "/api/v1/filings/{id}/accept", Map.of(), filing).expectStatus().isOk();
        steps.issue("wc-county", v2, today);
        assertThat(steps.get("wc-county", v1)).containsEntry("status", "superseded");
    }

    @Test
    void theEvaluationClockFlagsOverdueAndDueSoonPlansAndAnEvaluationRestartsIt() throws Exception {
        String marker = "评估时钟" + UUID.randomUUID().toString().substring(0, 8);
        String overdue = (String) steps.draft("wc-county", marker + "城市内涝应急预案", "special", department).get("id");
        steps.issue("wc-county", overdue, LocalDate.of(2022, 6, 1));
        String dueSoon = (String) steps.draft("wc-county", marker + "山洪灾害应急预案", "special", department).get("id");
        steps.issue("wc-county", dueSoon, today.minusYears(3).plusDays(30));

        assertThat(steps.get("wc-county", overdue)).containsEntry("evaluationState", "overdue")
                .containsEntry("evaluationStateLabel", "逾期未评估");
        assertThat(steps.get("wf-city", dueSoon)).containsEntry("evaluationState", "due_soon");
        assertThat(listIds("wc-county", "evaluation=overdue")).contains(overdue).doesNotContain(dueSoon);
        assertThat(listIds("wc-county", "evaluation=due_soon")).contains(dueSoon).doesNotContain(overdue);
        assertThat(listIds("wf-city", "evaluation=overdue&tenantCode=370702")).contains(overdue);
        assertThat(listIds("ht-county", "evaluation=overdue")).doesNotContain(overdue);
        as("wc-county").get().uri("/api/v1/plans?evaluation=late").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-evaluation-state");

        // the drafts are indexed first: wait until the issued versions (with their clock) are searchable
        Map<String, Object> found = steps.awaitSearch("wc-county", Map.of("q", marker, "facets", "true"),
                r -> PlanSteps.ids(r).containsAll(List.of(overdue, dueSoon))
                        && Map.of("overdue", 1, "due_soon", 1).equals(buckets(r, "evaluation")));
        assertThat(buckets(found, "evaluation")).containsEntry("overdue", 1).containsEntry("due_soon", 1);
        assertThat(PlanSteps.ids(steps.awaitSearch("wc-county", Map.of("q", marker, "evaluation", "overdue"),
                r -> r.get("total").equals(1)))).containsExactly(overdue);
        byte[] xlsx = as("wc-county").get().uri(b -> b.path("/api/v1/plans/search/export.xlsx").queryParam("q", marker)
                .queryParam("evaluation", "overdue").build()).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(PlanSteps.xlsxRows(xlsx)).extracting(List::getFirst).containsExactly("预案名称", marker + "城市内涝应急预案");
        assertThat(PlanSteps.xlsxRows(as("ht-county").get().uri(b -> b.path("/api/v1/plans/search/export.xlsx")
                .queryParam("q", marker).build()).exchange().expectStatus().isOk().expectBody(byte[].class)
                .returnResult().getResponseBody())).as("a sibling exports nothing of ours").hasSize(1);

        // 预案评估 is an obligation of the county, overdue like the clock says
        assertThat(steps.obligation("wc-county", overdue, "plan_evaluation", "open")).containsEntry("kindLabel", "预案评估")
                .containsEntry("overdue", true).containsEntry("dueOn", steps.get("wc-county", overdue).get("evaluationDueOn"));
        assertThat(steps.list("wf-city", "/api/v1/obligations?scope=below&limit=500"))
                .anySatisfy(o -> assertThat(o).containsEntry("recordId", overdue).containsEntry("kind", "plan_evaluation"));

        // bad evaluations change nothing
        int version = PlanSteps.version(steps.get("wc-county", overdue));
        evaluate(overdue, Map.of("evaluatedOn", today.plusDays(1).toString(), "conclusion", "keep", "findings", "x",
                "version", version)).expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("evaluation-date-in-future");
        evaluate(overdue, Map.of("evaluatedOn", "2022-05-01", "conclusion", "keep", "findings", "x", "version", version))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("evaluation-before-issue");
        evaluate(overdue, Map.of("evaluatedOn", today.toString(), "conclusion", "maybe", "findings", "x", "version", version))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-evaluation-conclusion");
        evaluate(overdue, Map.of("evaluatedOn", today.toString(), "conclusion", "keep", "findings", " ", "version", version))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("validation-failed");
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/evaluations", overdue)).isEmpty();

        Map<String, Object> evaluated = steps.ok(evaluate(overdue, Map.of("evaluatedOn", today.minusDays(1).toString(),
                "conclusion", "revise", "findings", "应急指挥机构调整，需修订组织体系", "evaluator", "潍城区应急管理局",
                "version", version)), Map.class);
        assertThat(evaluated).containsEntry("evaluationState", "ok")
                .containsEntry("lastEvaluatedOn", today.minusDays(1).toString())
                .containsEntry("evaluationDueOn", today.minusDays(1).plusYears(3).toString());
        assertThat(steps.list("wf-city", "/api/v1/plans/{id}/evaluations", overdue)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("conclusionLabel", "需要修订"));
        // done a year late (yesterday's evaluation of a plan overdue since long), and owed again in three years
        assertThat(steps.obligation("wc-county", overdue, "plan_evaluation", "done_late")).containsEntry("stateLabel", "逾期办结");
        assertThat(steps.obligation("wc-county", overdue, "plan_evaluation", "open"))
                .containsEntry("dueOn", today.minusDays(1).plusYears(3).toString()).containsEntry("overdue", false);
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/revision-triggers", overdue)).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("kind", "evaluation").containsEntry("resolvedAt", null));
        as("ht-county").get().uri("/api/v1/plans/{id}/evaluations", overdue).exchange().expectStatus().isNotFound();
        assertThat(PlanSteps.ids(steps.awaitSearch("wc-county", Map.of("q", marker, "flag", "revision_triggered"),
                r -> r.get("total").equals(1)))).containsExactly(overdue);

        String draft = (String) steps.draft("wc-county", marker + "草稿", "special", department).get("id");
        evaluate(draft, Map.of("evaluatedOn", today.toString(), "conclusion", "keep", "findings", "x", "version", 0))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("plan-illegal-transition");
    }

    @Test
    void lowerPlansAreFlaggedForReviewWhenTheAlignedUpperPlanGetsANewVersion() throws Exception {
        String marker = "衔接" + UUID.randomUUID().toString().substring(0, 8);
        String cityPlan = (String) steps.draft("wf-city", "潍坊市突发事件总体应急预案" + marker, "general", cityGovernment).get("id");
        steps.issue("wf-city", cityPlan, today.minusDays(5));
        String countyPlan = (String) steps.draft("wc-county", "潍城区突发事件总体应急预案" + marker, "general", government).get("id");
        steps.issue("wc-county", countyPlan, today.minusDays(2));

        // shared up only: the county cannot see it yet, so cannot align with it
        steps.post("wc-county", "/api/v1/plans/{id}/alignments", Map.of("upperPlanId", cityPlan), countyPlan)
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("upper-plan-not-found");
        as("wf-city").put().uri("/api/v1/plans/{id}/sharing", cityPlan).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sharing", "down", "version", 1)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-plan-sharing");
        as("wf-city").put().uri("/api/v1/plans/{id}/sharing", cityPlan).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sharing", "vertical", "version", 1)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.sharing").isEqualTo("vertical");
        assertThat(steps.get("ht-county", cityPlan)).containsEntry("sharing", "vertical");
        as("szq-county").get().uri("/api/v1/plans/{id}", cityPlan).exchange().expectStatus().isNotFound();

        steps.post("wc-county", "/api/v1/plans/{id}/alignments", Map.of("upperPlanId", countyPlan), countyPlan)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("upper-plan-not-above");
        Map<String, Object> link = steps.ok(steps.post("wc-county", "/api/v1/plans/{id}/alignments",
                Map.of("upperPlanId", cityPlan), countyPlan), Map.class);
        assertThat(link).containsEntry("alignedVersionNo", 1).containsEntry("needsReview", false)
                .containsEntry("upperTenantName", "潍坊市");
        steps.post("wc-county", "/api/v1/plans/{id}/alignments", Map.of("upperPlanId", cityPlan), countyPlan)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("alignment-exists");
        assertThat(steps.list("wf-city", "/api/v1/plans/{id}/aligned-below", cityPlan)).extracting(p -> p.get("planId"))
                .containsExactly(countyPlan);
        assertThat(steps.list("ht-county", "/api/v1/plans/{id}/aligned-below", cityPlan)).isEmpty();

        String cityV2 = (String) steps.ok(steps.post("wf-city", "/api/v1/plans/{id}/revise",
                Map.of("version", PlanSteps.version(steps.get("wf-city", cityPlan))), cityPlan), Map.class).get("id");
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/alignments", countyPlan)).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("needsReview", false));
        assertThat(steps.issue("wf-city", cityV2, today)).containsEntry("sharing", "vertical");
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/alignments", countyPlan)).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("needsReview", true).containsEntry("latestVersionNo", 2)
                        .containsEntry("upperPlanId", cityV2));
        assertThat(steps.list("wf-city", "/api/v1/plans/{id}/aligned-below", cityV2)).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("needsReview", true));
        assertThat(PlanSteps.ids(steps.awaitSearch("wc-county", Map.of("q", marker, "flag", "alignment_review"),
                r -> r.get("total").equals(1)))).containsExactly(countyPlan);

        Map<String, Object> confirmed = steps.ok(steps.post("wc-county", "/api/v1/plans/{id}/alignments/{a}/confirm",
                Map.of(), countyPlan, link.get("id")), Map.class);
        assertThat(confirmed).containsEntry("needsReview", false).containsEntry("alignedVersionNo", 2);
        steps.awaitSearch("wc-county", Map.of("q", marker, "flag", "alignment_review"), r -> r.get("total").equals(0));
        as("ht-county").get().uri("/api/v1/plans/{id}/alignments", countyPlan).exchange().expectStatus().isNotFound();
        as("wc-county").delete().uri("/api/v1/plans/{id}/alignments/{a}", countyPlan, link.get("id")).exchange()
                .expectStatus().isNoContent();
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/alignments", countyPlan)).isEmpty();
    }

    @Test
    void aJointPlanNamesItsParticipantsAndIsRoutedAsASpecialPlan() throws Exception {
        String title = "潍城区寒亭区白浪河联合防汛应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "category", "joint",
                "ownerUnitId", department, "eventTypes", List.of("洪涝灾害")));
        steps.post("wc-county", "/api/v1/plans", body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("joint-basis-required");
        body.put("jointBasis", "special");
        steps.post("wc-county", "/api/v1/plans", body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("joint-participants-required");
        for (String bad : List.of("370702", "999999")) {
            body.put("participantCodes", List.of(bad));
            steps.post("wc-county", "/api/v1/plans", body).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.code").isEqualTo("joint-participant-invalid");
        }
        steps.post("wc-county", "/api/v1/plans", Map.of("title", title, "category", "special", "ownerUnitId", department,
                        "participantCodes", List.of("370703")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("joint-fields-not-allowed");

        body.put("participantCodes", List.of("370703"));
        Map<String, Object> joint = steps.create("wc-county", body);
        assertThat(joint).containsEntry("jointBasis", "special").containsEntry("participantCodes", List.of("370703"));
        steps.issue("wc-county", joint.get("id"), today);
        Map<String, Object> filing = steps.ok(steps.submit("wc-county", joint.get("id"),
                PlanSteps.version(steps.get("wc-county", joint.get("id")))), Map.class);
        assertThat(((Map<?, ?>) filing.get("authority")).get("tenantCode")).isEqualTo("370700");
        // the lead department, the city's EM and the common ancestor's EM are one receiving unit: named once
        assertThat(((Map<?, ?>) filing.get("authority")).get("label")).isEqualTo("潍坊市应急管理局");
        assertThat(filing.get("copyTo")).isEqualTo(List.of());

        byte[] xlsx = as("wf-city").get().uri("/api/v1/filings/inbox/export.xlsx?status=pending").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        List<List<String>> rows = PlanSteps.xlsxRows(xlsx);
        assertThat(rows.getFirst()).startsWith("预案名称", "版本", "报送地区");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(title, "1", "潍城区"));
        as("wc-county").get().uri("/api/v1/filings/inbox/export.xlsx").exchange().expectStatus().isForbidden();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec evaluate(String id, Map<String, Object> body) {
        return steps.post("wc-county", "/api/v1/plans/{id}/evaluations", body, id);
    }

    @SuppressWarnings("unchecked")
    private List<Object> listIds(String user, String query) {
        Map<String, Object> page = as(user).get().uri("/api/v1/plans?size=100&" + query).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).stream().map(p -> p.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> buckets(Map<String, Object> result, String facet) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        ((List<Map<String, Object>>) ((Map<String, Object>) result.get("facets")).get(facet))
                .forEach(b -> counts.put((String) b.get("key"), ((Number) b.get("count")).intValue()));
        return counts;
    }
}
