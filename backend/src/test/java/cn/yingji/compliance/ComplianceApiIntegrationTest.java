package cn.yingji.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.yingji.plans.PlanSteps;
import cn.yingji.platform.China;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;

/**
 * 合规看板 through the API against the real services. A small tree under 威海市 (371000) and one county of 遵义市
 * (520302) gets records written as their owners would have them — plans filed, filed late, issued only, overdue
 * for evaluation; drills and drill frequency; corrective actions, one ordered by the city; experts; campaign tasks —
 * and the dashboard must count each of them, roll them up, score and rank them with the configured weights (and a
 * province's own weights), list exactly the records behind every number, export exactly its table, and refuse a
 * tenant outside the caller's subtree. No other test writes to these regions, so every number is exact.
 */
class ComplianceApiIntegrationTest extends ApiIntegrationTest {

    static final String CITY = "371000";
    static final String HC = "371002";
    static final String WD = "371003";
    static final String GZ_COUNTY = "520302";
    final LocalDate today = China.today();

    String p1;
    String p2;

    @Autowired
    ComplianceFreshnessJob freshness;

    @BeforeEach
    void records() throws SQLException {
        try (Connection c = TestServices.ownerConnection()) {
            c.setAutoCommit(false);
            for (String table : List.of("compliance_snapshot", "corrective_action", "drill_attachment", "drill",
                    "expert_invocation", "expert", "filing_decision", "filing", "plan_evaluation", "plan_revision_trigger",
                    "plan_alignment", "plan_attachment", "plan", "campaign_task", "revision_campaign", "org_unit")) {
                exec(c, "delete from " + table + " where tenant_path <@ 'p37.c3710' or tenant_path <@ 'p52.c5203'");
            }
            String hcPath = "p37.c3710.x371002";
            String wdPath = "p37.c3710.x371003";
            String cityPath = "p37.c3710";
            String gov = value(c, "insert into org_unit (tenant_code, tenant_path, kind, name) values (?, ?::ltree, 'government', '环翠区人民政府') returning id::text", HC, hcPath);
            String dept = value(c, "insert into org_unit (tenant_code, tenant_path, kind, name) values (?, ?::ltree, 'department', '环翠区水务局') returning id::text", HC, hcPath);
            String cityUnit = value(c, "insert into org_unit (tenant_code, tenant_path, kind, name) values (?, ?::ltree, 'department', '威海市应急管理局') returning id::text", CITY, cityPath);
            String wdUnit = value(c, "insert into org_unit (tenant_code, tenant_path, kind, name) values (?, ?::ltree, 'village', '文登区某村') returning id::text", WD, wdPath);

            // the city's campaign: one task closed by a filed plan, one overdue, one for 文登区 not yet due
            String campaign = value(c, "insert into revision_campaign (tenant_code, tenant_path, sharing, title, deadline, launched_at, created_by) values (?, ?::ltree, 'vertical', '威海市预案编修专项行动', ?, now(), 'test') returning id::text", CITY, cityPath, today.plusDays(60));
            String t1 = task(c, campaign, HC, today.minusDays(1));
            task(c, campaign, HC, today.minusDays(1));
            task(c, campaign, WD, today.plusDays(30));

            // plans: general filed on time but never drilled; 防汛 filed late, overdue for evaluation, drilled, closes t1;
            // 森林火灾 issued only; 地震 a draft (not in force)
            p1 = plan(c, HC, hcPath, "环翠区突发事件总体应急预案", "general", "{}", gov, "filed", LocalDate.of(2020, 1, 10), today.plusDays(100), null);
            p2 = plan(c, HC, hcPath, "环翠区防汛应急预案", "special", "{洪涝灾害}", dept, "filed", today.minusYears(2), today.minusDays(10), t1);
            plan(c, HC, hcPath, "环翠区森林火灾应急预案", "special", "{森林火灾}", dept, "issued", today.minusDays(100), today.plusDays(300), null);
            exec(c, "insert into plan (tenant_code, tenant_path, sharing, title, category, event_types, owner_unit_id, status) values (?, ?::ltree, 'private', '环翠区地震应急预案', 'special', '{地震}', ?::uuid, 'draft')", HC, hcPath, dept);
            filing(c, HC, hcPath, p1, false);
            filing(c, HC, hcPath, p2, true);

            String d1 = value(c, "insert into drill (tenant_code, tenant_path, title, form, status, held_on, organizer_unit_id, plan_ids, created_by) values (?, ?::ltree, '环翠区防汛综合演练', 'comprehensive', 'held', ?, ?::uuid, array[?::uuid], 'test') returning id::text", HC, hcPath, today, gov, p2);
            exec(c, "insert into drill (tenant_code, tenant_path, title, form, status, planned_on, organizer_unit_id, created_by) values (?, ?::ltree, '环翠区计划演练', 'tabletop', 'planned', ?, ?::uuid, 'test')", HC, hcPath, today.plusDays(20), gov);
            action(c, HC, hcPath, d1, gov, HC, today.minusDays(5), "open");
            action(c, HC, hcPath, d1, gov, HC, today.minusDays(5), "done");
            action(c, HC, hcPath, d1, gov, HC, today.plusDays(10), "open");
            // the city's joint drill with 文登区, and an action the city assigned to it, overdue on 文登区
            String dc = value(c, "insert into drill (tenant_code, tenant_path, title, form, status, held_on, organizer_unit_id, participant_codes, created_by) values (?, ?::ltree, '威海市联合演练', 'field', 'held', ?, ?::uuid, array[?], 'test') returning id::text", CITY, cityPath, today, cityUnit, WD);
            action(c, CITY, cityPath, dc, wdUnit, WD, today.minusDays(1), "in_progress");

            expert(c, HC, hcPath, "于专家", "{地震,洪涝灾害}", "available", "vertical");
            expert(c, HC, hcPath, "忙专家", "{火灾}", "busy", "vertical");
            expert(c, HC, hcPath, "私专家", "{燃气}", "available", "private");
            expert(c, WD, wdPath, "文专家", "{地震,森林火灾}", "available", "up");

            // 遵义市 → 红花岗区: one task on time, one overdue, nothing filed
            String gzCampaign = value(c, "insert into revision_campaign (tenant_code, tenant_path, sharing, title, deadline, launched_at, created_by) values ('520300', 'p52.c5203', 'vertical', '遵义市预案编修', ?, now(), 'test') returning id::text", today.plusDays(60));
            task(c, gzCampaign, GZ_COUNTY, today.plusDays(10));
            task(c, gzCampaign, GZ_COUNTY, today.minusDays(3));
            c.commit();
        }
    }

