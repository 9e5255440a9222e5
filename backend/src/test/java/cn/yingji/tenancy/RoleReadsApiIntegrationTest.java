package cn.yingji.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TenantCatalogFixture;
import cn.yingji.support.TestServices;

/**
 * The role matrix at the HTTP level, with real Keycloak tokens: an office's internal records — of the caller's own
 * tenant (山东省, where the demo expert and the platform operator live) and of a tenant below it (潍坊市) — read by an
 * official of the province (control: allowed), by {@code expert-demo} (role expert only) and by {@code platform-admin}
 * (role platform_admin only), each endpoint answering exactly the status of {@link #CASES}.
 */
class RoleReadsApiIntegrationTest extends ApiIntegrationTest {

    static final String MARKER = "roles-api-" + UUID.randomUUID();
    static final String OFFICE = "sd-province";
    static final String EXPERT = "expert-demo";
    static final String OPERATOR = "platform-admin";

    /** One endpoint on one record: the status the office, the expert and the operator get. */
    record Case(String what, String path, int office, int expert, int operator) {
    }

    static final List<Case> CASES = new ArrayList<>();
    static final Map<String, String> ids = new java.util.HashMap<>();

    @BeforeAll
    static void internalRecords() throws SQLException {
        TenantCatalogFixture.ensureLoaded();
        for (String[] tenant : List.of(new String[] {"370000", "p37", "own"}, new String[] {"370700", "p37.c3707", "foreign"})) {
            String code = tenant[0];
            String path = tenant[1];
            String side = tenant[2];
            String unit = Fixtures.orgUnit(code, path, MARKER + "-" + side);
            // a draft plan shared up (the province reads the city's) and its file
            String plan = insert("insert into plan (tenant_code, tenant_path, sharing, title, category, owner_unit_id) "
                    + "values (?, ?::ltree, 'up', ?, 'general', ?::uuid) returning id::text", code, path, MARKER, unit);
            String file = insert("insert into plan_attachment (tenant_code, tenant_path, sharing, plan_id, role, file_name, "
                    + "media_type, size_bytes, sha256, content, uploaded_by) values (?, ?::ltree, 'up', ?::uuid, 'text', ?, "
                    + "'application/pdf', 1, repeat('a', 64), '\\x25'::bytea, 'test') returning id::text", code, path, plan,
                    MARKER + ".pdf");
            // a drill record shared up, and an expert of the office's shared pool
            String drill = insert("insert into drill (tenant_code, tenant_path, sharing, title, form, organizer_unit_id, "
                    + "planned_on, created_by) values (?, ?::ltree, 'up', ?, 'tabletop', ?::uuid, current_date, 'test') "
                    + "returning id::text", code, path, MARKER, unit);
            String pooled = insert("insert into expert (tenant_code, tenant_path, sharing, name, organization, specialties, "
                    + "level, phone) values (?, ?::ltree, 'vertical', ?, ?, array['地震'], 'province', '13800000001') "
                    + "returning id::text", code, path, side + "-pooled-" + MARKER.substring(10, 30), MARKER);
            CASES.add(new Case(side + " draft plan", "/api/v1/plans/" + plan, 200, 404, 404));
            CASES.add(new Case(side + " plan file", "/api/v1/attachments/" + file, 200, 404, 404));
            CASES.add(new Case(side + " drill", "/api/v1/drills/" + drill, 200, 404, 404));
            CASES.add(new Case(side + " pooled expert", "/api/v1/experts/" + pooled, 200, 200, 404));
            // an event and a report on it: the duty office's business, never an expert's or the operator's
            String event = insert("insert into event (tenant_code, tenant_path, title, event_type, severity, occurred_at, "
                    + "learned_at, address, longitude, latitude, created_by) values (?, ?::ltree, ?, '火灾', 'general', now(), "
                    + "now(), 'test', 119.1, 36.7, 'test') returning id::text", code, path, MARKER);
            String report = insert("insert into event_report (tenant_code, tenant_path, event_id, seq, stage, channel, content, "
                    + "principal, deputy, compiled_by, created_by) values (?, ?::ltree, ?::uuid, 1, 'initial', 'phone', ?, 'p', "
                    + "'d', 'c', 'test') returning id::text", code, path, event, MARKER);
            CASES.add(new Case(side + " event", "/api/v1/events/" + event, 200, 403, 403));
            CASES.add(new Case(side + " report", "/api/v1/reports/" + report, 200, 403, 403));
            String instruction = insert("insert into instruction (tenant_code, tenant_path, event_id, leader_name, leader_title, "
                    + "content, addressee_codes, created_by) values (?, ?::ltree, ?::uuid, 'l', 't', ?, array['999999'], 'test') "
                    + "returning id::text", code, path, event, MARKER);
            CASES.add(new Case(side + " instruction", "/api/v1/instructions/" + instruction, 200, 403, 403));
            // 值班值守 and 查岗: the duty office's, never an expert's or the operator's
            String check = insert("insert into spot_check (tenant_code, tenant_path, checked_tenant_code, method, "
                    + "delivered_at, answer_due_at, checked_by) values (?, ?::ltree, '360000', 'system', now(), "
                    + "now() + interval '2 minutes', ?) returning id::text", code, path, MARKER);
            String handover = insert("insert into duty_handover (tenant_code, tenant_path, handed_by, note, accepted_by, "
                    + "accepted_at) values (?, ?::ltree, 'test', ?, 'test2', now()) returning id::text", code, path, MARKER);
            CASES.add(new Case(side + " spot check", "/api/v1/duty/spot-checks/" + check, 200, 403, 403));
            CASES.add(new Case(side + " handover", "/api/v1/duty/handovers/" + handover, 200, 403, 403));
            // a published warning (shared both ways): the duty office's, never an expert's or the operator's
            String warning = insert("insert into warning (tenant_code, tenant_path, sharing, identifier, hazard, level, "
                    + "headline, description, area_codes, area_desc, onset, expires, status, created_by, approved_at, "
                    + "published_at) values (?, ?::ltree, 'vertical', ? || '00000000_' || to_char(clock_timestamp(), "
                    + "'YYYYMMDDHH24MISS') || '_' || floor(random() * 10)::int, '暴雨', 'blue', ?, 'd', array[?], 'a', now(), "
                    + "now() + interval '1 day', 'published', 'test', now(), now()) returning id::text",
                    code, path, code, MARKER, code);
            CASES.add(new Case(side + " warning", "/api/v1/warnings/" + warning, 200, 403, 403));
            ids.put(side + "-plan", plan);
            ids.put(side + "-drill", drill);
            ids.put(side + "-pooled", pooled);
        }
        // the province's own office-internal records: a private expert, a draft template, an unlaunched campaign
        String hidden = insert("insert into expert (tenant_code, tenant_path, sharing, name, organization, specialties, level, "
                + "phone) values ('370000', 'p37', 'private', ?, ?, array['地震'], 'province', '13800000002') returning id::text",
                "private-" + MARKER.substring(10, 30), MARKER);
        String template = insert("insert into plan_template (tenant_code, tenant_path, sharing, title, kind) values "
                + "('370000', 'p37', 'private', ?, 'guide') returning id::text", MARKER);
        String campaign = insert("insert into revision_campaign (tenant_code, tenant_path, sharing, title, deadline, "
                + "created_by) values ('370000', 'p37', 'private', ?, current_date, 'test') returning id::text", MARKER);
        String bulletin = insert("insert into bulletin (tenant_code, tenant_path, month, generated_by, pdf, xlsx) values "
                + "('370000', 'p37', date '1998-01-01', ?, '\\x25'::bytea, '\\x50'::bytea) returning id::text", MARKER);
        CASES.add(new Case("own private expert", "/api/v1/experts/" + hidden, 200, 404, 404));
        CASES.add(new Case("own draft template", "/api/v1/plan-templates/" + template, 200, 404, 404));
        CASES.add(new Case("own unlaunched campaign", "/api/v1/campaigns/" + campaign, 200, 404, 404));
        // a bulletin is the dashboard on paper: the dashboard's role check, for the list and both files
        CASES.add(new Case("bulletins", "/api/v1/bulletins", 200, 403, 403));
        CASES.add(new Case("bulletin pdf", "/api/v1/bulletins/" + bulletin + "/bulletin.pdf", 200, 403, 403));
        CASES.add(new Case("bulletin xlsx", "/api/v1/bulletins/" + bulletin + "/bulletin.xlsx", 200, 403, 403));
        CASES.add(new Case("compliance dashboard", "/api/v1/compliance/370000", 200, 403, 403));
        // 待办: an office's obligations, never an expert's or the operator's business
        CASES.add(new Case("obligations", "/api/v1/obligations", 200, 403, 403));
        CASES.add(new Case("obligation figures", "/api/v1/obligations/summary", 200, 403, 403));
        CASES.add(new Case("deadline figures", "/api/v1/obligations/figures", 200, 403, 403));
        CASES.add(new Case("deadline figure records", "/api/v1/obligations/figures/records?outcome=overdue", 200, 403, 403));
        // 统一接报 and 信息报送: the office's (and its 信息员's, EventReportingIntegrationTest)
        CASES.add(new Case("intake", "/api/v1/intake", 200, 403, 403));
        CASES.add(new Case("events", "/api/v1/events", 200, 403, 403));
        CASES.add(new Case("reports", "/api/v1/reports?scope=below", 200, 403, 403));
        CASES.add(new Case("instructions", "/api/v1/instructions", 200, 403, 403));
        CASES.add(new Case("duty posts", "/api/v1/duty/posts", 200, 403, 403));
        CASES.add(new Case("duty roster", "/api/v1/duty/roster", 200, 403, 403));
        CASES.add(new Case("duty log", "/api/v1/duty/log", 200, 403, 403));
        CASES.add(new Case("duty handovers", "/api/v1/duty/handovers", 200, 403, 403));
        CASES.add(new Case("spot checks", "/api/v1/duty/spot-checks", 200, 403, 403));
        CASES.add(new Case("warnings", "/api/v1/warnings", 200, 403, 403));
        // 消息中心: everyone's own list (what an office is told reaches an outsider only by name: the isolation matrix)
        CASES.add(new Case("notifications", "/api/v1/notifications", 200, 200, 200));
        // 消息外发设置: the 单位管理员's (none of the three is one)
        CASES.add(new Case("notification routes", "/api/v1/notification-routes", 403, 403, 403));
        // the expert's own invitations (我的邀请); an office's requests are the invokers'
        CASES.add(new Case("invitations addressed", "/api/v1/expert-invocations/addressed", 200, 200, 403));
        CASES.add(new Case("invocations requested", "/api/v1/expert-invocations", 200, 403, 403));
        // 省级检索同义词: vocabulary the province's experts search with too, never the operator's
        String terms = insert("insert into search_term_group (tenant_code, tenant_path, terms, note, created_by, updated_by) "
                + "values ('370000', 'p37', array[left(md5(random()::text), 12), left(md5(random()::text), 12)], ?, 'test', "
                + "'test') returning id::text", MARKER);
        CASES.add(new Case("province search terms", "/api/v1/search-terms/" + terms, 200, 200, 404));
    }

