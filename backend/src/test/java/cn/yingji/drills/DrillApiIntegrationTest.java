package cn.yingji.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.plans.PlanSteps;
import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;

/**
 * 应急演练 through the API against the real services: a county's drill is seen by its city and never by its
 * sibling; a city's joint drill is seen by the counties taking part and not by the one left out; corrective
 * actions go overdue on the region responsible, feed the plan's revision clock, and drill frequency is
 * computed from the records. Bad input is refused whole.
 */
class DrillApiIntegrationTest extends ApiIntegrationTest {

    PlanSteps steps;
    final LocalDate today = China.today();
    String wcGovernment;
    String wcDepartment;
    String htDepartment;
    String cityOffice;

    @BeforeEach
    void units() {
        steps = new PlanSteps(this::as);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        wcGovernment = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + suffix, "government");
        wcDepartment = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + suffix, "department");
        htDepartment = Fixtures.orgUnit("370703", "p37.c3707.x370703", "寒亭区应急管理局-" + suffix, "department");
        cityOffice = Fixtures.orgUnit("370700", "p37.c3707", "潍坊市应急管理局-" + suffix, "department");
    }

    Map<String, Object> drill(String title, String status, String organizer) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "form", "comprehensive", "status", status,
                "organizerUnitId", organizer, "eventTypes", List.of("危险化学品"),
                "scenario", "化工园区储罐区发生液氨泄漏，启动危险化学品事故应急预案"));
        if (status.equals("held")) {
            body.put("heldOn", today.minusDays(10).toString());
            body.put("participantCount", 120);
        } else {
            body.put("plannedOn", today.plusDays(30).toString());
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> create(String user, Map<String, Object> body) {
        return steps.ok(steps.post(user, "/api/v1/drills", body), Map.class);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String user, String uri) {
        Map<String, Object> page = as(user).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }

    @Test
    void aCountyDrillIsSeenByItsCityAndNeverByItsSibling() throws Exception {
        String title = "潍城区液氨泄漏综合演练-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> held = create("wc-county", drill(title, "held", wcGovernment));
        String id = (String) held.get("id");
        assertThat(held).containsEntry("status", "held").containsEntry("statusLabel", "已举办")
                .containsEntry("formLabel", "综合演练").containsEntry("own", true).containsEntry("sharing", "up");

        as("wf-city").get().uri("/api/v1/drills/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.own").isEqualTo(false).jsonPath("$.tenantName").isEqualTo("潍城区");
        as("sd-province").get().uri("/api/v1/drills/{id}", id).exchange().expectStatus().isOk();
        as("ht-county").get().uri("/api/v1/drills/{id}", id).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("drill-not-found");
        assertThat(items("ht-county", "/api/v1/drills?size=100")).extracting(d -> d.get("id")).doesNotContain(id);
        assertThat(items("wf-city", "/api/v1/drills?size=100")).extracting(d -> d.get("id")).contains(id);

        // the export holds what the viewer sees
        byte[] cityXlsx = as("wf-city").get().uri("/api/v1/drills/export.xlsx?year={y}", today.minusDays(10).getYear())
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(PlanSteps.xlsxRows(cityXlsx)).anySatisfy(row -> assertThat(row).contains(title, "潍城区", "综合演练"));
        byte[] siblingXlsx = as("ht-county").get().uri("/api/v1/drills/export.xlsx").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(PlanSteps.xlsxRows(siblingXlsx)).noneSatisfy(row -> assertThat(row).contains(title));

        // the city may read, not change it
        Map<String, Object> update = drill(title, "held", wcGovernment);
        update.put("version", 0);
        as("wf-city").put().uri("/api/v1/drills/{id}", id).contentType(MediaType.APPLICATION_JSON).bodyValue(update)
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("not-owner");

        // search: the word, the facets, and the sibling's filter
        String word = title.substring(title.lastIndexOf('-') + 1);
        Map<String, Object> found = steps.awaitSearch("/api/v1/drills/search", "wf-city", Map.of("q", word),
                r -> PlanSteps.ids(r).contains(id));
        assertThat(found).extractingByKey("facets").asString().contains("comprehensive");
        Map<String, Object> sibling = steps.awaitSearch("/api/v1/drills/search", "ht-county", Map.of("q", word),
                r -> true);
        assertThat(PlanSteps.ids(sibling)).doesNotContain(id);
    }

    @Test
    void aJointDrillOfTheCityIsSeenByTheCountiesTakingPartOnly() throws Exception {
        String title = "潍坊市防汛联合演练-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = drill(title, "held", cityOffice);
        body.put("participantCodes", List.of("370702"));
        Map<String, Object> joint = create("wf-city", body);
        String id = (String) joint.get("id");
        assertThat(joint).extractingByKey("participants").asString().contains("潍城区");

        as("wc-county").get().uri("/api/v1/drills/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.own").isEqualTo(false);
        assertThat(items("wc-county", "/api/v1/drills?scope=joint&size=100")).extracting(d -> d.get("id")).contains(id);
        as("ht-county").get().uri("/api/v1/drills/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(items("ht-county", "/api/v1/drills?size=100")).extracting(d -> d.get("id")).doesNotContain(id);
        byte[] xlsx = as("wf-city").get().uri("/api/v1/drills/export.xlsx?scope=own").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(PlanSteps.xlsxRows(xlsx)).anySatisfy(row -> assertThat(row).contains(title, "潍城区"));

        String word = title.substring(title.lastIndexOf('-') + 1);
        Map<String, Object> found = steps.awaitSearch("/api/v1/drills/search", "wc-county", Map.of("q", word),
                r -> PlanSteps.ids(r).contains(id));
        // the city's organizing unit is shared up only: the county taking part sees the drill, not the unit's name
        assertThat(PlanSteps.items(found)).filteredOn(i -> id.equals(i.get("id")))
                .singleElement().extracting(i -> i.get("organizerUnitName")).isNull();
        assertThat(PlanSteps.items(steps.awaitSearch("/api/v1/drills/search", "wf-city", Map.of("q", word),
                r -> PlanSteps.ids(r).contains(id)))).filteredOn(i -> id.equals(i.get("id")))
                .singleElement().extracting(i -> i.get("organizerUnitName")).isNotNull();
        assertThat(PlanSteps.ids(steps.awaitSearch("/api/v1/drills/search", "ht-county", Map.of("q", word), r -> true)))
                .doesNotContain(id);

        // a corrective action for a unit of the county taking part, already past due: overdue on the county
        Map<String, Object> action = steps.ok(steps.post("wf-city", "/api/v1/drills/{id}/actions", Map.of(
                "description", "完善液氨泄漏现场警戒与疏散方案", "ownerUnitId", wcDepartment,
                "dueOn", today.minusDays(1).toString()), id), Map.class);
        assertThat(action).containsEntry("assigneeCode", "370702").containsEntry("overdue", true);
        String actionId = (String) action.get("id");
        assertThat(steps.list("wc-county", "/api/v1/corrective-actions?scope=assigned&state=overdue"))
                .extracting(a -> a.get("id")).contains(actionId);
        assertThat(steps.list("ht-county", "/api/v1/corrective-actions")).extracting(a -> a.get("id"))
                .doesNotContain(actionId);
        // 整改落实: the county owes it by its due day (overdue already), the city oversees it, the sibling knows nothing
        assertThat(steps.obligation("wc-county", actionId, "corrective_action", "open"))
                .containsEntry("kindLabel", "整改落实").containsEntry("assigneeTenantName", "潍城区")
                .containsEntry("subject", "完善液氨泄漏现场警戒与疏散方案").containsEntry("note", "演练：" + title)
                .containsEntry("dueOn", today.minusDays(1).toString()).containsEntry("overdue", true);
        assertThat(steps.list("wc-county", "/api/v1/obligations?limit=500")).extracting(o -> o.get("recordId"))
                .contains(actionId);
        assertThat(steps.list("wf-city", "/api/v1/obligations?scope=below&limit=500")).extracting(o -> o.get("recordId"))
                .contains(actionId);
        assertThat(steps.list("ht-county", "/api/v1/obligations?state=all&recordId={id}", actionId)).isEmpty();
        // a unit of a region not taking part cannot be responsible
        steps.post("wf-city", "/api/v1/drills/{id}/actions", Map.of("description", "x", "ownerUnitId", htDepartment,
                "dueOn", today.toString()), id).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("action-owner-invalid");

        // the county reports progress; done is no longer overdue
        Map<String, Object> done = steps.ok(as("wc-county").put().uri("/api/v1/corrective-actions/{id}", actionId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "done",
                        "progressNote", "已修订现场处置方案并组织培训", "version", 0)).exchange(), Map.class);
        assertThat(done).containsEntry("status", "done").containsEntry("overdue", false)
                .containsEntry("completedOn", today.toString());
        assertThat(steps.obligation("wf-city", actionId, "corrective_action", "done_late"))
                .containsEntry("stateLabel", "逾期办结");
        // the sibling may not
        as("ht-county").put().uri("/api/v1/corrective-actions/{id}", actionId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "open", "version", 1)).exchange().expectStatus().isNotFound();
        // the county cannot be dropped from the drill while it holds an action
        Map<String, Object> update = drill(title, "held", cityOffice);
        update.put("version", 0);
        as("wf-city").put().uri("/api/v1/drills/{id}", id).contentType(MediaType.APPLICATION_JSON).bodyValue(update)
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code")
                .isEqualTo("drill-participant-has-actions");
    }

    @Test
    void badInputIsRefusedWholeWithAClearProblem() throws SQLException {
        long before = drillCount();
        Map<String, Object> future = drill("未来的演练", "held", wcGovernment);
        future.put("heldOn", today.plusDays(3).toString());
        steps.post("wc-county", "/api/v1/drills", future).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("drill-held-in-future")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("晚于今天"));
        Map<String, Object> outside = drill("跨市联合演练", "held", cityOffice);
        outside.put("participantCodes", List.of("370702", "370103"));
        steps.post("wf-city", "/api/v1/drills", outside).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("drill-participant-outside-subtree")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("370103"));
        Map<String, Object> sideways = drill("兄弟区参演", "held", wcGovernment);
        sideways.put("participantCodes", List.of("370703"));
        steps.post("wc-county", "/api/v1/drills", sideways).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("drill-participant-outside-subtree");
        Map<String, Object> foreignUnit = drill("他区单位组织", "held", htDepartment);
        steps.post("wc-county", "/api/v1/drills", foreignUnit).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("drill-unit-invalid");
        steps.post("wc-county", "/api/v1/drills", Map.of("title", "缺形式", "status", "held")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("validation-failed");
        Map<String, Object> badForm = drill("形式错误", "held", wcGovernment);
        badForm.put("form", "parade");
        steps.post("wc-county", "/api/v1/drills", badForm).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-drill-form");
        assertThat(drillCount()).isEqualTo(before);
        as("wc-county").get().uri("/api/v1/drills?year=99999").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-year");

        String id = (String) create("wc-county", drill("整改校验演练", "held", wcGovernment)).get("id");
        steps.post("wc-county", "/api/v1/drills/{id}/actions", Map.of("description", "无责任单位", "dueOn",
                today.toString()), id).expectStatus().isBadRequest().expectBody().jsonPath("$.code")
                .isEqualTo("validation-failed").jsonPath("$.detail").value(d -> assertThat((String) d).contains("ownerUnitId"));
        steps.post("wc-county", "/api/v1/drills/{id}/actions", Map.of("description", "无期限", "ownerUnitId",
                wcDepartment), id).expectStatus().isBadRequest().expectBody().jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("dueOn"));
        assertThat(steps.list("wc-county", "/api/v1/corrective-actions?scope=own")).extracting(a -> a.get("drillId"))
                .doesNotContain(id);

        // a planned drill cannot be evaluated; the year's counts see it as planned
        Map<String, Object> planned = create("wc-county", drill("年度计划演练", "planned", wcGovernment));
        as("wc-county").put().uri("/api/v1/drills/{id}/evaluation", planned.get("id"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("rating", "good", "problems", "x",
                        "evaluatedOn", today.toString(), "version", 0)).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("drill-not-held");
    }

    @Test
    @SuppressWarnings("unchecked")
    void drillsKeepPlansAndUnitsCurrentAndLessonsTriggerRevision() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> plan = steps.draft("wc-county", "潍城区危险化学品事故专项应急预案-" + suffix, "special", wcDepartment);
        String planId = (String) plan.get("id");
        steps.issue("wc-county", planId, today.minusYears(4));
        int year = today.getYear();
        Map<String, Object> compliance = steps.ok(as("wc-county").get().uri("/api/v1/drills/compliance?year={y}", year)
                .exchange(), Map.class);
        Map<String, Object> due = byId((List<Map<String, Object>>) compliance.get("plans"), planId);
        assertThat(due).containsEntry("state", "overdue").containsEntry("intervalMonths", 36)
                .containsEntry("dueOn", today.minusYears(4).plusMonths(36).toString());
        Map<String, Object> counts = (Map<String, Object>) compliance.get("counts");
        int heldBefore = ((Number) counts.get("held")).intValue();
        assertThat(counts).containsEntry("comprehensiveRequired", 1);

        Map<String, Object> body = drill("危化品专项演练-" + suffix, "held", wcDepartment);
        body.put("planIds", List.of(planId));
        body.put("participatingUnitIds", List.of(wcGovernment));
        Map<String, Object> held = create("wc-county", body);
        compliance = steps.ok(as("wc-county").get().uri("/api/v1/drills/compliance?year={y}", year).exchange(), Map.class);
        due = byId((List<Map<String, Object>>) compliance.get("plans"), planId);
        assertThat(due).containsEntry("state", "ok").containsEntry("lastHeldOn", today.minusDays(10).toString());
        assertThat(byId((List<Map<String, Object>>) compliance.get("units"), wcGovernment))
                .containsEntry("lastHeldOn", today.minusDays(10).toString()).containsEntry("intervalMonths", 24);
        assertThat(((Map<String, Object>) compliance.get("counts")).get("held")).isEqualTo(heldBefore + 1);

        // evaluation, then the lesson becomes a revision trigger on the plan
        steps.ok(as("wc-county").put().uri("/api/v1/drills/{id}/evaluation", held.get("id"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("rating", "fair", "strengths", "响应迅速",
                        "problems", "预案中疏散路线与现场不符", "evaluatedOn", today.minusDays(5).toString(), "version", 0))
                .exchange(), Map.class);
        Map<String, Object> action = steps.ok(steps.post("wc-county", "/api/v1/drills/{id}/actions", Map.of(
                "description", "修订预案中的疏散路线", "ownerUnitId", wcDepartment, "dueOn", today.plusDays(30).toString(),
                "planId", planId), held.get("id")), Map.class);
        Map<String, Object> raised = steps.ok(steps.post("wc-county", "/api/v1/corrective-actions/{id}/revision-trigger",
                Map.of("planId", planId), action.get("id")), Map.class);
        assertThat(raised.get("triggerId")).isNotNull();
        assertThat(steps.list("wc-county", "/api/v1/plans/{id}/revision-triggers", planId))
                .anySatisfy(t -> assertThat(t).containsEntry("kind", "drill_lesson")
                        .extractingByKey("note").asString().contains("修订预案中的疏散路线"));
        steps.post("wc-county", "/api/v1/corrective-actions/{id}/revision-trigger", Map.of("planId", planId),
                action.get("id")).expectStatus().isEqualTo(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHighRiskEnterpriseDrillsEveryHalfYear() {
        Map<String, Object> unit = steps.ok(steps.post("szq-county", "/api/v1/org-units", Map.of("kind", "enterprise",
                "name", "市中区鑫源化工有限公司-" + UUID.randomUUID().toString().substring(0, 6), "highRisk", true)), Map.class);
        assertThat(unit).containsEntry("highRisk", true);
        Map<String, Object> compliance = steps.ok(as("szq-county").get().uri("/api/v1/drills/compliance").exchange(),
                Map.class);
        assertThat(byId((List<Map<String, Object>>) compliance.get("units"), (String) unit.get("id")))
                .containsEntry("intervalMonths", 6).containsEntry("lastHeldOn", null)
                .containsEntry("dueOn", today.plusMonths(6).toString()).containsEntry("state", "ok");
    }

    @Test
    @SuppressWarnings("unchecked")
    void photosAndDocumentsOfAJointDrillReachTheRegionsTakingPart() {
        Map<String, Object> body = drill("潍坊市森林火灾联合演练-" + UUID.randomUUID().toString().substring(0, 6), "held", cityOffice);
        body.put("participantCodes", List.of("370702"));
        String id = (String) create("wf-city", body).get("id");
        byte[] png = cn.yingji.attachments.TestFiles.png();
        Map<String, Object> photo = steps.ok(steps.upload("wf-city", "/api/v1/drills/{id}/attachments", id, "现场照片.jpg",
                png, Map.of()), Map.class);
        assertThat(photo).containsEntry("kind", "photo").containsEntry("mediaType", "image/png")
                .containsEntry("fileName", "现场照片.png");
        steps.upload("wf-city", "/api/v1/drills/{id}/attachments", id, "程序.pdf",
                cn.yingji.attachments.TestFiles.windowsExecutable(), Map.of()).expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.code").isEqualTo("attachment-type-not-allowed")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains(".jpg"));
        steps.upload("wc-county", "/api/v1/drills/{id}/attachments", id, "越权.png", png, Map.of())
                .expectStatus().isForbidden();
        assertThat(steps.list("wc-county", "/api/v1/drills/{id}/attachments", id)).extracting(a -> a.get("id"))
                .containsExactly(photo.get("id"));
        byte[] downloaded = as("wc-county").get().uri("/api/v1/drill-attachments/{id}", photo.get("id")).exchange()
                .expectStatus().isOk().expectHeader().contentType("image/png").expectBody(byte[].class)
                .returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(png);
        as("ht-county").get().uri("/api/v1/drill-attachments/{id}", photo.get("id")).exchange().expectStatus().isNotFound();
        as("ht-county").get().uri("/api/v1/drills/{id}/attachments", id).exchange().expectStatus().isNotFound();

        // a wrong photo is removed by the organizer only: the participant reads it but may not delete it
        as("wc-county").delete().uri("/api/v1/drill-attachments/{id}", photo.get("id")).exchange()
                .expectStatus().isForbidden();
        as("ht-county").delete().uri("/api/v1/drill-attachments/{id}", photo.get("id")).exchange()
                .expectStatus().isNotFound();
        as("wf-city").delete().uri("/api/v1/drill-attachments/{id}", photo.get("id")).exchange()
                .expectStatus().isNoContent();
        assertThat(steps.list("wc-county", "/api/v1/drills/{id}/attachments", id)).isEmpty();
        as("wf-city").delete().uri("/api/v1/drill-attachments/{id}", photo.get("id")).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("attachment-not-found");
    }

    private static Map<String, Object> byId(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + items));
    }

    private static long drillCount() throws SQLException {
        try (var c = TestServices.ownerConnection(); var st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from drill")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