    @Test
    void theCityDashboardCountsEachRecordRollsUpScoresAndRanks() {
        Map<String, Object> city = refresh("sd-province", CITY);
        assertThat(region(city, "tenant")).containsEntry("code", CITY).containsEntry("name", "威海市");
        assertThat(list(city, "ancestors")).extracting(a -> a.get("code")).containsExactly("370000");
        assertThat(list(city, "columns")).extracting(c -> c.get("key")).startsWith("plans-required", "plans-filed");

        Map<String, Object> hc = line(city, HC);
        assertThat(values(hc)).containsAllEntriesOf(Map.ofEntries(
                Map.entry("plans-required", 5), Map.entry("plans-filed", 2), Map.entry("plans-in-force", 3),
                Map.entry("filings", 2), Map.entry("filings-on-time", 1), Map.entry("evaluations-overdue", 1),
                Map.entry("drill-items", 5), Map.entry("drills-overdue", 1), Map.entry("drills-held", 1),
                Map.entry("actions-total", 3), Map.entry("actions-overdue", 1), Map.entry("experts", 1),
                Map.entry("expert-types", 2), Map.entry("tasks-total", 2), Map.entry("tasks-done", 1),
                Map.entry("tasks-overdue", 1)));
        // 25·2/5 + 15·1/2 + 15·2/3 + 20·4/5 + 15·2/3 + 10·1/2 = 58.5 (national weights)
        assertThat(hc).containsEntry("score", 58.5).containsEntry("rank", 1);

        Map<String, Object> wd = line(city, WD);
        assertThat(values(wd)).containsAllEntriesOf(Map.of("plans-required", 5, "plans-filed", 0, "plans-in-force", 0,
                "actions-total", 1, "actions-overdue", 1, "experts", 1, "expert-types", 2, "tasks-total", 1,
                "tasks-overdue", 0, "drill-items", 0));
        // measured: plans filed 0/5 (25), actions 0/1 (15), tasks 1/1 (10) → 10 / 50
        assertThat(wd).containsEntry("score", 20.0).containsEntry("rank", 2);
        // 荣成市 and 乳山市 have recorded nothing: their required plan system alone earns neither 0.0 nor a rank (无数据)
        assertThat(line(city, "371082")).containsEntry("score", null).containsEntry("rank", null);
        assertThat(line(city, "371083")).containsEntry("score", null).containsEntry("rank", null);

        Map<String, Object> own = list(city, "rows").getFirst();
        assertThat(own).containsEntry("tenantCode", CITY).containsEntry("own", true).containsEntry("rank", null);
        assertThat(values(own)).containsAllEntriesOf(Map.of("plans-required", 7, "drill-items", 1, "drills-held", 1));

        // the total is the city and its four counties; event types covered are a union (地震 once)
        Map<String, Object> total = map(city, "total");
        assertThat(values(total)).containsAllEntriesOf(Map.of("plans-required", 27, "plans-filed", 2, "drill-items", 6,
                "drills-held", 2, "actions-total", 4, "actions-overdue", 2, "experts", 2, "expert-types", 3,
                "tasks-total", 3, "tasks-overdue", 1));
        double expected = (25 * 2.0 / 27 + 15 * 1.0 / 2 + 15 * 2.0 / 3 + 20 * 5.0 / 6 + 15 * 2.0 / 4 + 10 * 2.0 / 3);
        assertThat(total.get("score")).isEqualTo(round(expected));

        // the province sees the city's line as the same total
        Map<String, Object> province = dashboard("sd-province", "370000");
        assertThat(values(line(province, CITY))).isEqualTo(values(total));
        assertThat(line(province, CITY).get("score")).isEqualTo(total.get("score"));
    }

