package cn.yingji.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.yingji.filing.WorkingDayCalendar;
import cn.yingji.platform.China;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.TestServices;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo data set (infra/demo/*.sql, docs/demo.md), loaded as {@code ./yingji} loads it — the files its
 * {@code load_tenants} names, in its order — twice: the second load changes no row, and the data is consistent
 * (a filed plan has a filing with a number, every deadline is the working-day calendar's, nothing dangles, every
 * demo tenant has units, plans and drills) and tells its story on the dashboard (a score only where there are records,
 * twelve months of trend).
 */
class DemoDataIntegrationTest extends ApiIntegrationTest {

    static final List<String> DEMO_TENANTS = List.of("370000", "370700", "370702", "370703", "370704", "370705", "370724",
            "370725", "370781", "370782", "370783", "370784", "370785", "370786", "370100", "370103", "520000", "520200",
            "520201");
    static final String DEMO = "tenant_code = any(string_to_array('" + String.join(",", DEMO_TENANTS) + "', ','))";
    static final List<String> TABLES = List.of("org_unit", "plan", "filing", "filing_decision", "plan_evaluation", "drill",
            "corrective_action", "expert", "revision_campaign", "campaign_task", "compliance_snapshot",
            "case_record", "case_step", "person", "audit_log", "search_term_group", "obligation",
            "notification", "notification_route", "notification_delivery", "event", "intake_item", "event_report",
            "report_reading", "instruction", "instruction_feedback", "duty_post", "duty_shift", "leader_absence",
            "duty_log_entry", "duty_handover", "duty_handover_item", "spot_check", "spot_check_answer", "warning",
            "warning_ack", "event_review", "info_bulletin", "report_finding", "event_response", "event_command");
    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Plans and filings other tests wrote into the same tenants before the demo was first loaded in this JVM (an
     * enterprise plan deemed filed has no decision, a late filing is backdated): the demo's own consistency rules are
     * checked on the others.
     */
    private static Map<String, List<String>> before;

    @BeforeEach
    void loadTwice() throws Exception {
        synchronized (DemoDataIntegrationTest.class) {
            if (before == null) {
                before = Map.of("plan", ids("select id::text from plan"), "filing", ids("select id::text from filing"));
            }
        }
        load();
    }

    @Test
    void aSecondLoadChangesNoRow() throws Exception {
        Map<String, Long> before = counts();
        load();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everyDemoTenantHasUnitsPlansAndDrills() throws SQLException {
        for (String code : DEMO_TENANTS) {
            assertThat(count("select count(*) from org_unit where tenant_code = '" + code + "'")).as(code).isGreaterThanOrEqualTo(8);
            assertThat(count("select count(*) from plan where tenant_code = '" + code + "'")).as(code).isGreaterThanOrEqualTo(5);
            assertThat(count("select count(*) from drill where tenant_code = '" + code + "'")).as(code).isGreaterThanOrEqualTo(3);
        }
        // every status of a plan, of a filing, of a drill and of a corrective action occurs
        assertThat(count("select count(distinct status) from plan where " + DEMO)).isEqualTo(7);
        assertThat(count("select count(distinct status) from filing where " + DEMO)).isEqualTo(3);
        assertThat(count("select count(distinct status) from drill where " + DEMO)).isEqualTo(3);
        assertThat(count("select count(distinct status) from corrective_action where " + DEMO)).isEqualTo(3);
        // the demo's campaign (its fixed id, infra/demo/compliance.sql): one task per county of 潍坊市
        assertThat(count("select count(*) from campaign_task where campaign_id = md5('yingji-demo:campaign:370700')::uuid"))
                .isEqualTo(12);
        // 孙立 is the demo expert's own record (infra/demo/expert-account.sql), linked to its account, and only that
        assertThat(count("select count(*) from expert where " + DEMO + " and name = '孙立'")).isOne();
        assertThat(count("select count(*) from expert where name = '孙立' and account_username = 'expert-demo'")).isOne();
        assertThat(count("select count(*) from case_record where id in ('5a1e0000-0000-4000-8000-000000000621',"
                + " '5a1e0000-0000-4000-8000-000000000523', '5a1e0000-0000-4000-8000-000000000818')")).isEqualTo(3);
        // 山东省's search terms (infra/demo/search-terms.sql), kept by its 单位管理员
        assertThat(count("select count(*) from search_term_group where tenant_code = '370000' and created_by = 'sd-admin'"
                + " and id = md5('yingji-demo:search-terms:370000:漫堤')::uuid")).isOne();
    }

    @Test
    void everySubmissionObligesItsAuthorityToAnswerAndEveryIssuedPlanItsOwnerToFileIt() throws SQLException {
        assertThat(count("select count(*) from filing f where " + DEMO.replace("tenant_code", "f.tenant_code")
                + " and f.authority_tenant_code is not null and not exists (select 1 from obligation o"
                + " where o.kind = 'filing_review' and o.record_id = f.id and o.assignee_tenant_code = f.authority_tenant_code"
                + " and (o.due_at at time zone 'Asia/Shanghai')::date = f.acknowledgement_due_on"
                + " and (o.state = 'open') = (f.status = 'pending'))" + notBefore("f.id", "filing"))).isZero();
        assertThat(count("select count(*) from obligation where " + DEMO + " and state = 'open'")).isPositive();
        // 预案备案: an issued plan never submitted owes it still; an open one is always such a plan
        assertThat(count("select count(*) from plan p where " + DEMO.replace("tenant_code", "p.tenant_code")
                + " and p.status = 'issued' and not exists (select 1 from obligation o where o.kind = 'plan_filing'"
                + " and o.record_id = p.id and o.state = 'open')" + notBefore("p.id", "plan"))).isZero();
        assertThat(count("select count(*) from obligation o join plan p on p.id = o.record_id"
                + " where o.kind = 'plan_filing' and o.state = 'open' and p.status <> 'issued'")).isZero();
        assertThat(count("select count(*) from obligation where " + DEMO
                + " and kind = 'plan_filing' and state = 'open' and due_at < now()")).as("overdue filings to show").isPositive();
    }

    /** 预案评估, 整改落实, 编修任务: the demo's evaluations, corrective actions and campaign tasks are obligations too. */
    @Test
    void everyEvaluationCorrectiveActionAndCampaignTaskIsAnObligation() throws SQLException {
        assertThat(count("select count(*) from plan p where " + DEMO.replace("tenant_code", "p.tenant_code")
                + " and p.evaluation_due_on is not null and p.status in ('issued', 'submitted', 'filed', 'returned')"
                + " and not exists (select 1 from obligation o where o.kind = 'plan_evaluation' and o.record_id = p.id"
                + " and o.state = 'open' and (o.due_at at time zone 'Asia/Shanghai')::date = p.evaluation_due_on)"))
                .isZero();
        assertThat(count("select count(*) from corrective_action a where " + DEMO.replace("tenant_code", "a.tenant_code")
                + " and not exists (select 1 from obligation o where o.kind = 'corrective_action' and o.record_id = a.id"
                + " and o.assignee_tenant_code = a.assignee_code and (o.state = 'open') = (a.completed_on is null))"))
                .isZero();
        assertThat(count("select count(*) from obligation where " + DEMO
                + " and kind = 'corrective_action' and state = 'done_late'")).as("actions done late").isPositive();
        assertThat(count("select count(*) from obligation where " + DEMO
                + " and kind = 'campaign_task' and state = 'open' and note like '专项行动：%'")).isPositive();
    }

    /**
     * 信息报送 (infra/demo/events.sql): every demo event has the clocks the app opens, a report is 迟报 exactly when it
     * closed a clock late, and 潍城区's console has items waiting for screening.
     */
    @Test
    void everyDemoEventHasItsReportClocksAndEveryLateReportClosedOneLate() throws SQLException {
        String demoEvents = "(select md5('yingji-demo:event:' || k)::uuid from unnest(array['wc-leak', 'ht-collapse', "
                + "'wf-fire', 'szq-gas', 'wf-hotline-fire']) k)";
        assertThat(count("select count(*) from event where id in " + demoEvents)).isEqualTo(5);
        assertThat(count("select count(*) from event e where e.id in " + demoEvents + " and not exists (select 1 from "
                + "obligation o where o.record_id = e.id and o.kind = 'report_initial' and o.assignee_tenant_code = e.tenant_code)"))
                .isZero();
        assertThat(count("select count(*) from event_report r where r.event_id in " + demoEvents + " and r.late <> exists ("
                + "select 1 from obligation o where o.record_id = r.event_id and o.assignee_tenant_code = r.tenant_code "
                + "and o.state = 'done_late' and o.done_at = r.reported_at)")).isZero();
        assertThat(count("select count(*) from event_report where late and event_id in " + demoEvents)).isPositive();
        assertThat(count("select count(*) from intake_item where tenant_code = '370702' and state = 'new'")).isGreaterThanOrEqualTo(2);
    }

    /**
     * After the event (infra/demo/events.sql): every closed demo event has its 终报 and its 总结评估, 寒亭区's with a
     * corrective action owed as an obligation; 潍城区's flood of 2025 has its 回头看.
     */
    @Test
    void everyClosedDemoEventWasFinallyReportedAndEvaluated() throws SQLException {
        String demoEvents = "(select md5('yingji-demo:event:' || k)::uuid from unnest(array['wc-leak', 'ht-collapse', "
                + "'wf-fire', 'szq-gas', 'wc-flood-2025']) k)";
        assertThat(count("select count(*) from event where status = 'closed' and id in " + demoEvents)).isEqualTo(2);
        assertThat(count("select count(*) from event e where e.status = 'closed' and e.id in " + demoEvents
                + " and (e.evaluated_at is null or e.evaluated_at > e.closed_at or not exists (select 1 from event_report r"
                + " where r.event_id = e.id and r.tenant_code = e.tenant_code and r.stage = 'final' and r.reported_at <= e.closed_at))"))
                .isZero();
        assertThat(count("select count(*) from corrective_action a join obligation o on o.record_id = a.id"
                + " and o.kind = 'corrective_action' and o.state = 'open' and o.note like '事件：%'"
                + " where a.event_id = md5('yingji-demo:event:ht-collapse')::uuid")).isEqualTo(1);
        assertThat(count("select count(*) from event_review v join event e on e.id = v.event_id"
                + " where v.reviewed_on >= (e.closed_at at time zone 'Asia/Shanghai')::date and e.id in " + demoEvents))
                .isEqualTo(1);
    }

    /**
     * 漏报/瞒报 (infra/demo/events.sql): 潍坊市's event learned from 12350 at 寒亭区 is the 漏报 the check would suspect
     * (and so finds there: it writes no second); 寒亭区's 瞒报 is confirmed with its basis; the 批示 on the 信息快报 owes
     * 潍城区 its feedback.
     */
    @Test
    void theHotlineFireIsASuspectedMissedReportAndTheBulletinsInstructionIsOwed() throws SQLException {
        String fire = "md5('yingji-demo:event:wf-hotline-fire')::uuid";
        assertThat(count("select count(*) from event where id = " + fire + " and place_code = '370703' and tenant_code = '370700'"))
                .isOne();
        assertThat(count("select count(*) from report_finding where event_id = " + fire
                + " and kind = 'missed' and state = 'candidate' and subject_tenant_code = '370703'")).isOne();
        assertThat(count("select count(*) from report_finding where event_id = md5('yingji-demo:event:ht-collapse')::uuid"
                + " and kind = 'concealed' and state = 'confirmed' and length(basis) > 0 and decided_at is not null")).isOne();
        // the bulletin is No. 1 of the year: where the suite's own bulletins took that number first, the demo has none
        assertThat(count("select count(*) from instruction x join obligation o on o.record_id = x.id"
                + " and o.kind = 'instruction_feedback' and o.assignee_tenant_code = '370702' and o.state = 'open'"
                + " where x.bulletin_id = md5('yingji-demo:bulletin:wf-express-1')::uuid"))
                .isEqualTo(count("select count(*) from info_bulletin where id = md5('yingji-demo:bulletin:wf-express-1')::uuid"));
    }

    /** 应急响应 (infra/demo/events.sql): 潍坊市's fire has its response raised to Ⅱ级, the plan activated, its command. */
    @Test
    void theCitysFireHasItsResponseInForceWithThePlanActivatedAndItsCommand() throws SQLException {
        String fire = "md5('yingji-demo:event:wf-fire')::uuid";
        assertThat(count("select count(*) from event_response r join plan p on p.id = r.plan_id where r.event_id = " + fire
                + " and r.action = 'start' and p.title = '潍坊市危险化学品事故应急预案'")).isOne();
        assertThat(count("select count(*) from event_response where event_id = " + fire + " and action = 'adjust' and level = 'ii'"
                + " and decided_at > (select decided_at from event_response where event_id = " + fire + " and action = 'start')"))
                .isOne();
        assertThat(count("select count(*) from event_command where event_id = " + fire)).isEqualTo(3);
    }

    /**
     * 值班值守 (infra/demo/duty.sql): 寒亭区 always has one of its two logins on duty (the browser test's spot check is
     * answered by whoever is), nobody is on two shifts at once, and each spot check's clock closed as the app closes it.
     */
    @Test
    void hantingAlwaysHasALoginOnDutyAndEverySpotCheckClockIsClosed() throws SQLException {
        assertThat(count("select count(*) from duty_post where " + DEMO)).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from duty_shift s join person p on p.id = s.person_id where s.tenant_code = '370703'"
                + " and p.username in ('ht-county', 'ht-duty') and s.starts_at <= now() and s.ends_at > now()")).isOne();
        assertThat(count("select count(*) from duty_shift a join duty_shift b on a.person_id = b.person_id and a.id < b.id"
                + " and a.starts_at < b.ends_at and b.starts_at < a.ends_at where a." + DEMO)).isZero();
        String demoChecks = "(md5('yingji-demo:spot_check:wc-1')::uuid, md5('yingji-demo:spot_check:ht-1')::uuid)";
        assertThat(count("select count(*) from spot_check where id in " + demoChecks)).isEqualTo(2);
        assertThat(count("select count(*) from spot_check c where c.id in " + demoChecks + " and not exists (select 1 from obligation o"
                + " where o.kind = 'spot_check_answer' and o.record_id = c.id and o.assignee_tenant_code = c.checked_tenant_code"
                + " and o.state = case when exists (select 1 from spot_check_answer a where a.spot_check_id = c.id"
                + " and not a.late) then 'done_on_time'::obligation_state else 'done_late'::obligation_state end)")).isZero();
        assertThat(count("select count(*) from spot_check where id in " + demoChecks + " and violation = 'absent'")).isOne();
    }

    /** 预警发布 (infra/demo/warnings.sql): a published warning with one 叫应 clock per tenant of its area, as the app keeps them. */
    @Test
    void thePublishedDemoWarningOwesEveryTenantOfItsAreaAnAcknowledgement() throws SQLException {
        String wind = "md5('yingji-demo:warning:wf-wind')::uuid";
        assertThat(count("select count(*) from warning where id = " + wind + " and status = 'published' and identifier ~ "
                + "'^37070000000000_[0-9]{14}_0$'")).isOne();
        assertThat(count("select count(*) from warning w cross join unnest(w.area_codes) c where w.id = " + wind
                + " and not exists (select 1 from obligation o where o.kind = 'warning_ack' and o.record_id = w.id"
                + " and o.assignee_tenant_code = c and (o.state = 'open') = not exists (select 1 from warning_ack a"
                + " where a.warning_id = w.id and a.tenant_code = c))")).isZero();
        assertThat(count("select count(*) from obligation where kind = 'warning_ack' and record_id = " + wind
                + " and state = 'open'")).as("寒亭区 to call down").isOne();
    }

    /** 消息中心: 潍坊市's reviewers were told of the filings waiting for them; 潍城区 of a return, with its reason. */
    @Test
    void theReviewersBellHasTheFilingsWaitingAndTheCountysItsReturns() throws SQLException {
        assertThat(count("select count(*) from notification n join filing f on f.id = n.entity_id where n.tenant_code = '370700'"
                + " and n.kind = 'filing_submitted' and n.audience_role = 'reviewer' and f.status = 'pending'")).isPositive();
        assertThat(count("select count(*) from notification where " + DEMO + " and kind = 'filing_returned'"
                + " and body like '%退回原因：%'")).isPositive();
        // 消息外发: what 潍坊市's reviewers were told went to its review office's SMS number too
        assertThat(count("select count(*) from notification_delivery d join notification n on n.id = d.notification_id"
                + " where d.tenant_code = '370700' and d.channel = 'sms' and n.kind = 'filing_submitted'")).isPositive();
        // 退回重报: every returned plan owes its resubmission, with the reason
        assertThat(count("select count(*) from plan p where " + DEMO.replace("tenant_code", "p.tenant_code")
                + " and p.status = 'returned' and not exists (select 1 from obligation o where o.kind = 'plan_resubmission'"
                + " and o.record_id = p.id and o.state = 'open' and o.note like '退回原因：%')" + notBefore("p.id", "plan")))
                .isZero();
    }

    @Test
    void filedPlansHaveANumberAndEveryDeadlineIsTheCalendars() throws SQLException {
        assertThat(count("select count(*) from plan p where " + DEMO.replace("tenant_code", "p.tenant_code")
                + " and p.status = 'filed' and not exists (select 1 from filing f join filing_decision d on d.filing_id = f.id"
                + " where f.plan_id = p.id and f.status = 'filed' and d.filing_number is not null)" + notBefore("p.id", "plan")))
                .isZero();
        assertThat(count("select count(*) from plan p where " + DEMO.replace("tenant_code", "p.tenant_code")
                + " and p.status in ('submitted', 'returned') and not exists (select 1 from filing f where f.plan_id = p.id"
                + " and f.status::text = case p.status when 'submitted' then 'pending' else 'returned' end)"
                + notBefore("p.id", "plan"))).isZero();
        // a decision has its filing's status, is the authority's, and lies between the submission and today
        assertThat(count("select count(*) from filing f join filing_decision d on d.filing_id = f.id where "
                + DEMO.replace("tenant_code", "f.tenant_code") + " and (d.tenant_code is distinct from f.authority_tenant_code"
                + " or f.status::text <> case d.decision when 'accepted' then 'filed' else 'returned' end"
                + " or (d.decided_at at time zone 'Asia/Shanghai')::date not between f.submitted_on and current_date)"
                + notBefore("f.id", "filing")))
                .isZero();
        assertThat(count("select count(*) from filing f where " + DEMO.replace("tenant_code", "f.tenant_code")
                + " and f.status <> 'pending' and not exists (select 1 from filing_decision d where d.filing_id = f.id)"
                + notBefore("f.id", "filing")))
                .isZero();
        // drills test plans that exist; the tenants' filing numbers follow the app's pattern
        assertThat(count("select count(*) from drill d cross join unnest(d.plan_ids) as x(id) where "
                + DEMO.replace("tenant_code", "d.tenant_code") + " and not exists (select 1 from plan p where p.id = x.id)"))
                .isZero();
        assertThat(count("select count(*) from filing_decision where " + DEMO
                + " and decision = 'accepted' and filing_number !~ ('^' || tenant_code || '-[0-9]{4}-[0-9]{5}$')"
                + notBefore("filing_id", "filing"))).isZero();

        LocalDate today = China.today();
        int checked = 0;
        try (Connection c = TestServices.ownerConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select f.tenant_code, p.issued_on, f.submitted_on,"
                        + " (f.submitted_at at time zone 'Asia/Shanghai')::date, f.filing_due_on, f.late,"
                        + " f.acknowledgement_due_on from filing f join plan p on p.id = f.plan_id where "
                        + DEMO.replace("tenant_code", "f.tenant_code") + notBefore("f.id", "filing"))) {
            while (rs.next()) {
                WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath("CN", rs.getString(1).substring(0, 2) + "0000");
                LocalDate issued = rs.getObject(2, LocalDate.class);
                LocalDate submitted = rs.getObject(3, LocalDate.class);
                LocalDate due = rs.getObject(5, LocalDate.class);
                String row = rs.getString(1) + " issued " + issued + " submitted " + submitted;
                assertThat(rs.getObject(4, LocalDate.class)).as(row).isEqualTo(submitted);
                assertThat(submitted).as(row).isAfterOrEqualTo(issued).isBeforeOrEqualTo(today);
                assertThat(due).as(row).isEqualTo(calendar.addWorkingDays(issued, 20).due());
                assertThat(rs.getBoolean(6)).as(row).isEqualTo(submitted.isAfter(due));
                assertThat(rs.getObject(7, LocalDate.class)).as(row).isEqualTo(calendar.addWorkingDays(submitted, 5).due());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void theProvinceSeesAScoreOnlyForCitiesWithRecordsAndACityATwelveMonthTrend() {
        // recomputed from the records now: a snapshot of this month computed before this run's load would be stale
        byte[] refreshed = as("sd-province").post().uri("/api/v1/compliance/370000/refresh").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        JsonNode province = JSON.readTree(refreshed);
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        province.get("rows").forEach(r -> rows.put(r.get("tenantCode").asString(), r));
        assertThat(rows.get("370700").get("score").isNumber()).isTrue();
        assertThat(rows.get("370100").get("score").isNumber()).isTrue();
        // 滨州市 and 菏泽市 have recorded nothing (no test writes there): their plan system is required, yet no score
        for (String empty : List.of("371600", "371700")) {
            assertThat(rows.get(empty).get("values").get("plans-required").asInt()).isPositive();
            assertThat(rows.get(empty).get("score").isNull()).as(empty).isTrue();
            assertThat(rows.get(empty).get("rank").isNull()).as(empty).isTrue();
        }

        JsonNode trend = get("wf-city", "/api/v1/compliance/370700/trend");
        List<JsonNode> months = new ArrayList<>();
        trend.get("months").forEach(months::add);
        assertThat(months).hasSize(12).allSatisfy(m -> assertThat(m.get("score").isNumber()).as(m.toString()).isTrue());

        JsonNode county = get("wc-county", "/api/v1/compliance/370702");
        assertThat(county.get("total").get("score").isNumber()).isTrue();
        assertThat(county.get("total").get("values").get("plans-filed").asInt()).isPositive();
    }

    private JsonNode get(String user, String path) {
        byte[] body = as(user).get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    /** The demo files of {@code ./yingji}'s load_tenants, in its order, each run as one script by the owner. */
    static void load() throws IOException, SQLException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String script = Files.readString(root.resolve("yingji"));
        String loadTenants = script.substring(script.indexOf("load_tenants() {"), script.indexOf("\n}", script.indexOf("load_tenants() {")));
        Matcher files = Pattern.compile("infra/demo/[\\w.-]+\\.sql").matcher(loadTenants);
        List<Path> found = new ArrayList<>();
        while (files.find()) {
            found.add(root.resolve(files.group()));
        }
        assertThat(found).extracting(p -> p.getFileName().toString()).contains("seed.sql", "compliance.sql");
        try (Connection c = TestServices.ownerConnection(); Statement st = c.createStatement()) {
            for (Path file : found) {
                st.execute(Files.readString(file));
            }
        }
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }

    /** A condition that leaves out the rows of other tests ({@link #before}): {@code column} holds a {@code table} id. */
    private static String notBefore(String column, String table) {
        return " and " + column + "::text <> all(string_to_array('" + String.join(",", before.get(table)) + "', ','))";
    }

    private static List<String> ids(String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = TestServices.ownerConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestServices.ownerConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
