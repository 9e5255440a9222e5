package cn.yingji.events;

import static cn.yingji.events.EventReportingIntegrationTest.event;
import static cn.yingji.events.EventReportingIntegrationTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Concurrently;
import cn.yingji.support.Fixtures;

/**
 * After the event through the API: the handling office's 终报 opens its 总结评估 clock; closing is refused until the
 * 终报 and the evaluation are there (409 naming what is missing); the evaluation's 整改措施 are the drills' actions
 * with their obligations; a closed event takes only other tiers' 终报; two requests make one draft case, with the
 * event's timeline, figures and actions; 回头看 after closing; the city reads it all, the sibling county nothing.
 */
class EventClosingIntegrationTest extends ApiIntegrationTest {

    static String wcDepartment;
    static String htDepartment;

    @BeforeAll
    static void units() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        wcDepartment = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区住建局-" + suffix, "department");
        htDepartment = Fixtures.orgUnit("370703", "p37.c3707.x370703", "寒亭区住建局-" + suffix, "department");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> send(String user, String method, String uri, Object body, int status, Object... vars) {
        var spec = method.equals("PUT") ? as(user).put().uri(uri, vars) : as(user).post().uri(uri, vars);
        return spec.bodyValue(body).exchange().expectStatus().isEqualTo(status).expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String user, String uri, Object... vars) {
        return as(user).get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> closing(Map<String, Object> event) {
        return (Map<String, Object>) event.get("closing");
    }

    @SuppressWarnings("unchecked")
    private static int version(Map<String, Object> event) {
        return (Integer) event.get("version");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> obligations(Map<String, Object> event, String kind) {
        return ((List<Map<String, Object>>) event.get("obligations")).stream().filter(o -> kind.equals(o.get("kind")))
                .toList();
    }

    private static Map<String, Object> evaluation(int version) {
        return Map.of("process", "接报后30分钟内到场，2小时内完成堵漏。", "whatWorked", "联动消防，疏散及时。",
                "problems", "园区预警广播覆盖不全。", "lessons", "化工园区须全覆盖预警广播。", "version", version);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEventIsEvaluatedClosedAndBecomesOneDraftCaseWithItsTimeline() throws Exception {
        String title = "于河街道储罐泄漏-" + UUID.randomUUID().toString().substring(0, 6);
        OffsetDateTime occurred = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).withNano(0);
        Map<String, Object> opened = send("wc-county", "POST", "/api/v1/events", event(title, "general", occurred), 201);
        Object id = ((Map<String, Object>) opened.get("event")).get("id");
        send("wc-county", "POST", "/api/v1/events/{id}/reports", report("initial", "written"), 201, id);

        // closing needs the 终报 and the evaluation, and says which is missing
        Map<String, Object> event = get("wc-county", "/api/v1/events/{id}", id);
        assertThat(closing(event)).containsEntry("missing", List.of("尚未报送终报", "尚未完成总结评估"))
                .containsEntry("canClose", false).containsEntry("canEvaluate", true).containsEntry("evaluation", null);
        as("wc-county").post().uri("/api/v1/events/{id}/close", id).bodyValue(Map.of("version", version(event)))
                .exchange().expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("event-not-closable")
                .jsonPath("$.detail").isEqualTo("事件还不能结案：尚未报送终报，尚未完成总结评估");

        // the handling office's 终报 (in writing, never by phone) opens its 总结评估 clock: 潍坊市 inherits the
        // national 30 days
        as("wc-county").post().uri("/api/v1/events/{id}/reports", id).bodyValue(report("final", "phone")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("final-report-not-written");
        send("wc-county", "POST", "/api/v1/events/{id}/reports", report("final", "written"), 201, id);
        event = get("wc-county", "/api/v1/events/{id}", id);
        Map<String, Object> clock = obligations(event, "event_evaluation").getFirst();
        assertThat(clock).containsEntry("kindLabel", "总结评估").containsEntry("state", "open");
        assertThat(OffsetDateTime.parse((String) clock.get("dueAt")).atZoneSameInstant(China.ZONE).toLocalDate())
                .isEqualTo(China.today().plusDays(30));
        assertThat(closing(event)).containsEntry("missing", List.of("尚未完成总结评估"));

        // only the handling office evaluates; a stale version is refused; the sibling does not see the event
        send("wf-city", "PUT", "/api/v1/events/{id}/evaluation", evaluation(version(event)), 403, id);
        send("ht-county", "PUT", "/api/v1/events/{id}/evaluation", evaluation(version(event)), 404, id);
        send("wc-county", "PUT", "/api/v1/events/{id}/evaluation", evaluation(version(event) + 7), 409, id);
        event = send("wc-county", "PUT", "/api/v1/events/{id}/evaluation", evaluation(version(event)), 200, id);
        assertThat((Map<String, Object>) closing(event).get("evaluation"))
                .containsEntry("problems", "园区预警广播覆盖不全。").containsEntry("evaluatedBy", "王强");
        assertThat(obligations(event, "event_evaluation").getFirst()).containsEntry("state", "done_on_time");

        // 整改措施: a unit of the office or below it, never a sibling's; the drills' obligation 整改落实
        String due = China.today().plusDays(60).toString();
        send("wc-county", "POST", "/api/v1/events/{id}/actions",
                Map.of("description", "园区预警广播全覆盖", "ownerUnitId", htDepartment, "dueOn", due), 400, id);
        Map<String, Object> action = send("wc-county", "POST", "/api/v1/events/{id}/actions",
                Map.of("description", "园区预警广播全覆盖", "ownerUnitId", wcDepartment, "dueOn", due), 201, id);
        assertThat(action).containsEntry("eventId", id).containsEntry("eventTitle", title).containsEntry("drillId", null)
                .containsEntry("statusLabel", "待整改");
        List<Map<String, Object>> assigned = as("wc-county").get().uri("/api/v1/obligations").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(assigned).filteredOn(o -> action.get("id").equals(o.get("recordId")))
                .singleElement().satisfies(o -> assertThat(o).containsEntry("kind", "corrective_action")
                        .containsEntry("note", "事件：" + title));

        // 结案; a closed event takes no more 续报, and no second closing
        event = get("wc-county", "/api/v1/events/{id}", id);
        assertThat(closing(event)).containsEntry("missing", List.of()).containsEntry("canClose", true);
        event = send("wc-county", "POST", "/api/v1/events/{id}/close", Map.of("version", version(event)), 200, id);
        assertThat((Map<String, Object>) event.get("event")).containsEntry("status", "closed")
                .containsEntry("statusLabel", "已结案");
        assertThat(closing(event)).containsEntry("closedBy", "王强").containsEntry("canClose", false)
                .containsEntry("canEvaluate", false);
        as("wc-county").post().uri("/api/v1/events/{id}/reports", id).bodyValue(report("follow_up", "phone"))
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("event-closed");
        send("wc-county", "POST", "/api/v1/events/{id}/close", Map.of("version", version(event)), 409, id);
        send("wc-county", "PUT", "/api/v1/events/{id}/evaluation", evaluation(version(event)), 409, id);

        // one draft case however often it is asked for at once
        List<Integer> statuses = Concurrently.run(2, i -> as("wc-county").post().uri("/api/v1/events/{id}/case", id)
                .exchange().returnResult(String.class).getStatus().value());
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        event = get("wc-county", "/api/v1/events/{id}", id);
        Object caseId = closing(event).get("caseId");
        assertThat(caseId).isNotNull();
        Map<String, Object> draft = get("wc-county", "/api/v1/cases/{id}", caseId);
        assertThat(draft).containsEntry("title", title).containsEntry("status", "draft")
                .containsEntry("severity", "general").containsEntry("eventType", "危险化学品")
                .containsEntry("problems", "园区预警广播覆盖不全。").containsEntry("lessons", "化工园区须全覆盖预警广播。");
        assertThat((Map<String, Object>) draft.get("place")).containsEntry("code", "370702");
        assertThat((Map<String, Object>) draft.get("losses")).containsEntry("injuries", 1).containsEntry("deaths", 0);
        assertThat((List<Map<String, Object>>) draft.get("actions")).extracting(a -> a.get("id")).containsExactly(action.get("id"));
        List<String> steps = ((List<Map<String, Object>>) draft.get("timeline")).stream()
                .map(s -> (String) s.get("description")).toList();
        assertThat(steps.getFirst()).startsWith("事发：");
        assertThat(steps).anySatisfy(s -> assertThat(s).startsWith("潍城区初报"))
                .anySatisfy(s -> assertThat(s).startsWith("潍城区终报"));
        assertThat(steps.getLast()).isEqualTo("结案（王强）");

        // 回头看: after closing, not before it nor in the future; the city reads it, the sibling nothing
        Map<String, Object> review = Map.of("reviewedOn", China.today().toString(), "reviewers", "潍城区应急管理局 张某、李某",
                "findings", "预警广播已覆盖园区全部企业。", "conclusion", "effective");
        send("wc-county", "POST", "/api/v1/events/{id}/reviews", Map.of("reviewedOn", China.today().plusDays(1).toString(),
                "reviewers", "张某", "findings", "x", "conclusion", "effective"), 400, id);
        send("wc-county", "POST", "/api/v1/events/{id}/reviews", Map.of("reviewedOn", LocalDate.of(2020, 1, 1).toString(),
                "reviewers", "张某", "findings", "x", "conclusion", "effective"), 400, id);
        send("wc-county", "POST", "/api/v1/events/{id}/reviews", Map.of("reviewedOn", China.today().toString(),
                "reviewers", "张某", "findings", "x", "conclusion", "fine"), 400, id);
        send("wf-city", "POST", "/api/v1/events/{id}/reviews", review, 403, id);
        send("wc-county", "POST", "/api/v1/events/{id}/reviews", review, 201, id);
        Map<String, Object> seenAbove = get("wf-city", "/api/v1/events/{id}", id);
        assertThat((List<Map<String, Object>>) closing(seenAbove).get("reviews")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("conclusionLabel", "整改到位")
                        .containsEntry("findings", "预警广播已覆盖园区全部企业。"));
        assertThat((Map<String, Object>) closing(seenAbove).get("evaluation")).containsEntry("whatWorked", "联动消防，疏散及时。");
        as("ht-county").get().uri("/api/v1/events/{id}", id).exchange().expectStatus().isNotFound();
        as("ht-county").post().uri("/api/v1/events/{id}/case", id).exchange().expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyAClosedEventBecomesACaseAndTheTiersAboveStillSendTheirFinalReport() throws Exception {
        String title = "潍城区道路塌陷-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> opened = send("wc-county", "POST", "/api/v1/events",
                event(title, "major", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0)), 201);
        Object id = ((Map<String, Object>) opened.get("event")).get("id");
        as("wc-county").post().uri("/api/v1/events/{id}/case", id).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("event-not-closed");
        // a 较大 event: the city reports on up, and keeps its own 续报 clock until its 终报
        send("wc-county", "POST", "/api/v1/events/{id}/reports", report("initial", "written"), 201, id);
        send("wf-city", "POST", "/api/v1/events/{id}/reports", report("initial", "written"), 201, id);
        send("wc-county", "POST", "/api/v1/events/{id}/reports", report("final", "written"), 201, id);
        Map<String, Object> event = get("wc-county", "/api/v1/events/{id}", id);
        event = send("wc-county", "PUT", "/api/v1/events/{id}/evaluation", evaluation(version(event)), 200, id);
        send("wc-county", "POST", "/api/v1/events/{id}/close", Map.of("version", version(event)), 200, id);
        // the city's 终报 on the closed event closes its 续报 clock; its 续报 is refused
        send("wf-city", "POST", "/api/v1/events/{id}/reports", report("follow_up", "written"), 409, id);
        send("wf-city", "POST", "/api/v1/events/{id}/reports", report("final", "written"), 201, id);
        event = get("wf-city", "/api/v1/events/{id}", id);
        assertThat(obligations(event, "report_follow_up")).allSatisfy(o -> assertThat(o.get("state")).isNotEqualTo("open"));
        // the city's 终报 is not the handling office's: no 总结评估 owed by the city
        assertThat(obligations(event, "event_evaluation")).extracting(o -> o.get("assigneeTenantName"))
                .containsExactly("潍城区");
    }
}