    @Test
    void theRecordsBehindEveryNumberAreTheNumber() {
        Map<String, Object> city = refresh("sd-province", CITY);
        Map<String, Object> hc = line(city, HC);
        for (var e : values(hc).entrySet()) {
            Map<String, Object> records = records("sd-province", HC, e.getKey(), "subtree");
            assertThat(((Number) records.get("total")).intValue()).as(e.getKey()).isEqualTo(e.getValue());
        }
        for (var e : values(map(city, "total")).entrySet()) {
            Map<String, Object> records = records("sd-province", CITY, e.getKey(), "subtree");
            assertThat(((Number) records.get("total")).intValue()).as("total " + e.getKey()).isEqualTo(e.getValue());
        }
        Map<String, Object> own = list(city, "rows").getFirst();
        for (var e : values(own).entrySet()) {
            Map<String, Object> records = records("sd-province", CITY, e.getKey(), "own");
            assertThat(((Number) records.get("total")).intValue()).as("本级 " + e.getKey()).isEqualTo(e.getValue());
        }
        List<Map<String, Object>> overdue = list(records("sd-province", HC, "evaluations-overdue", "subtree"), "items");
        assertThat(overdue).singleElement().satisfies(r -> assertThat(r).containsEntry("id", p2)
                .containsEntry("title", "环翠区防汛应急预案").containsEntry("link", "/plans/" + p2)
                .containsEntry("tenantName", "环翠区"));
        List<Map<String, Object>> drills = list(records("sd-province", HC, "drills-overdue", "subtree"), "items");
        assertThat(drills).singleElement().satisfies(r -> assertThat(r).containsEntry("id", p1));
        List<Map<String, Object>> missing = list(records("sd-province", HC, "plans-required", "subtree"), "items");
        assertThat(missing).extracting(r -> r.get("title")).contains("总体应急预案", "专项应急预案（地震）");

        as("sd-province").get().uri("/api/v1/compliance/{c}/records?metric=plans-late", HC).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-compliance-metric");
    }

