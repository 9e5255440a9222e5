package cn.yingji.duty;

import static cn.yingji.support.NotificationStreams.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.codec.ServerSentEvent;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Concurrently;
import cn.yingji.support.NotificationStreams;
import cn.yingji.support.TestServices;

/**
 * 值班值守 and 查岗 through the API: 寒亭区 keeps a post and a roster (a person on two shifts at once is refused with
 * the conflicts listed, also when two browsers send them together; the gaps against the policy are shown, an absent
 * leader not counted); 潍坊市 oversees it, 潍城区 sees nothing of it; 潍坊市's spot check reaches 寒亭区's browser live, the
 * officer on duty answers in time (在岗), a late answer is 迟答 and never passes, no answer is 未应答 and the checker
 * concludes it; a handover passes every open clock and the incoming officer acknowledges each.
 */
class DutyIntegrationTest extends ApiIntegrationTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    NotificationStreams streams;
    String postId;
    String liu;
    String zhao;

    @BeforeEach
    void streams() {
        streams = new NotificationStreams(port);
    }

    @AfterEach
    void closeStreams() {
        streams.close();
    }

    /** 寒亭区's post (one per run) and its two officials in its 人员名录 (registered when they first sign in). */
    @BeforeEach
    void hantingDutyOffice() {
        as("ht-county").get().uri("/api/v1/me").exchange().expectStatus().isOk();
        as("ht-duty").get().uri("/api/v1/me").exchange().expectStatus().isOk();
        postId = (String) post("ht-county", "/api/v1/duty/posts", postRequest("总值班室-" + UUID.randomUUID()), 201).get("id");
        Map<String, Object> roster = get("ht-county", "/api/v1/duty/roster");
        liu = personId(roster, "刘洋");
        zhao = personId(roster, "赵磊");
    }

    @SuppressWarnings("unchecked")
    private static String personId(Map<String, Object> roster, String name) {
        return (String) ((List<Map<String, Object>>) roster.get("people")).stream().filter(p -> name.equals(p.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not in the roster's people")).get("id");
    }

    static Map<String, Object> postRequest(String name) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("room", "寒亭区应急管理局三楼值班室");
        p.put("phone", "0536-7223110");
        p.put("address", "潍坊市寒亭区通亭街");
        p.put("longitude", 119.21);
        p.put("latitude", 36.77);
        return p;
    }

    static Map<String, Object> shift(String post, String person, String role, OffsetDateTime from, OffsetDateTime to) {
        return Map.of("postId", post, "personId", person, "role", role, "startsAt", from.toString(), "endsAt", to.toString());
    }

    /**
     * A December day of its own for each test and run, years ahead (no two runs share a roster day; December is no
     * flood season, so one officer is enough).
     */
    static OffsetDateTime someDay() {
        var random = ThreadLocalRandom.current();
        return LocalDate.of(2031 + random.nextInt(900), 12, 1 + random.nextInt(28)).atTime(8, 0)
                .atZone(CHINA).toOffsetDateTime();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRosterRefusesOnePersonOnTwoShiftsAtOnceAndShowsItsGaps() throws Exception {
        OffsetDateTime day = someDay();
        Map<String, Object> roster = post("ht-county", "/api/v1/duty/shifts", Map.of("shifts", List.of(
                shift(postId, liu, "leader", day, day.plusHours(24)),
                shift(postId, zhao, "officer", day, day.plusHours(12)))), 201);
        List<Map<String, Object>> shifts = (List<Map<String, Object>>) roster.get("shifts");
        assertThat(shifts).extracting(s -> s.get("personName") + "·" + s.get("roleLabel"))
                .contains("刘洋·带班领导", "赵磊·值班员");
        // the night has a leader but no officer; December is no flood season: one officer is enough by day
        assertThat((List<Map<String, Object>>) roster.get("gaps")).extracting(g -> g.get("description"))
                .contains("无值班员，应为1人").doesNotContain("无带班领导");

        Map<String, Object> refused = problem("ht-county", "/api/v1/duty/shifts", Map.of("shifts", List.of(
                shift(postId, zhao, "officer", day.plusHours(10), day.plusHours(22)),
                shift(postId, liu, "officer", day.plusHours(30), day.plusHours(40)))), 400);
        assertThat(refused).containsEntry("code", "duty-shift-conflict");
        assertThat((List<String>) refused.get("conflicts")).singleElement().asString().startsWith("赵磊：").endsWith("重叠");
        // all or none: 刘洋's second, harmless shift was not written either
        assertThat((List<Map<String, Object>>) get("ht-county", "/api/v1/duty/roster?from={d}&days=3",
                day.toLocalDate()).get("shifts")).filteredOn(x -> postId.equals(x.get("postId"))).hasSize(2);

        // two browsers put 赵磊 on the same night at once: one is written, the other refused
        OffsetDateTime night = day.plusHours(12);
        List<Integer> statuses = Concurrently.run(2, i -> as("ht-county").post().uri("/api/v1/duty/shifts")
                .bodyValue(Map.of("shifts", List.of(shift(postId, zhao, "officer", night, night.plusHours(12)))))
                .exchange().returnResult(String.class).getStatus().value());
        assertThat(statuses).containsExactlyInAnyOrder(201, 400);

        // a shift of another office's post or person is refused; an empty roster is bad input
        assertThat(problem("wc-county", "/api/v1/duty/shifts", Map.of("shifts", List.of(
                shift(postId, liu, "officer", day, day.plusHours(1)))), 400)).containsEntry("code", "duty-post-invalid");
        assertThat(problem("ht-county", "/api/v1/duty/shifts", Map.of("shifts", List.of(
                shift(postId, zhao, "officer", day, day.minusHours(1)))), 400)).containsEntry("code", "duty-shift-times");

        // 潍坊市 oversees the roster but cannot change it; 潍城区, a sibling, does not see it at all
        Map<String, Object> overseen = get("wf-city", "/api/v1/duty/roster?tenant=370703&from={d}", day.toLocalDate());
        assertThat(overseen).containsEntry("tenantName", "寒亭区").containsEntry("editable", false);
        assertThat((List<Map<String, Object>>) overseen.get("shifts")).filteredOn(x -> postId.equals(x.get("postId"))).hasSize(3);
        as("wc-county").get().uri("/api/v1/duty/roster?tenant=370703").exchange().expectStatus().isNotFound();
        String shiftId = (String) shifts.getFirst().get("id");
        as("wf-city").delete().uri("/api/v1/duty/shifts/{id}", shiftId).exchange().expectStatus().isForbidden();
        as("wc-county").delete().uri("/api/v1/duty/shifts/{id}", shiftId).exchange().expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeaderReportedAbsentLeavesAGapUnlessSomeoneElseLeads() {
        OffsetDateTime day = someDay();
        post("ht-county", "/api/v1/duty/shifts", Map.of("shifts", List.of(
                shift(postId, liu, "leader", day, day.plusHours(24)),
                shift(postId, zhao, "officer", day, day.plusHours(24)))), 201);
        Map<String, Object> absence = post("ht-county", "/api/v1/duty/absences", Map.of("personId", liu, "deputyId", zhao,
                "startsAt", day.plusHours(2).toString(), "endsAt", day.plusHours(6).toString(),
                "destination", "潍坊市", "reason", "参加全市防汛工作会议"), 201);
        assertThat(absence).containsEntry("personName", "刘洋").containsEntry("deputyName", "赵磊")
                .containsEntry("reportedBy", "刘洋").containsEntry("floodSeason", false);
        Map<String, Object> roster = get("ht-county", "/api/v1/duty/roster?from={d}&days=1", day.toLocalDate());
        assertThat((List<Map<String, Object>>) roster.get("gaps")).extracting(g -> g.get("description"))
                .contains("无带班领导；带班领导已离岗报备");
        assertThat(problem("ht-county", "/api/v1/duty/absences", Map.of("personId", liu, "startsAt",
                day.plusHours(5).toString(), "endsAt", day.plusHours(8).toString(), "destination", "济南市",
                "reason", "出差"), 400)).containsEntry("code", "duty-absence-overlap");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpotCheckReachesTheCheckedOfficeLiveAndTheOfficerOnDutyAnswersInTime() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(CHINA);
        String onDuty = (String) ((List<Map<String, Object>>) post("ht-county", "/api/v1/duty/shifts",
                Map.of("shifts", List.of(shift(postId, liu, "leader", now.minusMinutes(5), now.plusMinutes(30)))), 201)
                .get("onDutyNow")).stream().filter(s -> liu.equals(s.get("personId"))).findFirst().orElseThrow().get("id");
        try {
            BlockingQueue<ServerSentEvent<Map<String, Object>>> hanting = streams.open("ht-county");
            BlockingQueue<ServerSentEvent<Map<String, Object>>> city = streams.open("wf-city");
            String key = UUID.randomUUID().toString();
            List<Object> ids = Concurrently.run(2, i -> as("wf-city").post().uri("/api/v1/duty/spot-checks")
                    .header("Idempotency-Key", key).bodyValue(Map.of("checkedTenantCode", "370703", "postId", postId,
                            "method", "system"))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
            assertThat(ids).as("a double click checks once").containsOnly(ids.getFirst());
            Object id = ids.getFirst();

            Map<String, Object> live = next(hanting, "spot_check");
            assertThat(live).containsEntry("entityId", id).containsEntry("title", "查岗：潍坊市系统点名");
            assertThat(list("ht-county", "/api/v1/duty/spot-checks?scope=pending")).extracting(c -> c.get("id")).contains(id);
            Map<String, Object> check = get("ht-county", "/api/v1/duty/spot-checks/{id}", id);
            assertThat(check).containsEntry("outcome", "pending").containsEntry("outcomeLabel", "待应答")
                    .containsEntry("toAnswer", true).containsEntry("checkedBy", "李娜").containsEntry("postPhone", "0536-7223110");
            // nobody else answers for 寒亭区, and the city cannot judge it before the window closes
            as("wc-county").post().uri("/api/v1/duty/spot-checks/{id}/answer", id).bodyValue(Map.of()).exchange()
                    .expectStatus().isNotFound();
            assertThat(problem("wf-city", "/api/v1/duty/spot-checks/" + id + "/conclusion",
                    Map.of("violation", "none", "version", 0), 409)).containsEntry("code", "spot-check-pending");

            List<Map<String, Object>> answers = Concurrently.run(2, i -> post("ht-county",
                    "/api/v1/duty/spot-checks/" + id + "/answer", Map.of("note", "刘洋在岗"), 200));
            assertThat(answers).allSatisfy(a -> assertThat(a).containsEntry("outcome", "on_duty")
                    .containsEntry("outcomeLabel", "在岗").containsEntry("answeredBy", "刘洋").containsEntry("toAnswer", false));
            assertThat(answers.get(0).get("answeredAt")).isEqualTo(answers.get(1).get("answeredAt"));
            assertThat(next(city, "spot_check_answered")).containsEntry("entityId", id)
                    .containsEntry("title", "查岗应答：寒亭区（在岗）");
            assertThat(list("ht-county", "/api/v1/duty/spot-checks?scope=pending")).extracting(c -> c.get("id"))
                    .doesNotContain(id);
            assertThat(list("ht-county", "/api/v1/obligations?state=all&recordId={id}", id))
                    .singleElement().satisfies(o -> assertThat(o).containsEntry("state", "done_on_time"));

            Map<String, Object> concluded = post("wf-city", "/api/v1/duty/spot-checks/" + id + "/conclusion",
                    Map.of("violation", "none", "version", 0), 200);
            assertThat(concluded).containsEntry("violationLabel", "未发现问题").containsEntry("concludedBy", "李娜");
            as("ht-county").post().uri("/api/v1/duty/spot-checks/{id}/conclusion", id)
                    .bodyValue(Map.of("violation", "none", "version", 1)).exchange().expectStatus().isForbidden();
            // siblings and other cities know nothing of it
            for (String other : List.of("wc-county", "jn-city")) {
                as(other).get().uri("/api/v1/duty/spot-checks/{id}", id).exchange().expectStatus().isNotFound();
            }
            // only tiers below can be checked
            assertThat(problem("ht-county", "/api/v1/duty/spot-checks", Map.of("checkedTenantCode", "370702",
                    "method", "phone"), 400)).containsEntry("code", "spot-check-not-below");
        } finally {
            as("ht-county").delete().uri("/api/v1/duty/shifts/{id}", onDuty).exchange().expectStatus().isNoContent();
        }
    }

    @Test
    void anAnswerAfterTheWindowIsLateAndNoAnswerIsUnansweredUntilTheCheckerConcludes() throws Exception {
        Object late = post("wf-city", "/api/v1/duty/spot-checks", Map.of("checkedTenantCode", "370703", "method", "video"),
                201).get("id");
        Object silent = post("wf-city", "/api/v1/duty/spot-checks", Map.of("checkedTenantCode", "370703",
                "postId", postId, "method", "phone"), 201).get("id");
        windowPassed(late);
        windowPassed(silent);

        Map<String, Object> answered = post("ht-duty", "/api/v1/duty/spot-checks/" + late + "/answer", Map.of(), 200);
        assertThat(answered).containsEntry("outcome", "late").containsEntry("outcomeLabel", "迟答")
                .containsEntry("answeredBy", "赵磊");
        assertThat(list("ht-county", "/api/v1/obligations?state=all&recordId={id}", late))
                .singleElement().satisfies(o -> assertThat(o).containsEntry("state", "done_late"));

        Map<String, Object> unanswered = get("wf-city", "/api/v1/duty/spot-checks/{id}", silent);
        assertThat(unanswered).containsEntry("outcome", "unanswered").containsEntry("outcomeLabel", "未应答");
        Map<String, Object> concluded = post("wf-city", "/api/v1/duty/spot-checks/" + silent + "/conclusion",
                Map.of("violation", "absent", "rectification", "立即整改，补齐值班人员", "sanction", "取消当年评先资格",
                        "version", 0), 200);
        assertThat(concluded).containsEntry("violationLabel", "脱岗").containsEntry("sanction", "取消当年评先资格");
        // concluded, it no longer waits in the checked office's prompt
        assertThat(list("ht-county", "/api/v1/duty/spot-checks?scope=pending")).extracting(c -> c.get("id"))
                .doesNotContain(silent);
        assertThat(list("ht-county", "/api/v1/obligations?state=all&recordId={id}", silent)).singleElement()
                .satisfies(o -> assertThat(o.get("state")).isNotEqualTo("open"));
        assertThat(problem("wf-city", "/api/v1/duty/spot-checks/" + silent + "/conclusion",
                Map.of("violation", "bogus", "version", 1), 400)).containsEntry("code", "invalid-duty-violation");
        assertThat(problem("wf-city", "/api/v1/duty/spot-checks/" + silent + "/conclusion",
                Map.of("violation", "absent", "version", 0), 409)).containsEntry("code", "version-conflict");
    }

    @Autowired
    SpotCheckDeliveryJob delivery;

    @Test
    @SuppressWarnings("unchecked")
    void scheduledRandomChecksStayHiddenFromTheCheckedUntilSentThenReachThemWithTheirWindow() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(CHINA);
        List<Map<String, Object>> drawn = as("wf-city").post().uri("/api/v1/duty/spot-checks/schedule")
                .bodyValue(Map.of("occasion", "元旦假期值班抽查", "from", now.toString(), "to", now.plusSeconds(3).toString(),
                        "count", 2, "checkedTenantCodes", List.of("370703"), "method", "system"))
                .exchange().expectStatus().isCreated().expectBody(List.class).returnResult().getResponseBody();
        assertThat(drawn).hasSize(2).allSatisfy(c -> assertThat(c).containsEntry("outcome", "scheduled")
                .containsEntry("outcomeLabel", "已排定，待发送").containsEntry("occasion", "元旦假期值班抽查")
                .containsEntry("checkedTenantName", "寒亭区"));
        List<Object> ids = drawn.stream().map(c -> c.get("id")).toList();
        // the checked office knows nothing of a check not yet sent (unless the pass already sent it)
        Object later = ((List<Map<String, Object>>) as("wf-city").post().uri("/api/v1/duty/spot-checks/schedule")
                .bodyValue(Map.of("occasion", "春节值班抽查", "from", now.plusDays(30).toString(),
                        "to", now.plusDays(31).toString(), "count", 1, "method", "phone"))
                .exchange().expectStatus().isCreated().expectBody(List.class).returnResult().getResponseBody()).getFirst()
                .get("id");
        as("ht-county").get().uri("/api/v1/duty/spot-checks/{id}", later).exchange().expectStatus().isNotFound();
        assertThat(list("ht-county", "/api/v1/duty/spot-checks?scope=received")).extracting(c -> c.get("id"))
                .doesNotContain(later);
        assertThat(problem("wf-city", "/api/v1/duty/spot-checks/" + later + "/conclusion",
                Map.of("violation", "none", "version", 0), 409)).containsEntry("code", "spot-check-pending");

        Thread.sleep(3_500);
        delivery.deliverDue();
        for (Object id : ids) {
            Map<String, Object> sent = get("ht-county", "/api/v1/duty/spot-checks/{id}", id);
            assertThat(sent).containsEntry("outcome", "pending").containsEntry("toAnswer", true);
            assertThat(OffsetDateTime.parse((String) sent.get("answerDueAt")))
                    .isAfter(OffsetDateTime.now().plusSeconds(60));
            assertThat(list("ht-county", "/api/v1/obligations?recordId={id}", id)).singleElement()
                    .satisfies(o -> assertThat(o).containsEntry("kindLabel", "查岗应答"));
            post("ht-county", "/api/v1/duty/spot-checks/" + id + "/answer", Map.of(), 200);
        }

        assertThat(problem("wf-city", "/api/v1/duty/spot-checks/schedule", Map.of("occasion", "抽查", "from",
                now.plusDays(2).toString(), "to", now.plusDays(1).toString(), "count", 1, "method", "system"), 400))
                .containsEntry("code", "spot-check-period");
        assertThat(problem("wf-city", "/api/v1/duty/spot-checks/schedule", Map.of("occasion", "抽查", "from",
                now.toString(), "to", now.plusDays(1).toString(), "count", 1, "checkedTenantCodes", List.of("370103"),
                "method", "system"), 400)).containsEntry("code", "spot-check-not-below");
    }

    /** Moves a check's window into the past (a fixture: the window is the policy's 120 seconds). */
    private static void windowPassed(Object id) throws Exception {
        try (Connection c = TestServices.ownerConnection(); var st = c.createStatement()) {
            st.executeUpdate("update spot_check set sent_at = now() - interval '10 minutes', delivered_at = now() - "
                    + "interval '10 minutes', answer_due_at = now() - interval '8 minutes' where id = '" + id + "'");
            st.executeUpdate("update obligation set arises_at = now() - interval '10 minutes', "
                    + "due_at = now() - interval '8 minutes' where record_id = '" + id + "'");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHandoverPassesEveryOpenClockAndTheIncomingOfficerAcknowledgesEach() {
        acceptAnyOpenHandover();
        Object check = post("wf-city", "/api/v1/duty/spot-checks", Map.of("checkedTenantCode", "370703", "method", "system"),
                201).get("id");
        Map<String, Object> log = post("ht-county", "/api/v1/duty/log", Map.of("content", "08:30 接市局通知，加强夜间值守。"), 201);
        assertThat(log).containsEntry("loggedBy", "刘洋");
        assertThat(list("wf-city", "/api/v1/duty/log?tenant=370703")).extracting(e -> e.get("id")).contains(log.get("id"));
        as("wc-county").get().uri("/api/v1/duty/log?tenant=370703").exchange().expectStatus().isNotFound();

        Map<String, Object> handover = post("ht-county", "/api/v1/duty/handovers", Map.of("note", "夜间无新情况。"), 201);
        List<Map<String, Object>> items = (List<Map<String, Object>>) handover.get("items");
        assertThat(items).filteredOn(i -> check.equals(i.get("recordId"))).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("kindLabel", "查岗应答").containsEntry("recordEntity", "spot_check"));
        assertThat(handover).containsEntry("handedBy", "刘洋").containsEntry("mine", true);
        assertThat(problem("ht-county", "/api/v1/duty/handovers", Map.of(), 409)).containsEntry("code", "duty-handover-open");

        String url = "/api/v1/duty/handovers/" + handover.get("id") + "/accept";
        List<Object> all = items.stream().map(i -> i.get("id")).toList();
        assertThat(problem("ht-county", url, Map.of("itemIds", all), 400)).containsEntry("code", "duty-handover-self");
        Map<String, Object> partly = problem("ht-duty", url, Map.of("itemIds", all.subList(1, all.size())), 400);
        assertThat(partly).containsEntry("code", "duty-handover-unacknowledged");
        assertThat((String) partly.get("detail")).contains((String) items.getFirst().get("subject"));

        Map<String, Object> accepted = post("ht-duty", url, Map.of("itemIds", all), 200);
        assertThat(accepted).containsEntry("acceptedBy", "赵磊");
        assertThat((List<Map<String, Object>>) accepted.get("items")).allSatisfy(i -> assertThat(i.get("acknowledgedAt")).isNotNull());
        assertThat(problem("ht-duty", url, Map.of("itemIds", all), 409)).containsEntry("code", "duty-handover-accepted");
        assertThat(list("wf-city", "/api/v1/duty/handovers?tenant=370703")).extracting(h -> h.get("id"))
                .contains(handover.get("id"));
        // the check handed over is answered by the shift that took over (no check is left waiting)
        post("ht-duty", "/api/v1/duty/spot-checks/" + check + "/answer", Map.of(), 200);
    }

    @Test
    void aSiblingReadsAndChangesNothingOfAnotherOfficesDuty() {
        assertThat(list("ht-county", "/api/v1/duty/posts")).extracting(p -> p.get("id")).contains(postId);
        assertThat(list("wf-city", "/api/v1/duty/posts?tenant=370703")).extracting(p -> p.get("id")).contains(postId);
        for (String other : List.of("wc-county", "szq-county")) {
            as(other).get().uri("/api/v1/duty/posts?tenant=370703").exchange().expectStatus().isNotFound();
            as(other).get().uri("/api/v1/duty/handovers?tenant=370703").exchange().expectStatus().isNotFound();
            as(other).put().uri("/api/v1/duty/posts/{id}", postId).bodyValue(withVersion(postRequest("篡改"), 0)).exchange()
                    .expectStatus().isNotFound();
        }
        as("wf-city").put().uri("/api/v1/duty/posts/{id}", postId).bodyValue(withVersion(postRequest("篡改"), 0)).exchange()
                .expectStatus().isForbidden();
        Map<String, Object> renamed = as("ht-county").put().uri("/api/v1/duty/posts/{id}", postId)
                .bodyValue(withVersion(postRequest("应急指挥中心值班室-" + UUID.randomUUID()), 0)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(renamed).containsEntry("version", 1);
        as("ht-county").put().uri("/api/v1/duty/posts/{id}", postId).bodyValue(withVersion(postRequest("再改"), 0)).exchange()
                .expectStatus().isEqualTo(409);
        acceptAnyOpenHandover();
        Object handover = post("ht-county", "/api/v1/duty/handovers", Map.of(), 201).get("id");
        as("wc-county").get().uri("/api/v1/duty/handovers/{id}", handover).exchange().expectStatus().isNotFound();
        as("wc-county").post().uri("/api/v1/duty/handovers/{id}/accept", handover).bodyValue(Map.of("itemIds", List.of()))
                .exchange().expectStatus().isNotFound();
        as("wf-city").get().uri("/api/v1/duty/handovers/{id}", handover).exchange().expectStatus().isOk();
        acceptAnyOpenHandover();
    }

    static Map<String, Object> withVersion(Map<String, Object> body, int version) {
        Map<String, Object> b = new HashMap<>(body);
        b.put("version", version);
        return b;
    }

    /** A handover left open by an earlier run of this suite against the same database is accepted first. */
    @SuppressWarnings("unchecked")
    private void acceptAnyOpenHandover() {
        for (Map<String, Object> h : list("ht-county", "/api/v1/duty/handovers")) {
            if (h.get("acceptedAt") == null) {
                String by = Boolean.TRUE.equals(h.get("mine")) ? "ht-duty" : "ht-county";
                post(by, "/api/v1/duty/handovers/" + h.get("id") + "/accept", Map.of("itemIds",
                        ((List<Map<String, Object>>) h.get("items")).stream().map(i -> i.get("id")).toList()), 200);
            }
        }
    }



    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String user, String uri, Object body, int status, Object... vars) {
        return as(user).post().uri(uri, vars).bodyValue(body).exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<String, Object> problem(String user, String uri, Object body, int status) {
        return post(user, uri, body, status);
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
