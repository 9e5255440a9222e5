package cn.yingji.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Concurrently;
import cn.yingji.support.TestServices;

/**
 * 预警发布 through the API: 潍坊市 drafts an 橙色 warning for 潍城区 and 寒亭区 (its own office's until published), a
 * leader signs it off (what CAP requires is checked then), it is published once with a GB/T 35965.1 identifier and
 * never edited again; the counties read it, 寒亭区 acknowledges (叫应), 潍城区 is on the call-down list once its time
 * has passed; the CAP 1.2 document validates; an update replaces it and a cancellation ends it; the public feed
 * carries it; a sibling city reads nothing.
 */
class WarningIntegrationTest extends ApiIntegrationTest {

    static Map<String, Object> draft(String headline, OffsetDateTime onset, OffsetDateTime expires) {
        Map<String, Object> w = new HashMap<>();
        w.put("hazard", "暴雨");
        w.put("level", "orange");
        w.put("headline", headline);
        w.put("description", "预计未来 6 小时内潍城区、寒亭区降雨量将达 50 毫米以上，局地 100 毫米以上。");
        w.put("instruction", "停止户外集体活动，危险地带人员撤离。");
        w.put("areaCodes", List.of("370702", "370703"));
        w.put("areaDesc", "潍城区、寒亭区");
        w.put("onset", onset.toString());
        w.put("expires", expires.toString());
        w.put("channels", List.of("sms"));
        return w;
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrangeWarningIsSignedOffPublishedOnceAcknowledgedAndExportedAsCap() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String headline = "潍坊市暴雨橙色预警-" + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();
        List<Object> ids = Concurrently.run(2, i -> as("wf-city").post().uri("/api/v1/warnings").header("Idempotency-Key", key)
                .bodyValue(draft(headline, now, now.plusHours(12))).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id"));
        assertThat(ids).as("a double click drafts once").containsOnly(ids.getFirst());
        Object id = ids.getFirst();
        Map<String, Object> created = get("wf-city", "/api/v1/warnings/{id}", id);
        assertThat(created).containsEntry("status", "draft").containsEntry("statusLabel", "草稿")
                .containsEntry("levelLabel", "橙色").containsEntry("areaNames", List.of("潍城区", "寒亭区"))
                .containsEntry("createdBy", "李娜");
        // a draft is the office's own
        for (String other : List.of("wc-county", "sd-province", "jn-city")) {
            as(other).get().uri("/api/v1/warnings/{id}", id).exchange().expectStatus().isNotFound();
        }
        assertThat(send("wf-city", "/api/v1/warnings/" + id + "/publish", Map.of("version", 0), 409))
                .containsEntry("code", "warning-not-approved");
        Map<String, Object> approved = send("wf-city", "/api/v1/warnings/" + id + "/approve",
                Map.of("approverName", "王海涛", "version", 0), 200);
        assertThat(approved).containsEntry("status", "approved").containsEntry("approverName", "王海涛");
        assertThat(as("wf-city").put().uri("/api/v1/warnings/{id}", id).bodyValue(withVersion(draft(headline, now,
                now.plusHours(12)), 1)).exchange().expectStatus().isEqualTo(409).expectBody(Map.class).returnResult()
                .getResponseBody()).containsEntry("code", "warning-not-draft");

        Map<String, Object> published = send("wf-city", "/api/v1/warnings/" + id + "/publish", Map.of("version", 1), 200);
        assertThat(published).containsEntry("status", "published");
        assertThat((String) published.get("identifier")).matches("37070000000000_\\d{14}_\\d");
        assertThat(send("wf-city", "/api/v1/warnings/" + id + "/publish", Map.of("version", 2), 409))
                .containsEntry("code", "warning-published");
        // shared both ways: the area and the tiers above read it, a sibling city does not
        assertThat(get("wc-county", "/api/v1/warnings/{id}", id)).containsEntry("toAcknowledge", true);
        assertThat(get("sd-province", "/api/v1/warnings/{id}", id)).containsEntry("toAcknowledge", false);
        as("jn-city").get().uri("/api/v1/warnings/{id}", id).exchange().expectStatus().isNotFound();
        assertThat((List<Map<String, Object>>) get("ht-county", "/api/v1/notifications").get("items")).anySatisfy(n -> assertThat(n)
                .containsEntry("kind", "warning_published").containsEntry("entityId", id));

        // 叫应: 寒亭区 acknowledges (twice: once counts); 潍城区 does not
        List<Map<String, Object>> acks = Concurrently.run(2, i -> send("ht-county", "/api/v1/warnings/" + id + "/acknowledge",
                Map.of(), 200));
        List<Map<String, Object>> lines = (List<Map<String, Object>>) acks.getFirst().get("acknowledgements");
        assertThat(lines).filteredOn(l -> "寒亭区".equals(l.get("tenantName"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("acknowledgedBy", "刘洋").containsEntry("late", false));
        assertThat(list("ht-county", "/api/v1/obligations?state=all&recordId={id}", id)).singleElement()
                .satisfies(o -> assertThat(o).containsEntry("kindLabel", "预警叫应").containsEntry("state", "done_on_time"));
        assertThat(send("wc-county", "/api/v1/warnings/" + id + "/acknowledge", Map.of(), 200).get("toAcknowledge"))
                .isEqualTo(false);
        assertThat(send("szq-county", "/api/v1/warnings/" + id + "/acknowledge", Map.of(), 404)).containsEntry("code",
                "warning-not-found");

        // CAP 1.2: valid against the schema, with the policy's terms of 橙色
        String xml = as("wc-county").get().uri("/api/v1/warnings/{id}/cap.xml", id).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(Cap.problems(xml)).isEmpty();
        assertThat(xml).contains("<identifier>" + published.get("identifier") + "</identifier>", "<msgType>Alert</msgType>",
                "<severity>Severe</severity>", "<urgency>Expected</urgency>", "<category>Met</category>",
                "<value>370702</value>", "<headline>" + headline + "</headline>");

        // an update replaces it; a cancellation of the update ends it
        Object update = send("wf-city", "/api/v1/warnings/" + id + "/update", Map.of(), 201).get("id");
        send("wf-city", "/api/v1/warnings/" + update + "/approve", Map.of("approverName", "王海涛", "version", 0), 200);
        send("wf-city", "/api/v1/warnings/" + update + "/publish", Map.of("version", 1), 200);
        assertThat(get("wf-city", "/api/v1/warnings/{id}", id)).containsEntry("status", "superseded")
                .containsEntry("statusLabel", "已更新");
        String updateXml = as("wf-city").get().uri("/api/v1/warnings/{id}/cap.xml", update).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(Cap.problems(updateXml)).isEmpty();
        assertThat(updateXml).contains("<msgType>Update</msgType>", "<references>yingji-370700," + published.get("identifier"));
        // both counties acknowledge the update (each message is acknowledged in its own right)
        for (String county : List.of("wc-county", "ht-county")) {
            send(county, "/api/v1/warnings/" + update + "/acknowledge", Map.of(), 200);
        }
        Object cancel = send("wf-city", "/api/v1/warnings/" + update + "/cancel", Map.of(), 201).get("id");
        send("wf-city", "/api/v1/warnings/" + cancel + "/approve", Map.of("approverName", "王海涛", "version", 0), 200);
        send("wf-city", "/api/v1/warnings/" + cancel + "/publish", Map.of("version", 1), 200);
        assertThat(get("wf-city", "/api/v1/warnings/{id}", update)).containsEntry("statusLabel", "已解除");
        assertThat(send("wc-county", "/api/v1/warnings/" + update + "/acknowledge", Map.of(), 409))
                .containsEntry("code", "warning-not-in-force");

        // the public feed, without a token
        String feed = http.get().uri("/api/v1/public/warnings.atom").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(feed).contains("<title>" + headline + "</title>", "urn:oid:yingji:" + published.get("identifier"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void whoHasNotAcknowledgedInTimeIsOnTheCallDownList() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Object id = send("wf-city", "/api/v1/warnings", draft("潍坊市大风黄色预警-" + UUID.randomUUID(), now, now.plusHours(6)),
                201).get("id");
        send("wf-city", "/api/v1/warnings/" + id + "/approve", Map.of("approverName", "王海涛", "version", 0), 200);
        send("wf-city", "/api/v1/warnings/" + id + "/publish", Map.of("version", 1), 200);
        // 40 minutes later (a fixture: the policy's clock is 30 minutes)
        try (Connection c = TestServices.ownerConnection(); var st = c.createStatement()) {
            st.executeUpdate("update warning set published_at = now() - interval '40 minutes' where id = '" + id + "'");
            st.executeUpdate("update obligation set arises_at = now() - interval '40 minutes', due_at = now() - interval "
                    + "'10 minutes' where record_id = '" + id + "'");
        }
        send("ht-county", "/api/v1/warnings/" + id + "/acknowledge", Map.of(), 200);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) get("wf-city", "/api/v1/warnings/{id}", id)
                .get("acknowledgements");
        assertThat(lines).filteredOn(l -> "潍城区".equals(l.get("tenantName"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("callDown", true).containsEntry("acknowledgedAt", null));
        assertThat(lines).filteredOn(l -> "寒亭区".equals(l.get("tenantName"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("callDown", false).containsEntry("late", true));
        // called down, 潍城区 acknowledges at last: late
        List<Map<String, Object>> after = (List<Map<String, Object>>) send("wc-county", "/api/v1/warnings/" + id
                + "/acknowledge", Map.of(), 200).get("acknowledgements");
        assertThat(after).filteredOn(l -> "潍城区".equals(l.get("tenantName"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("callDown", false).containsEntry("late", true));
    }

    @Test
    void aWarningCapCannotCarryIsRefusedAtSignOffNotAtExport() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Object past = send("wf-city", "/api/v1/warnings", draft("已过期的预警", now.minusHours(3), now.minusHours(1)), 201)
                .get("id");
        assertThat(send("wf-city", "/api/v1/warnings/" + past + "/approve", Map.of("approverName", "王海涛", "version", 0),
                422)).containsEntry("code", "warning-incomplete");
        Map<String, Object> bad = draft("多边形有误", now, now.plusHours(1));
        bad.put("polygon", "36.7,119.1 36.8,119.2");
        assertThat(send("wf-city", "/api/v1/warnings", bad, 400)).containsEntry("code", "invalid-warning-polygon");
        Map<String, Object> outside = draft("区域越界", now, now.plusHours(1));
        outside.put("areaCodes", List.of("370103"));
        assertThat(send("wf-city", "/api/v1/warnings", outside, 400)).containsEntry("code", "warning-area-not-below");
        Map<String, Object> drawn = draft("画区预警", now, now.plusHours(1));
        drawn.put("polygon", "36.70,119.05 36.80,119.05 36.80,119.25 36.70,119.25 36.70,119.05");
        Object ok = send("wf-city", "/api/v1/warnings", drawn, 201).get("id");
        send("wf-city", "/api/v1/warnings/" + ok + "/approve", Map.of("approverName", "王海涛", "version", 0), 200);
        as("wf-city").get().uri("/api/v1/warnings/{id}/cap.xml", ok).exchange().expectStatus().isEqualTo(409);
    }

    static Map<String, Object> withVersion(Map<String, Object> body, int version) {
        Map<String, Object> b = new HashMap<>(body);
        b.put("version", version);
        return b;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> send(String user, String uri, Object body, int status) {
        return as(user).post().uri(uri).bodyValue(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String user, String uri, Object... vars) {
        return as(user).get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String user, String uri, Object... vars) {
        return as(user).get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(List.class).returnResult()
                .getResponseBody();
    }
}