    @Test
    void theExportIsExactlyTheTableOnScreen() {
        Map<String, Object> city = refresh("sd-province", CITY);
        byte[] xlsx = as("sd-province").get().uri("/api/v1/compliance/{c}/export.xlsx", CITY).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        List<Spreadsheets.SheetRow> sheet = Spreadsheets.read(xlsx, 1000);
        List<String> header = new ArrayList<>(List.of("地区"));
        list(city, "columns").forEach(c -> header.add((String) c.get("label")));
        header.addAll(List.of("综合得分", "排名"));
        assertThat(sheet.getFirst().cells()).isEqualTo(header);
        List<Map<String, Object>> lines = new ArrayList<>(list(city, "rows"));
        lines.add(map(city, "total"));
        assertThat(sheet).hasSize(lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> line = lines.get(i);
            List<String> expected = new ArrayList<>();
            expected.add((String) line.get("tenantName"));
            list(city, "columns").forEach(c -> expected.add(text(values(line).get((String) c.get("key")))));
            expected.add(text(line.get("score")));
            expected.add(text(line.get("rank")));
            List<String> actual = new ArrayList<>(sheet.get(i + 1).cells());
            while (actual.size() < expected.size()) {
                actual.add("");
            }
            assertThat(actual.stream().map(ComplianceApiIntegrationTest::number).toList()).as(line.get("tenantName").toString())
                    .isEqualTo(expected.stream().map(ComplianceApiIntegrationTest::number).toList());
        }
    }

    @Test
    void aProvinceOwnWeightsChangeTheScore() {
        Map<String, Object> zunyi = refresh("gz-province", "520300");
        Map<String, Object> county = line(zunyi, GZ_COUNTY);
        assertThat(values(county)).containsAllEntriesOf(Map.of("plans-required", 5, "plans-filed", 0, "tasks-total", 2,
                "tasks-overdue", 1));
        // Guizhou weighs campaign tasks 25 (national 10): (25·0 + 25·1/2) / 50 = 25.0, not (10·1/2) / 35 = 14.3
        assertThat(county.get("score")).isEqualTo(25.0);
        assertThat(map(zunyi, "weights")).containsEntry("campaignTasks", 25).containsEntry("plansFiled", 25);
    }

    @Test
    void aTenantOutsideTheCallersSubtreeIsNotFound() {
        for (String[] c : List.of(new String[] {"jn-city", CITY}, new String[] {"wc-county", "370700"},
                new String[] {"wc-county", "370703"}, new String[] {"wf-city", "370000"}, new String[] {"gz-province", CITY})) {
            as(c[0]).get().uri("/api/v1/compliance/{t}", c[1]).exchange().expectStatus().isNotFound().expectBody()
                    .jsonPath("$.code").isEqualTo("compliance-tenant-not-found");
            as(c[0]).get().uri("/api/v1/compliance/{t}/records?metric=experts", c[1]).exchange().expectStatus().isNotFound();
            as(c[0]).get().uri("/api/v1/compliance/{t}/export.xlsx", c[1]).exchange().expectStatus().isNotFound();
            as(c[0]).get().uri("/api/v1/compliance/{t}/trend", c[1]).exchange().expectStatus().isNotFound();
        }
        // a county sees only itself: its own line and the total, no children
        Map<String, Object> county = dashboard("wc-county", "370702");
        assertThat(list(county, "rows")).extracting(r -> r.get("tenantCode")).containsExactly("370702");
        assertThat(list(county, "ancestors")).isEmpty();
        as("expert-demo").get().uri("/api/v1/compliance/370000").exchange().expectStatus().isForbidden();
        as("sd-province").get().uri("/api/v1/compliance/370000?month=2026-13").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-month");
    }