    @AfterAll
    static void removeRecords() throws SQLException {
        try (Connection owner = TestServices.ownerConnection(); var st = owner.createStatement()) {
            for (String sql : List.of("delete from plan_attachment where file_name like '" + MARKER + "%'",
                    "delete from plan where title like '" + MARKER + "%'", "delete from drill where title like '" + MARKER + "%'",
                    "delete from expert where organization like '" + MARKER + "%'",
                    "delete from plan_template where title like '" + MARKER + "%'",
                    "delete from revision_campaign where title like '" + MARKER + "%'",
                    "delete from bulletin where generated_by = '" + MARKER + "'",
                    "delete from search_term_group where note = '" + MARKER + "'",
                    "delete from org_unit where name like '" + MARKER + "%'")) {
                st.executeUpdate(sql);
            }
        }
    }

    @TestFactory
    List<DynamicTest> eachRoleGetsExactlyItsStatusOnEachEndpoint() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            for (var who : Map.of(OFFICE, c.office(), EXPERT, c.expert(), OPERATOR, c.operator()).entrySet()) {
                tests.add(DynamicTest.dynamicTest(c.what() + " as " + who.getKey(), () ->
                        as(who.getKey()).get().uri(c.path()).exchange().expectStatus().isEqualTo(who.getValue())));
            }
        }
        return tests;
    }

    /** Lists and searches leave the internal records out for the expert and the operator, and keep them for the office. */
    @Test
    void listsLeaveOutWhatTheRoleMayNotRead() {
        for (String kind : List.of("plan", "drill")) {
            String list = "/api/v1/" + kind + "s?size=100";
            assertThat(listedIds(OFFICE, list)).as(list + " as the office").contains(ids.get("own-" + kind));
            for (String outsider : List.of(EXPERT, OPERATOR)) {
                assertThat(listedIds(outsider, list)).as(list + " as " + outsider)
                        .doesNotContain(ids.get("own-" + kind), ids.get("foreign-" + kind));
            }
        }
    }

    /** An invocation for a drill the caller cannot see, or for none at all, is refused (no dangling reference). */
    @Test
    void anInvocationNamesOnlyADrillTheCallerSees() {
        as(OFFICE).post().uri("/api/v1/expert-invocations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("expertId", ids.get("own-pooled"), "purpose", "drill_evaluation",
                        "drillId", UUID.randomUUID().toString(), "subject", "演练评估"))
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("drill-not-found");
    }

    /**
     * 我的邀请: the registering office links the demo expert's account to a record; the expert then sees the
     * invitation, accepts it and records its work itself, and sees its evaluation; the office no longer answers for it.
     */
    @Test
    void aLinkedExpertAnswersItsInvitationAndRecordsItsWork() throws SQLException {
        String earlier = linkedTo(EXPERT);
        unlink(EXPERT); // the demo data links expert-demo to 孙立; one account is one expert
        try {
            Map<String, Object> expert = body(as(OFFICE).post().uri("/api/v1/experts").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("name", "账号" + MARKER.substring(10, 20), "organization", MARKER, "specialties",
                            List.of("地震"), "level", "province", "phone", "13800000003")).exchange().expectStatus().isCreated());
            String expertId = (String) expert.get("id");
            as(EXPERT).put().uri("/api/v1/experts/{id}/account", expertId).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", EXPERT, "version", 0)).exchange().expectStatus().isForbidden();
            assertThat(body(as(OFFICE).put().uri("/api/v1/experts/{id}/account", expertId)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("username", EXPERT, "version", 0))
                    .exchange().expectStatus().isOk())).containsEntry("accountLinked", true);
            String invocation = (String) body(as("wf-city").post().uri("/api/v1/expert-invocations")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("expertId", expertId, "purpose", "consultation",
                            "subject", MARKER)).exchange().expectStatus().isCreated()).get("id");
            // 专家邀请: told to the expert by name, not to its office, which no longer answers for it
            assertThat(invitations(EXPERT, invocation)).containsExactly("expert_invited");
            assertThat(invitations(OFFICE, invocation)).isEmpty();

            as(OFFICE).post().uri("/api/v1/expert-invocations/{id}/accept", invocation).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("note", "")).exchange().expectStatus().isForbidden()
                    .expectBody().jsonPath("$.code").isEqualTo("expert-answers-itself");
            as(EXPERT).get().uri("/api/v1/expert-invocations/addressed").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$[?(@.id == '" + invocation + "')].expertAnswers").isEqualTo(List.of(true));
            assertThat(body(as(EXPERT).post().uri("/api/v1/expert-invocations/{id}/accept", invocation)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("note", "按时参加"))
                    .exchange().expectStatus().isOk())).containsEntry("status", "accepted");
            assertThat(body(as(EXPERT).post().uri("/api/v1/expert-invocations/{id}/work-record", invocation)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("workRecord", "提出修改意见三条", "version", 1))
                    .exchange().expectStatus().isOk())).containsEntry("status", "completed");
            as("wf-city").post().uri("/api/v1/expert-invocations/{id}/evaluation", invocation)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("score", 5, "comment", "意见中肯", "version", 2))
                    .exchange().expectStatus().isOk();
            as(EXPERT).get().uri("/api/v1/expert-invocations/addressed").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$[?(@.id == '" + invocation + "')].score").isEqualTo(List.of(5));
        } finally {
            try (Connection owner = TestServices.ownerConnection(); var st = owner.createStatement()) {
                st.executeUpdate("delete from expert_invocation where subject = '" + MARKER + "'");
            }
            unlink(EXPERT);
            if (earlier != null) {
                try (Connection owner = TestServices.ownerConnection(); PreparedStatement st = owner.prepareStatement(
                        "update expert set account_username = ?, account_linked_by = 'test', account_linked_at = now() "
                                + "where id::text = ?")) {
                    st.setString(1, EXPERT);
                    st.setString(2, earlier);
                    st.executeUpdate();
                }
            }
        }
    }

    /** The kinds of what {@code user} was told about invocation {@code id}. */
    @SuppressWarnings("unchecked")
    private List<Object> invitations(String user, String id) {
        Map<String, Object> inbox = body(as(user).get().uri("/api/v1/notifications?limit=200").exchange().expectStatus().isOk());
        return ((List<Map<String, Object>>) inbox.get("items")).stream().filter(n -> id.equals(n.get("entityId")))
                .map(n -> n.get("kind")).toList();
    }

    private static String linkedTo(String account) throws SQLException {
        try (Connection owner = TestServices.ownerConnection(); PreparedStatement st = owner.prepareStatement(
                "select id::text from expert where account_username = ?")) {
            st.setString(1, account);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void unlink(String account) throws SQLException {
        try (Connection owner = TestServices.ownerConnection(); PreparedStatement st = owner.prepareStatement(
                "update expert set account_username = null, account_linked_by = null, account_linked_at = null "
                        + "where account_username = ?")) {
            st.setString(1, account);
            st.executeUpdate();
        }
    }

    private static Map<String, Object> body(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response) {
        return response.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
        }).returnResult().getResponseBody();
    }

    private List<String> listedIds(String user, String path) {
        Map<String, Object> page = body(as(user).get().uri(path).exchange().expectStatus().isOk());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        return items.stream().map(i -> String.valueOf(i.get("id"))).toList();
    }

    private static String insert(String sql, String... values) throws SQLException {
        try (Connection owner = TestServices.ownerConnection(); PreparedStatement st = owner.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setString(i + 1, values[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
