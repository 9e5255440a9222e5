package cn.yingji.events;

import static cn.yingji.support.NotificationStreams.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Concurrently;
import cn.yingji.support.NotificationStreams;

/**
 * 统一接报 and 信息报送 through the API: a township's 信息员 reaches its county's console live; screening opens an
 * event with its clocks from the tenant's policy (潍坊市: 20 / 40 / 120 minutes); a report in time closes them on
 * time, one past them is 迟报 for good; 续报 numbers never repeat or skip under concurrent submissions; a 较大 event
 * obliges the city to report on up, and the city's own report never closes the county's clocks; 已读; isolation.
 */
class EventReportingIntegrationTest extends ApiIntegrationTest {


    @LocalServerPort
    int port;

    NotificationStreams streams;

    @BeforeEach
    void streams() {
        streams = new NotificationStreams(port);
    }

    @AfterEach
    void closeStreams() {
        streams.close();
    }



    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String user, String uri, Object body, int status, Object... vars) {
        return as(user).post().uri(uri, vars).bodyValue(body).exchange().expectStatus().isEqualTo(status)
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

    static Map<String, Object> event(String title, String severity, OffsetDateTime occurredAt) {
        Map<String, Object> e = new HashMap<>();
        e.put("title", title);
        e.put("eventType", "危险化学品");
        e.put("severity", severity);
        e.put("occurredAt", occurredAt.toString());
        e.put("address", "潍城区于河街道化工园区");
        e.put("longitude", 119.10);
        e.put("latitude", 36.71);
        e.put("summary", "储罐泄漏，已疏散周边群众。");
        return e;
    }

    static Map<String, Object> report(String stage, String channel) {
        Map<String, Object> r = new HashMap<>();
        r.put("stage", stage);
        r.put("channel", channel);
        r.put("direct", false);
        r.put("content", "现场已处置，无人员伤亡。");
        r.put("dead", 0);
        r.put("injured", 1);
        r.put("figureBasis", "territorial");
        r.put("principal", "张局长");
        r.put("deputy", "李副局长");
        r.put("compiledBy", "王值班");
        return r;
    }

    private static String title(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obligation(Map<String, Object> event, String kind, String assignee) {
        return ((List<Map<String, Object>>) event.get("obligations")).stream()
                .filter(o -> kind.equals(o.get("kind")) && assignee.equals(o.get("assigneeTenantName")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " of " + assignee + " in " + event));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> event) {
        return (Map<String, Object>) event.get("event");
    }

    @Test
    void aTownshipsReportReachesItsCountysConsoleLiveAndNobodyElse() throws Exception {
        // the informant's own stream opened first: it reads nothing addressed to the office, which must not keep the
        // office's officers from hearing of it (the hub reads a notification once per readership, not per first stream)
        var informant = streams.open("wc-informant");
        var county = streams.open("wc-county");
        String content = title("于河街道化工园区储罐泄漏");
        // sent twice with the form's key (a double click): one item
        String key = UUID.randomUUID().toString();
        List<Object> ids = Concurrently.run(2, i -> as("wc-informant").post().uri("/api/v1/intake").header("Idempotency-Key", key)
                .bodyValue(Map.of("source", "township", "channel", "system", "reporter", "于河街道办事处", "content", content,
                        "longitude", 119.10, "latitude", 36.71))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
        assertThat(ids).containsOnly(ids.getFirst());
        Map<String, Object> item = list("wc-informant", "/api/v1/intake").stream().filter(i -> i.get("id").equals(ids.getFirst()))
                .findFirst().orElseThrow();
        assertThat(item).containsEntry("sourceLabel", "乡镇（街道）报告").containsEntry("state", "new")
                .containsEntry("stateLabel", "待研判").containsEntry("takenBy", "陈刚");

        Map<String, Object> live = next(county, "intake_received");
        assertThat(informant.stream().filter(e -> "notification".equals(e.event()))).isEmpty();
        assertThat(live).containsEntry("entity", "intake_item").containsEntry("entityId", item.get("id"))
                .containsEntry("title", "新接报：乡镇（街道）报告（于河街道办事处）");
        assertThat(list("wc-county", "/api/v1/intake?state=new")).extracting(i -> i.get("id")).contains(item.get("id"));
        // the informant reads its own submissions only, and nothing of the office's
        assertThat(list("wc-informant", "/api/v1/intake")).allSatisfy(i -> assertThat(i).containsEntry("takenBy", "陈刚"));
        as("wc-informant").get().uri("/api/v1/events").exchange().expectStatus().isForbidden();
        as("wc-informant").post().uri("/api/v1/intake/{id}/screen", item.get("id"))
                .bodyValue(Map.of("decision", "dismiss", "version", 0)).exchange().expectStatus().isForbidden();
        // private to the receiving office: neither its sibling nor its city sees it
        for (String other : List.of("ht-county", "wf-city")) {
            assertThat(list(other, "/api/v1/intake")).as(other).extracting(i -> i.get("id")).doesNotContain(item.get("id"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void screeningOpensAnEventWhoseReportsInTimeCloseItsClocksOnTimeAndReachTheCityLive() throws Exception {
        Map<String, Object> item = post("wc-county", "/api/v1/intake", Map.of("source", "hotline", "channel", "phone",
                "reporter", "群众张某", "content", "化工园区有刺鼻气味"), 201);
        OffsetDateTime occurred = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).withNano(0);
        String name = title("于河街道储罐泄漏");
        Map<String, Object> screened = post("wc-county", "/api/v1/intake/{id}/screen",
                Map.of("decision", "open", "event", event(name, "general", occurred), "version", 0), 200, item.get("id"));
        assertThat(screened).containsEntry("state", "screened").containsEntry("eventTitle", name);
        Object eventId = screened.get("eventId");
        post("wc-county", "/api/v1/intake/{id}/screen", Map.of("decision", "dismiss", "version", 1), 409, item.get("id"));

        Map<String, Object> event = get("wc-county", "/api/v1/events/{id}", eventId);
        assertThat(row(event)).containsEntry("severityLabel", "一般").containsEntry("statusLabel", "处置中")
                .containsEntry("tenantName", "潍城区");
        assertThat((List<Map<String, Object>>) event.get("intake")).extracting(i -> i.get("id")).containsExactly(item.get("id"));
        // 潍坊市's policy: phone ≤20 min, written ≤40 min from the occurrence
        assertThat(OffsetDateTime.parse((String) obligation(event, "report_initial", "潍城区").get("dueAt")))
                .isEqualTo(occurred.plusMinutes(20));
        assertThat(OffsetDateTime.parse((String) obligation(event, "report_written", "潍城区").get("dueAt")))
                .isEqualTo(occurred.plusMinutes(40));

        var city = streams.open("wf-city");
        Map<String, Object> initial = post("wc-county", "/api/v1/events/{id}/reports", report("initial", "phone"), 201, eventId);
        assertThat(initial).containsEntry("title", "初报").containsEntry("late", false).containsEntry("seq", 1);
        Map<String, Object> live = next(city, "report_received");
        assertThat(live).containsEntry("entity", "event_report").containsEntry("entityId", initial.get("id"))
                .containsEntry("title", "潍城区初报：" + name);

        event = get("wc-county", "/api/v1/events/{id}", eventId);
        assertThat(obligation(event, "report_initial", "潍城区")).containsEntry("state", "done_on_time");
        assertThat(obligation(event, "report_written", "潍城区")).containsEntry("state", "open");
        Map<String, Object> followUpClock = obligation(event, "report_follow_up", "潍城区");
        assertThat(followUpClock).containsEntry("state", "open");

        Map<String, Object> written = post("wc-county", "/api/v1/events/{id}/reports", report("follow_up", "written"), 201, eventId);
        assertThat(written).containsEntry("title", "续报一").containsEntry("late", false);
        event = get("wc-county", "/api/v1/events/{id}", eventId);
        assertThat(obligation(event, "report_written", "潍城区")).containsEntry("state", "done_on_time");
        assertThat((List<Map<String, Object>>) event.get("obligations"))
                .filteredOn(o -> "report_follow_up".equals(o.get("kind")))
                .extracting(o -> o.get("state")).containsExactlyInAnyOrder("open", "done_on_time");
        // a 一般 event: the city owes no relay up
        assertThat((List<Map<String, Object>>) event.get("obligations")).extracting(o -> o.get("kind"))
                .doesNotContain("report_relay");

        // 已读: the city reads it; the county sees who read it and when
        Map<String, Object> read = post("wf-city", "/api/v1/reports/{id}/read", Map.of(), 200, initial.get("id"));
        assertThat(read).containsEntry("readByMyOffice", true);
        post("wf-city", "/api/v1/reports/{id}/read", Map.of(), 200, initial.get("id"));
        Map<String, Object> seen = get("wc-county", "/api/v1/reports/{id}", initial.get("id"));
        assertThat((List<Map<String, Object>>) seen.get("readings")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("readerName", "李娜").containsEntry("tenantName", "潍坊市"));
        assertThat(list("wf-city", "/api/v1/reports?scope=below")).extracting(r -> r.get("id"))
                .contains(initial.get("id"), written.get("id"));
        assertThat(list("wf-city", "/api/v1/events?scope=below&status=open")).extracting(e -> e.get("id")).contains(eventId);

        // a sibling county sees nothing of it and cannot report on it
        as("ht-county").get().uri("/api/v1/events/{id}", eventId).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("event-not-found");
        post("ht-county", "/api/v1/events/{id}/reports", report("initial", "phone"), 404, eventId);
        as("ht-county").get().uri("/api/v1/reports/{id}", initial.get("id")).exchange().expectStatus().isNotFound();
        assertThat(list("jn-city", "/api/v1/events")).extracting(e -> e.get("id")).doesNotContain(eventId);

        // the sequence: no second 初报, nothing after the 终报
        post("wc-county", "/api/v1/events/{id}/reports", report("initial", "phone"), 400, eventId);
        Map<String, Object> last = post("wc-county", "/api/v1/events/{id}/reports", report("final", "written"), 201, eventId);
        assertThat(last).containsEntry("title", "终报").containsEntry("seq", 3);
        post("wc-county", "/api/v1/events/{id}/reports", report("follow_up", "written"), 409, eventId);
        event = get("wc-county", "/api/v1/events/{id}", eventId);
        // every report clock is closed; the 终报 leaves the 总结评估 owed (EventClosingIntegrationTest), written here
        // so that no clock of this test stays open
        assertThat((List<Map<String, Object>>) event.get("obligations")).filteredOn(o -> "open".equals(o.get("state")))
                .extracting(o -> o.get("kind")).containsExactly("event_evaluation");
        as("wc-county").put().uri("/api/v1/events/{id}/evaluation", eventId).bodyValue(Map.of("process", "处置得当。",
                "version", event.get("version"))).exchange().expectStatus().isOk();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReportPastItsClockIsLateForGood() {
        OffsetDateTime occurred = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(70);
        Map<String, Object> created = post("ht-county", "/api/v1/events", event(title("寒亭区道路塌陷"), "general", occurred), 201);
        Object eventId = row(created).get("id");
        Map<String, Object> initial = post("ht-county", "/api/v1/events/{id}/reports", report("initial", "written"), 201, eventId);
        assertThat(initial).containsEntry("late", true);
        Map<String, Object> event = get("ht-county", "/api/v1/events/{id}", eventId);
        assertThat(obligation(event, "report_initial", "寒亭区")).containsEntry("state", "done_late");
        assertThat(obligation(event, "report_written", "寒亭区")).containsEntry("state", "done_late");
        // the city sees the report as late too; nothing makes it on time again
        assertThat(get("wf-city", "/api/v1/reports/{id}", initial.get("id"))).containsEntry("late", true);
        Map<String, Object> followUp = post("ht-county", "/api/v1/events/{id}/reports", report("follow_up", "written"), 201, eventId);
        assertThat(followUp).containsEntry("late", false);
        assertThat(get("ht-county", "/api/v1/reports/{id}", initial.get("id"))).containsEntry("late", true);
    }

    @Test
    void concurrentFollowUpsAreNumberedWithoutGapsOrRepeatsAndARepeatedClickSendsOne() throws Exception {
        Map<String, Object> created = post("wc-county", "/api/v1/events",
                event(title("潍城区燃气泄漏"), "general", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(3)), 201);
        Object eventId = row(created).get("id");
        post("wc-county", "/api/v1/events/{id}/reports", report("initial", "phone"), 201, eventId);
        List<String> titles = Concurrently.run(6, i -> (String) post("wc-county", "/api/v1/events/{id}/reports",
                report("follow_up", "written"), 201, eventId).get("title"));
        assertThat(titles).containsExactlyInAnyOrder("续报一", "续报二", "续报三", "续报四", "续报五", "续报六");

        String key = UUID.randomUUID().toString();
        List<Object> ids = Concurrently.run(3, i -> as("wc-county").post().uri("/api/v1/events/{id}/reports", eventId)
                .header("Idempotency-Key", key).bodyValue(report("follow_up", "written")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(get("wc-county", "/api/v1/reports/{id}", ids.getFirst())).containsEntry("title", "续报七");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMajorEventObligesTheCityToReportOnUpAndTheCitysReportLeavesTheCountysClocksAlone() {
        Map<String, Object> created = post("wc-county", "/api/v1/events",
                event(title("潍城区化工厂爆炸"), "major", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2)), 201);
        Object eventId = row(created).get("id");
        Map<String, Object> initial = post("wc-county", "/api/v1/events/{id}/reports", report("initial", "phone"), 201, eventId);
        Map<String, Object> event = get("wf-city", "/api/v1/events/{id}", eventId);
        Map<String, Object> relay = obligation(event, "report_relay", "潍坊市");
        assertThat(relay).containsEntry("state", "open").containsEntry("note", "潍城区初报");
        assertThat(obligation(event, "report_written", "潍城区")).containsEntry("state", "open");

        Map<String, Object> cityReport = post("wf-city", "/api/v1/events/{id}/reports", report("initial", "phone"), 201, eventId);
        assertThat(cityReport).containsEntry("title", "初报").containsEntry("tenantName", "潍坊市").containsEntry("seq", 1);
        event = get("wc-county", "/api/v1/events/{id}", eventId);
        // the county reads its own clocks, still open; its city's report is the province's to read
        assertThat(obligation(event, "report_written", "潍城区")).containsEntry("state", "open");
        assertThat(obligation(event, "report_follow_up", "潍城区")).containsEntry("state", "open");
        assertThat((List<Map<String, Object>>) event.get("reports")).extracting(r -> r.get("id"))
                .containsExactly(initial.get("id"));
        event = get("wf-city", "/api/v1/events/{id}", eventId);
        assertThat(obligation(event, "report_relay", "潍坊市")).containsEntry("state", "done_on_time");
        assertThat(get("sd-province", "/api/v1/reports/{id}", cityReport.get("id"))).containsEntry("tenantName", "潍坊市");
    }

    /**
     * 领导批示: 潍坊市's leader instructs 潍城区 on its event; 潍城区 (not 寒亭区) reads it and owes its feedback within
     * 24 hours, which its first feedback closes on time; 潍坊市 hears of it live and sees it; a second feedback is kept
     * too; an addressee that is not below the issuer is refused, and so is feedback from a tier not named.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aLeadersInstructionIsAnsweredByTheTierItNamesInTime() throws Exception {
        Map<String, Object> created = post("wc-county", "/api/v1/events",
                event(title("潍城区危化品泄漏"), "general", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)), 201);
        Object eventId = row(created).get("id");
        Map<String, Object> initial = post("wc-county", "/api/v1/events/{id}/reports", report("initial", "phone"), 201, eventId);

        var county = streams.open("wc-county");
        Map<String, Object> instruction = post("wf-city", "/api/v1/events/{id}/instructions", Map.of("leaderName", "王海涛",
                "leaderTitle", "副市长", "content", "请潍城区密切关注事态发展，做好群众疏散安置。", "reportId", initial.get("id"),
                "addresseeCodes", List.of("370702")), 201, eventId);
        assertThat(instruction).containsEntry("tenantName", "潍坊市").containsEntry("own", true);
        Map<String, Object> live = next(county, "instruction_issued");
        assertThat(live).containsEntry("entity", "instruction").containsEntry("entityId", instruction.get("id"))
                .containsEntry("title", "领导批示：潍坊市王海涛（副市长）");

        Map<String, Object> received = get("wc-county", "/api/v1/instructions/{id}", instruction.get("id"));
        Map<String, Object> addressee = ((List<Map<String, Object>>) received.get("addressees")).getFirst();
        assertThat(addressee).containsEntry("tenantName", "潍城区").containsEntry("state", "open");
        assertThat(OffsetDateTime.parse((String) addressee.get("dueAt")))
                .isEqualTo(OffsetDateTime.parse((String) instruction.get("issuedAt")).plusMinutes(1440));
        assertThat(received).containsEntry("toMe", true);
        // a sibling county neither reads it nor answers it; the city cannot answer its own
        as("ht-county").get().uri("/api/v1/instructions/{id}", instruction.get("id")).exchange().expectStatus().isNotFound();
        post("ht-county", "/api/v1/instructions/{id}/feedback", Map.of("content", "已落实"), 404, instruction.get("id"));
        assertThat(post("wf-city", "/api/v1/instructions/{id}/feedback", Map.of("content", "已落实"), 403, instruction.get("id")))
                .containsEntry("code", "instruction-not-addressed");

        var city = streams.open("wf-city");
        Map<String, Object> answered = post("wc-county", "/api/v1/instructions/{id}/feedback",
                Map.of("content", "已疏散群众 126 人，设置警戒区，环境监测正常。"), 201, instruction.get("id"));
        Map<String, Object> mine = ((List<Map<String, Object>>) answered.get("addressees")).getFirst();
        assertThat(mine).containsEntry("state", "done_on_time");
        assertThat((List<Map<String, Object>>) mine.get("feedbacks")).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("fedBackBy", "王强").containsEntry("late", false));
        assertThat(next(city, "instruction_answered")).containsEntry("title", "批示反馈：潍城区（王海涛批示）");
        post("wc-county", "/api/v1/instructions/{id}/feedback", Map.of("content", "续报：群众已全部返回。"), 201, instruction.get("id"));
        Map<String, Object> seen = get("wf-city", "/api/v1/events/{id}", eventId);
        Map<String, Object> onEvent = ((List<Map<String, Object>>) seen.get("instructions")).getFirst();
        assertThat((List<Map<String, Object>>) ((List<Map<String, Object>>) onEvent.get("addressees")).getFirst().get("feedbacks"))
                .hasSize(2);
        assertThat(list("wf-city", "/api/v1/instructions?scope=issued")).extracting(i -> i.get("id")).contains(instruction.get("id"));
        assertThat(list("wc-county", "/api/v1/instructions?scope=received")).extracting(i -> i.get("id")).contains(instruction.get("id"));

        // only tiers below the issuer are addressed
        assertThat(post("wc-county", "/api/v1/events/{id}/instructions", Map.of("leaderName", "刘建国", "leaderTitle", "区长",
                "content", "请市里支援", "addresseeCodes", List.of("370700")), 400, eventId))
                .containsEntry("code", "instruction-addressee-not-below");
        assertThat(post("wf-city", "/api/v1/events/{id}/instructions", Map.of("leaderName", "王海涛", "leaderTitle", "副市长",
                "content", "请济南支援", "addresseeCodes", List.of("370103")), 400, eventId))
                .containsEntry("code", "instruction-addressee-not-below");
    }

    @Test
    void anItemIsForwardedToTheTierAboveOrBelowWhichFindsItInItsOwnIntake() {
        String content = "寒亭区与潍城区交界处一处厂房起火-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> item = post("wc-county", "/api/v1/intake", Map.of("source", "hotline", "channel", "phone",
                "reporter", "市民王先生", "content", content), 201);
        Map<String, Object> forward = new HashMap<>(Map.of("decision", "forward", "version", 0, "forwardTo", "370703"));
        // a sibling, a tier two above: refused, nothing written
        assertThat(post("wc-county", "/api/v1/intake/{id}/screen", forward, 400, item.get("id")))
                .containsEntry("code", "intake-forward-target-invalid");
        forward.put("forwardTo", "370000");
        assertThat(post("wc-county", "/api/v1/intake/{id}/screen", forward, 400, item.get("id")))
                .containsEntry("code", "intake-forward-target-invalid");
        // up to 潍坊市, which leads a fire across two districts
        forward.put("forwardTo", "370700");
        forward.put("note", "涉及两区，请市局统筹");
        Map<String, Object> forwarded = post("wc-county", "/api/v1/intake/{id}/screen", forward, 200, item.get("id"));
        assertThat(forwarded).containsEntry("state", "forwarded").containsEntry("stateLabel", "已转办")
                .containsEntry("forwardedToName", "潍坊市");
        assertThat(post("wc-county", "/api/v1/intake/{id}/screen", forward, 409, item.get("id")))
                .containsEntry("code", "version-conflict");
        Map<String, Object> received = list("wf-city", "/api/v1/intake?state=new").stream()
                .filter(i -> ((String) i.get("content")).startsWith(content)).findFirst().orElseThrow();
        assertThat(received).containsEntry("source", "lower_tier").containsEntry("channel", "system")
                .containsEntry("reporter", "潍城区转办");
        assertThat((String) received.get("content")).endsWith("转办说明：涉及两区，请市局统筹");
        assertThat(list("ht-county", "/api/v1/intake")).extracting(i -> i.get("content"))
                .noneMatch(c -> ((String) c).startsWith(content));

        // and down: the city hands it to 寒亭区, where it arrives as 上级通知
        Map<String, Object> down = post("wf-city", "/api/v1/intake/{id}/screen", Map.of("decision", "forward",
                "version", 0, "forwardTo", "370703"), 200, received.get("id"));
        assertThat(down).containsEntry("forwardedToName", "寒亭区");
        assertThat(list("ht-county", "/api/v1/intake?state=new")).filteredOn(i -> ((String) i.get("content")).startsWith(content))
                .singleElement().satisfies(i -> assertThat(i).containsEntry("source", "upper_notice")
                        .containsEntry("reporter", "潍坊市转办"));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingWritten() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> outside = event(title("坐标错误"), "general", now.minusMinutes(1));
        outside.put("longitude", 10.0);
        assertThat(post("wc-county", "/api/v1/events", outside, 400)).containsEntry("code", "invalid-coordinates");
        Map<String, Object> backwards = event(title("时间颠倒"), "general", now.minusMinutes(1));
        backwards.put("learnedAt", now.minusMinutes(30).toString());
        assertThat(post("wc-county", "/api/v1/events", backwards, 400)).containsEntry("code", "event-learned-before-occurred");
        assertThat(post("wc-county", "/api/v1/events", event(title("级别"), "huge", now), 400))
                .containsEntry("code", "invalid-event-severity");
        assertThat(post("wc-county", "/api/v1/events/{id}/reports", report("initial", "phone"), 404, UUID.randomUUID()))
                .containsEntry("code", "event-not-found");
        Object eventId = row(post("wc-county", "/api/v1/events", event(title("先报初报"), "general", now.minusMinutes(1)), 201)).get("id");
        assertThat(post("wc-county", "/api/v1/events/{id}/reports", report("follow_up", "phone"), 400, eventId))
                .containsEntry("code", "report-initial-first");
        assertThat(post("wc-county", "/api/v1/events/{id}/reports", report("initial", "pigeon"), 400, eventId))
                .containsEntry("code", "invalid-report-channel");
        assertThat(post("wc-county", "/api/v1/intake", Map.of("source", "rumour", "channel", "phone", "reporter", "某",
                "content", "某"), 400)).containsEntry("code", "invalid-intake-source");
        assertThat(get("wc-county", "/api/v1/events/{id}", eventId).get("reports")).isEqualTo(List.of());
    }
}