    /**
     * Within seconds, not at the 6-hourly pass: a county's plan issued through the API marks the county stale in the
     * same transaction (V38), and the next freshness pass (every 5 s in production) moves its line on the city's and
     * the province's dashboards; until then they show the snapshot as it was.
     */
    @Test
    void aCountysWriteShowsOnTheDashboardsAboveAtTheNextFreshnessPass() throws SQLException {
        String weifang = "370700";
        String weicheng = "370702";
        int before = values(line(refresh("sd-province", weifang), weicheng)).get("plans-in-force");
        freshness.runOnce();

        PlanSteps steps = new PlanSteps(this::as);
        String unit = Fixtures.orgUnit(weicheng, "p37.c3707.x370702", "潍城区人民政府-" + java.util.UUID.randomUUID(),
                "government");
        Object plan = steps.draft("wc-county", "潍城区森林火灾应急预案", "general", unit).get("id");
        steps.issue("wc-county", plan, today.minusDays(1));
        assertThat(values(line(dashboard("wf-city", weifang), weicheng))).as("before the pass: the snapshot as it was")
                .containsEntry("plans-in-force", before);

        assertThat(freshness.runOnce()).as("regions recomputed").isGreaterThanOrEqualTo(1);

        assertThat(values(line(dashboard("wf-city", weifang), weicheng))).containsEntry("plans-in-force", before + 1);
        assertThat(values(line(dashboard("sd-province", "370000"), weifang)).get("plans-in-force"))
                .isEqualTo(values(map(dashboard("wf-city", weifang), "total")).get("plans-in-force"));
        assertThat(freshness.runOnce()).as("each stale region once").isZero();
        // the queue is internal: the API's role neither reads nor writes it (only the trigger and the job's function)
        for (String sql : List.of("select count(*) from compliance_stale",
                "insert into compliance_stale (tenant_code) values ('370702')", "delete from compliance_stale")) {
            try (Connection c = TestServices.appConnection(); var st = c.createStatement()) {
                st.execute(sql);
                throw new AssertionError("the API's role ran: " + sql);
            } catch (SQLException e) {
                assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
            }
        }
    }

