package cn.yingji.events;

import static cn.yingji.events.EventReportingIntegrationTest.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Concurrently;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;

/**
 * 应急响应 and 应急指挥 through the API: 潍城区 starts a Ⅳ级 response activating its plan, adjusts it to Ⅲ级 and ends
 * it; 潍坊市, which leads a 较大 event by the national policy, starts its own; a double 启动 makes one; 寒亭区 sees
 * none of it; 指挥部 and 工作组 once per name; the figures a report states (受灾人数, 直接经济损失).
 */
class EventResponseIntegrationTest extends ApiIntegrationTest {

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String user, String uri, Object body, int status, Object... vars) {
        return as(user).post().uri(uri, vars).bodyValue(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> response(String action, String level, Object planId) {
        Map<String, Object> r = new HashMap<>();
        r.put("action", action);
        r.put("level", level);
        r.put("body", "潍城区应急管理局");
        r.put("decidedBy", "张伟（区长）");
        r.put("planId", planId);
        return r;
    }

    /** A plan of 潍城区 only it reads. */
    private static String countyPlan() throws SQLException {
        String unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区应急管理局-" + UUID.randomUUID());
        try (Connection c = TestServices.ownerConnection(); var st = c.prepareStatement("insert into plan (tenant_code, "
                + "tenant_path, sharing, title, category, owner_unit_id) values ('370702', 'p37.c3707.x370702', 'private', "
                + "'潍城区危险化学品事故应急预案', 'special', ?::uuid) returning id::text")) {
            st.setString(1, unit);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responseOf(Map<String, Object> event) {
        return (Map<String, Object>) event.get("response");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCountyStartsAdjustsAndEndsItsResponseAndTheCityLeadsAMajorEvent() throws Exception {
        String plan = countyPlan();
        String title = "潍城区危化品仓库爆燃-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> opened = post("wc-county", "/api/v1/events",
                event(title, "major", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(40).withNano(0)), 201);
        Object id = ((Map<String, Object>) opened.get("event")).get("id");
        // a 较大 event is led by the city (national policy events.handlingTier)
        assertThat(responseOf(opened)).containsEntry("handlingTierLabel", "市级").containsEntry("handledAbove", true)
                .containsEntry("levelInForce", null);

        // a double click on 启动: one response
        List<Integer> statuses = Concurrently.run(2, i -> as("wc-county").post().uri("/api/v1/events/{id}/responses", id)
                .bodyValue(response("start", "iv", plan)).exchange().returnResult(String.class).getStatus().value());
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        post("wc-county", "/api/v1/events/{id}/responses", response("adjust", "iii", null), 201, id);
        // closing waits for the office's response to end
        Map<String, Object> inForce = as("wc-county").get().uri("/api/v1/events/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(responseOf(inForce)).containsEntry("levelInForce", "iii");
        assertThat((List<String>) ((Map<String, Object>) inForce.get("closing")).get("missing")).contains("本级应急响应尚未终止");
        assertThat(post("wc-county", "/api/v1/events/{id}/responses", response("adjust", "iii", null), 400, id))
                .containsEntry("code", "response-level-unchanged");
        Map<String, Object> ended = post("wc-county", "/api/v1/events/{id}/responses", response("end", null, null), 201, id);
        List<Map<String, Object>> entries = (List<Map<String, Object>>) responseOf(ended).get("entries");
        assertThat(entries).extracting(e -> e.get("actionLabel")).containsExactly("启动", "调整", "终止");
        assertThat(entries.getFirst()).containsEntry("levelLabel", "Ⅳ级").containsEntry("planTitle", "潍城区危险化学品事故应急预案")
                .containsEntry("tenantName", "潍城区").containsEntry("own", true);
        assertThat(responseOf(ended)).containsEntry("levelInForce", null);
        assertThat((List<String>) ((Map<String, Object>) ended.get("closing")).get("missing")).doesNotContain("本级应急响应尚未终止");
        assertThat(post("wc-county", "/api/v1/events/{id}/responses", response("end", null, null), 409, id))
                .containsEntry("code", "response-not-in-force");

        // the city starts its own Ⅲ级 (its own log); the county's plan is not one it reads
        Map<String, Object> city = response("start", "iii", plan);
        city.put("body", "潍坊市应急管理局");
        assertThat(post("wf-city", "/api/v1/events/{id}/responses", city, 400, id)).containsEntry("code", "response-plan-invalid");
        city.put("planId", null);
        Map<String, Object> cityView = post("wf-city", "/api/v1/events/{id}/responses", city, 201, id);
        assertThat(responseOf(cityView)).containsEntry("levelInForce", "iii");
        assertThat((List<Map<String, Object>>) responseOf(cityView).get("entries")).extracting(e -> e.get("tenantName"))
                .containsExactly("潍城区", "潍城区", "潍城区", "潍坊市");
        assertThat((List<Map<String, Object>>) responseOf(cityView).get("entries")).extracting(e -> e.get("planTitle"))
                .containsOnlyNulls();

        // 指挥部 and 工作组, once per name
        Map<String, Object> hq = new HashMap<>(Map.of("kind", "headquarters", "name", "现场指挥部", "leaderName", "王海涛",
                "leaderTitle", "副市长", "duties", "统一指挥现场处置"));
        post("wf-city", "/api/v1/events/{id}/commands", hq, 201, id);
        assertThat(post("wf-city", "/api/v1/events/{id}/commands", hq, 409, id)).containsEntry("code", "command-exists");
        Map<String, Object> withGroup = post("wc-county", "/api/v1/events/{id}/commands", Map.of("kind", "group",
                "name", "综合协调组", "leaderName", "刘洋"), 201, id);
        // each tier's command is its own, overseen from above: the city reads both, the county its own
        assertThat((List<Map<String, Object>>) responseOf(withGroup).get("commands"))
                .extracting(c -> c.get("tenantName") + c.get("kindLabel").toString() + c.get("name"))
                .containsExactly("潍城区工作组综合协调组");
        Map<String, Object> fromCity = as("wf-city").get().uri("/api/v1/events/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) responseOf(fromCity).get("commands"))
                .extracting(c -> c.get("tenantName") + c.get("kindLabel").toString() + c.get("name"))
                .containsExactlyInAnyOrder("潍坊市指挥部现场指挥部", "潍城区工作组综合协调组");

        // bad input; a sibling sees nothing and cannot respond
        assertThat(post("wc-county", "/api/v1/events/{id}/responses", response("start", "v", null), 400, id))
                .containsEntry("code", "invalid-response-level");
        assertThat(post("wc-county", "/api/v1/events/{id}/responses", response("start", null, null), 400, id))
                .containsEntry("code", "response-level-required");
        Map<String, Object> future = response("start", "iv", null);
        future.put("decidedAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString());
        assertThat(post("wc-county", "/api/v1/events/{id}/responses", future, 400, id)).containsEntry("code", "response-time-invalid");
        assertThat(post("wc-county", "/api/v1/events/{id}/commands", Map.of("kind", "office", "name", "x", "leaderName", "y"),
                400, id)).containsEntry("code", "invalid-command-kind");
        assertThat(post("ht-county", "/api/v1/events/{id}/responses", response("start", "iv", null), 404, id))
                .containsEntry("code", "event-not-found");
        assertThat(post("ht-county", "/api/v1/events/{id}/commands", hq, 404, id)).containsEntry("code", "event-not-found");
        as("wc-informant").post().uri("/api/v1/events/{id}/responses", id).bodyValue(response("start", "iv", null))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReportStatesThePeopleAffectedAndTheDirectLoss() {
        String title = "潍城区内涝-" + UUID.randomUUID().toString().substring(0, 6);
        Object id = ((Map<String, Object>) post("wc-county", "/api/v1/events",
                event(title, "general", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10).withNano(0)), 201).get("event"))
                .get("id");
        Map<String, Object> report = new HashMap<>(EventReportingIntegrationTest.report("initial", "phone"));
        report.put("affected", 1200);
        report.put("economicLoss", 356.5);
        Map<String, Object> sent = post("wc-county", "/api/v1/events/{id}/reports", report, 201, id);
        assertThat(sent).containsEntry("affected", 1200).containsEntry("economicLoss", 356.5);
        report.put("economicLoss", -1);
        post("wc-county", "/api/v1/events/{id}/reports", report, 400, id);
    }
}
