package cn.yingji.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.plans.PlanSteps;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;

/**
 * 模板与编修专项行动 through the API: templates published down start plans below; a campaign's task breakdown
 * closes a task when the linked plan version is filed, and the board counts done / due / overdue.
 */
class CampaignApiIntegrationTest extends ApiIntegrationTest {

    PlanSteps steps;
    String government;
    final LocalDate today = cn.yingji.platform.China.today();

    @BeforeEach
    void units() {
        steps = new PlanSteps(this::as);
        government = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
    }

    @Test
    void aTemplatePublishedByTheCityStartsADraftInItsCounties() {
        String title = "县级突发事件总体应急预案模板-" + UUID.randomUUID().toString().substring(0, 6);
        String body = "第一章 总则\n1.1 编制目的\n1.2 编制依据\n第二章 组织指挥体系";
        steps.post("wf-city", "/api/v1/plan-templates", Map.of("kind", "template", "title", title, "body", body))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("template-category-required");
        steps.post("wf-city", "/api/v1/plan-templates", Map.of("kind", "form", "title", title))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-template-kind");
        Map<String, Object> template = steps.ok(steps.post("wf-city", "/api/v1/plan-templates", Map.of("kind", "template",
                "title", title, "category", "general", "eventTypes", List.of("洪涝灾害"), "body", body)), Map.class);
        String id = (String) template.get("id");
        assertThat(template).containsEntry("published", false).containsEntry("own", true);
        assertThat(templateIds("wc-county")).doesNotContain(id);
        steps.post("wc-county", "/api/v1/plans/from-template", Map.of("templateId", id, "title", "潍城区总体预案",
                "ownerUnitId", government)).expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("template-not-found");

        Map<String, Object> published = steps.ok(steps.post("wf-city", "/api/v1/plan-templates/{id}/publish",
                Map.of("version", 0), id), Map.class);
        assertThat(published).containsEntry("published", true);
        assertThat(templateIds("wc-county")).contains(id);
        assertThat(templateIds("ht-county")).contains(id);
        assertThat(templateIds("szq-county")).doesNotContain(id);
        as("wc-county").get().uri("/api/v1/plan-templates/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.tenantName").isEqualTo("潍坊市").jsonPath("$.own").isEqualTo(false);
        as("szq-county").get().uri("/api/v1/plan-templates/{id}", id).exchange().expectStatus().isNotFound();
        steps.post("wf-city", "/api/v1/plan-templates/{id}/publish", Map.of("version", 1), id)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("template-published");
        as("wc-county").put().uri("/api/v1/plan-templates/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "template", "title", "改", "category", "general", "version", 1)).exchange()
                .expectStatus().isForbidden();

        Map<String, Object> draft = steps.ok(steps.post("wc-county", "/api/v1/plans/from-template", Map.of("templateId", id,
                "title", "潍城区突发事件总体应急预案", "ownerUnitId", government)), Map.class);
        assertThat(draft).containsEntry("templateId", id).containsEntry("category", "general")
                .containsEntry("summary", body).containsEntry("status", "draft").containsEntry("eventTypes", List.of("洪涝灾害"));

        // a county's own unpublished guide stays its own
        String guide = (String) steps.ok(steps.post("ht-county", "/api/v1/plan-templates", Map.of("kind", "guide",
                "title", "寒亭区编修指南", "body", "编修要点")), Map.class).get("id");
        assertThat(templateIds("wc-county")).doesNotContain(guide);
        assertThat(templateIds("wf-city")).doesNotContain(guide);
        steps.post("ht-county", "/api/v1/plan-templates/{id}/publish", Map.of("version", 0), guide).expectStatus().isOk();
        as("wf-city").get().uri("/api/v1/plan-templates/{id}", guide).exchange() // published vertically: the city above may read it
                .expectStatus().isOk();
        assertThat(templateIds("wf-city")).as("but its list holds its own and those from above").doesNotContain(guide);
        assertThat(templateIds("wc-county")).as("never sideways").doesNotContain(guide);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTaskIsClosedWhenItsPlanIsFiledAndTheBoardCountsWhatIsLate() throws Exception {
        String title = "潍坊市预案编修专项行动-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> campaign = steps.ok(steps.post("wf-city", "/api/v1/campaigns", Map.of("title", title,
                "noticeDocNumber", "潍应急〔2026〕12号", "deadline", today.plusDays(60).toString())), Map.class);
        String id = (String) campaign.get("id");
        steps.post("wf-city", "/api/v1/campaigns/{id}/launch", Map.of("version", 0), id)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("campaign-tasks-required");

        for (String assignee : List.of("370103", "370000", "000000")) {
            steps.post("wf-city", "/api/v1/campaigns/{id}/tasks", task("某预案", assignee, today.plusDays(10)), id)
                    .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("campaign-assignee-invalid");
        }
        steps.post("wf-city", "/api/v1/campaigns/{id}/tasks", task("某预案", "370702", today.plusDays(61)), id)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("campaign-task-deadline-late");
        Map<String, Object> onTime = steps.ok(steps.post("wf-city", "/api/v1/campaigns/{id}/tasks",
                task("潍城区突发事件总体应急预案", "370702", today.plusDays(30)), id), Map.class);
        Map<String, Object> late = steps.ok(steps.post("wf-city", "/api/v1/campaigns/{id}/tasks",
                task("寒亭区突发事件总体应急预案", "370703", today.minusDays(1)), id), Map.class);
        assertThat(onTime).containsEntry("state", "due").containsEntry("assigneeTenantName", "潍城区");