    @Test
    void aMonthIsKeptOncePerTenantAndTheTrendEndsWithIt() throws SQLException {
        refresh("sd-province", CITY);
        refresh("sd-province", CITY);
        try (Connection c = TestServices.ownerConnection()) {
            assertThat(value(c, "select count(*)::text from compliance_snapshot where tenant_code = ? and month = ?",
                    HC, YearMonth.now(China.ZONE).atDay(1))).isEqualTo("1");
        }
        Map<String, Object> trend = as("sd-province").get().uri("/api/v1/compliance/{c}/trend", CITY).exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        List<Map<String, Object>> months = list(trend, "months");
        assertThat(months).hasSize(12);
        assertThat(months.getLast()).containsEntry("month", YearMonth.now(China.ZONE).toString());
        Map<String, Object> total = map(dashboard("sd-province", CITY), "total");
        assertThat(months.getLast().get("values")).isEqualTo(total.get("values"));
        assertThat(months.getLast().get("score")).isEqualTo(total.get("score"));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    static final Class<Map<String, Object>> MAP = cast(Map.class);

    @SuppressWarnings("unchecked")
    static <T> Class<T> cast(Class<?> c) {
        return (Class<T>) c;
    }

    Map<String, Object> refresh(String user, String code) {
        return as(user).post().uri("/api/v1/compliance/{c}/refresh", code).exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();
    }

    Map<String, Object> dashboard(String user, String code) {
        return as(user).get().uri("/api/v1/compliance/{c}", code).exchange().expectStatus().isOk().expectBody(MAP)
                .returnResult().getResponseBody();
    }

    Map<String, Object> records(String user, String code, String metric, String scope) {
        return as(user).get().uri("/api/v1/compliance/{c}/records?metric={m}&scope={s}&size=100", code, metric, scope)
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    static Map<String, Object> region(Map<String, Object> m, String key) {
        return map(m, key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Integer> values(Map<String, Object> line) {
        return (Map<String, Integer>) line.get("values");
    }

    static Map<String, Object> line(Map<String, Object> dashboard, String code) {
        return list(dashboard, "rows").stream().filter(r -> code.equals(r.get("tenantCode")) && !Boolean.TRUE.equals(r.get("own")))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + code));
    }

    static double round(double score) {
        return BigDecimal.valueOf(score).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Cells compared as numbers where they are numbers (Excel shows 20.0 as 20). */
    static String number(String cell) {
        try {
            return new BigDecimal(cell).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    static String plan(Connection c, String code, String path, String title, String category, String eventTypes,
            String owner, String status, LocalDate issuedOn, LocalDate evaluationDue, String task) throws SQLException {
        return value(c, "insert into plan (tenant_code, tenant_path, sharing, title, category, event_types, owner_unit_id, "
                + "doc_number, issued_on, status, evaluation_due_on, evaluation_reminder_on, campaign_task_id) values "
                + "(?, ?::ltree, 'up', ?, ?::plan_category, ?::text[], ?::uuid, '威环政办发〔2024〕1号', ?, ?::plan_status, ?, ?, ?::uuid) "
                + "returning id::text", code, path, title, category, eventTypes, owner, issuedOn, status, evaluationDue,
                evaluationDue.minusDays(90), task);
    }

    static void filing(Connection c, String code, String path, String plan, boolean late) throws SQLException {
        exec(c, "insert into filing (tenant_code, tenant_path, plan_id, plan_version_no, authority_tenant_code, authority_role, "
                + "authority_label, route_description, submitted_on, filing_due_on, late, acknowledgement_due_on, status) values "
                + "(?, ?::ltree, ?::uuid, 1, '371000', 'government', '威海市人民政府', '报威海市人民政府备案', ?, ?, ?, ?, 'filed')",
                code, path, plan, LocalDate.now(China.ZONE).minusDays(30), LocalDate.now(China.ZONE).minusDays(late ? 40 : 20),
                late, LocalDate.now(China.ZONE).minusDays(20));
    }

    static String task(Connection c, String campaign, String assignee, LocalDate deadline) throws SQLException {
        return value(c, "insert into campaign_task (tenant_code, tenant_path, sharing, campaign_id, plan_title, category, "
                + "assignee_tenant_code, deadline) select tenant_code, tenant_path, 'vertical', id, '防汛应急预案修订', 'special', ?, ? "
                + "from revision_campaign where id = ?::uuid returning id::text", assignee, deadline, campaign);
    }

    static void action(Connection c, String code, String path, String drill, String unit, String assignee, LocalDate due,
            String status) throws SQLException {
        exec(c, "insert into corrective_action (tenant_code, tenant_path, drill_id, description, owner_unit_id, "
                + "assignee_code, due_on, status, completed_on, created_by, updated_by) values (?, ?::ltree, ?::uuid, "
                + "'完善物资储备', ?::uuid, ?, ?, ?::corrective_action_status, ?, 'test', 'test')", code, path, drill, unit,
                assignee, due, status, status.equals("done") ? due : null);
    }

    static void expert(Connection c, String code, String path, String name, String specialties, String availability,
            String sharing) throws SQLException {
        exec(c, "insert into expert (tenant_code, tenant_path, sharing, name, organization, specialties, level, phone, "
                + "availability) values (?, ?::ltree, ?::sharing, ?, '威海市某研究院', ?::text[], 'county', '13800138000', "
                + "?::expert_availability)", code, path, sharing, name, specialties, availability);
    }

    static String value(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = statement(c, sql, args); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = statement(c, sql, args)) {
            st.execute();
        }
    }

    private static PreparedStatement statement(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        return st;
    }
}