        as("wc-county").get().uri("/api/v1/campaigns/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(assignedIds("wc-county")).doesNotContain(onTime.get("id"));
        steps.post("wc-county", "/api/v1/campaigns/{id}/tasks", task("越权", "370702", today), id).expectStatus().isNotFound();

        steps.ok(steps.post("wf-city", "/api/v1/campaigns/{id}/launch", Map.of("version", 0), id), Map.class);
        assertThat(assignedIds("wc-county")).contains(onTime.get("id")).doesNotContain(late.get("id"));
        assertThat(assignedIds("ht-county")).contains(late.get("id"));
        // 编修任务: each county owes its plan by the task's deadline, the city oversees it; the late one is overdue
        assertThat(steps.obligation("wc-county", onTime.get("id"), "campaign_task", "open"))
                .containsEntry("kindLabel", "编修任务").containsEntry("subject", "潍城区突发事件总体应急预案")
                .containsEntry("note", "专项行动：" + title).containsEntry("overdue", false)
                .containsEntry("dueOn", today.plusDays(30).toString());
        assertThat(steps.obligation("wf-city", late.get("id"), "campaign_task", "open")).containsEntry("overdue", true)
                .containsEntry("assigneeTenantName", "寒亭区");
        assertThat(steps.list("wc-county", "/api/v1/obligations?state=all&recordId={id}", late.get("id"))).isEmpty();
        as("szq-county").get().uri("/api/v1/campaigns/{id}", id).exchange().expectStatus().isNotFound();

        Map<String, Object> body = new HashMap<>(Map.of("title", "潍城区突发事件总体应急预案（修订）", "category", "general",
                "ownerUnitId", government, "campaignTaskId", late.get("id")));
        steps.post("wc-county", "/api/v1/plans", body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("campaign-task-not-assigned");
        body.put("campaignTaskId", onTime.get("id"));
        String planId = (String) steps.create("wc-county", body).get("id");
        steps.issue("wc-county", planId, today);
        Map<String, Object> filing = steps.ok(steps.submit("wc-county", planId,
                PlanSteps.version(steps.get("wc-county", planId))), Map.class);
        assertThat(board("wf-city", id).get("tasks")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .anySatisfy(t -> assertThat((Map<String, Object>) t).containsEntry("id", onTime.get("id"))
                        .containsEntry("state", "in_progress").containsEntry("planStatus", "submitted"));
        steps.post("wf-city", "/api/v1/filings/{id}/accept", Map.of(), filing.get("id")).expectStatus().isOk();

        // 销号: the city's registration of the county's plan closes the task on time
        assertThat(steps.obligation("wc-county", onTime.get("id"), "campaign_task", "done_on_time"))
                .containsEntry("stateLabel", "按时办结");
        Map<String, Object> board = board("wf-city", id);
        assertThat((Map<String, Object>) board.get("progress")).containsEntry("total", 2).containsEntry("done", 1)
                .containsEntry("overdue", 1).containsEntry("due", 0);
        assertThat((List<Map<String, Object>>) board.get("tasks")).extracting(t -> t.get("planTitle") + ":" + t.get("state"))
                .containsExactlyInAnyOrder("潍城区突发事件总体应急预案:done", "寒亭区突发事件总体应急预案:overdue");
        assertThat((Map<String, Object>) board("sd-province", id).get("progress")).containsEntry("done", 1);
        // the sibling sees the published breakdown, but never the other county's plan behind it
        assertThat((List<Map<String, Object>>) board("ht-county", id).get("tasks"))
                .allSatisfy(t -> assertThat(t.get("planId")).isNull());

        byte[] xlsx = as("wf-city").get().uri("/api/v1/campaigns/{id}/board.xlsx", id).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(PlanSteps.xlsxRows(xlsx)).anySatisfy(r -> assertThat(r).contains("潍城区突发事件总体应急预案", "已销号"))
                .anySatisfy(r -> assertThat(r).contains("寒亭区突发事件总体应急预案", "逾期"));
        assertThat(steps.list("wf-city", "/api/v1/campaigns")).anySatisfy(c -> assertThat(c).containsEntry("id", id));
    }

    private static Map<String, Object> task(String planTitle, String assignee, LocalDate deadline) {
        return Map.of("planTitle", planTitle, "category", "general", "assigneeTenantCode", assignee,
                "deadline", deadline.toString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> board(String user, String id) {
        return as(user).get().uri("/api/v1/campaigns/{id}", id).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    private List<Object> assignedIds(String user) {
        return steps.list(user, "/api/v1/campaigns/assigned-tasks").stream().map(t -> t.get("id")).toList();
    }

    private List<Object> templateIds(String user) {
        return steps.list(user, "/api/v1/plan-templates").stream().map(t -> t.get("id")).toList();
    }
}
