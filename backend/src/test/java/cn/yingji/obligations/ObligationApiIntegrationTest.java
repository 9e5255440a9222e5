package cn.yingji.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.platform.China;
import cn.yingji.plans.PlanSteps;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;
import cn.yingji.tenancy.TenantRef;

/**
 * 待办 through the API: a county's submission obliges the routed city to answer by the acknowledgement deadline; the
 * city's list shows it with its countdown, nobody else's does, and the city's answer closes it on time. An issued
 * plan is owed until submitted or abolished; what a county lets pass shows on its city's and province's list and
 * climbs the escalation ladder.
 */
class ObligationApiIntegrationTest extends ApiIntegrationTest {

    static final TenantRef WEICHENG = new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702");

    @Autowired
    ObligationEscalationJob escalation;

    PlanSteps steps;
    String unit;

    @BeforeEach
    void countyGovernment() {
        steps = new PlanSteps(this::as);
        unit = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
    }

    /** A general plan of 潍城区's government, issued yesterday. */
    private Object issuedPlan(String title) {
        Object planId = steps.draft("wc-county", title, "general", unit).get("id");
        steps.issue("wc-county", planId, China.today().minusDays(1));
        return planId;
    }

    @Test
    void aSubmissionObligesTheAuthorityAndItsAnswerClosesItOnTime() {
        String title = "潍城区防汛应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        Object planId = issuedPlan(title);
        int version = ((Number) steps.get("wc-county", planId).get("version")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> filing = steps.submit("wc-county", planId, version).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        Map<String, Object> owed = only(open("wf-city"), filing.get("id"));
        assertThat(owed).containsEntry("kind", "filing_review").containsEntry("kindLabel", "备案审查")
                .containsEntry("subject", title).containsEntry("recordEntity", "filing")
                .containsEntry("ownerTenantName", "潍城区").containsEntry("assigneeTenantName", "潍坊市")
                .containsEntry("state", "open")
                .containsEntry("stateLabel", "待办").containsEntry("overdue", false)
                .containsEntry("dueOn", filing.get("acknowledgementDueOn"));
        assertThat(((Number) owed.get("workingDaysLeft")).intValue()).isBetween(4, 5);
        // the county filed it and the province oversees, but neither must answer it; a sibling city knows nothing
        for (String other : List.of("wc-county", "sd-province", "jn-city")) {
            assertThat(open(other)).extracting(o -> o.get("recordId")).as(other).doesNotContain(filing.get("id"));
        }

        as("wf-city").post().uri("/api/v1/filings/{id}/accept", filing.get("id")).exchange().expectStatus().isOk();

        assertThat(open("wf-city")).extracting(o -> o.get("recordId")).doesNotContain(filing.get("id"));
        Map<String, Object> done = only(list("wf-city", "all"), filing.get("id"));
        assertThat(done).containsEntry("state", "done_on_time").containsEntry("stateLabel", "按时办结");
        assertThat(done.get("doneAt")).isNotNull();
    }

    /** 退回重报: a returned submission is owed again by the county, with the city's reason; submitting it again fulfils it. */
    @Test
    void aReturnedPlanIsOwedAgainWithTheReasonUntilItIsSubmittedAgain() {
        String title = "潍城区防汛抗旱应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        Object planId = issuedPlan(title);
        int version = ((Number) steps.get("wc-county", planId).get("version")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> filing = steps.submit("wc-county", planId, version).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        steps.post("wf-city", "/api/v1/filings/{id}/return", Map.of("reason", "请补充专家评审意见"), filing.get("id"))
                .expectStatus().isOk();

        Map<String, Object> again = only(open("wc-county"), planId);
        assertThat(again).containsEntry("kind", "plan_resubmission").containsEntry("kindLabel", "退回重报")
                .containsEntry("subject", title).containsEntry("recordEntity", "plan")
                .containsEntry("ownerTenantName", "潍城区").containsEntry("assigneeTenantName", "潍城区")
                .containsEntry("note", "退回原因：请补充专家评审意见");
        assertThat(((Number) again.get("workingDaysLeft")).intValue()).isBetween(19, 20);
        assertThat(open("wf-city")).extracting(o -> o.get("recordId")).doesNotContain(planId, filing.get("id"));

        int returnedVersion = ((Number) steps.get("wc-county", planId).get("version")).intValue();
        steps.submit("wc-county", planId, returnedVersion).expectStatus().isCreated();
        assertThat(open("wc-county")).extracting(ObligationApiIntegrationTest::owedBesidesEvaluation).doesNotContain(planId);
        assertThat(list("wc-county", "all")).filteredOn(o -> planId.equals(o.get("recordId"))
                && "plan_resubmission".equals(o.get("kind"))).singleElement()
                .satisfies(o -> assertThat(o).containsEntry("state", "done_on_time"));
    }

    @Test
    void anIssuedPlanIsOwedToItsAuthorityUntilItsFirstSubmissionOrItsAbolition() {
        String title = "潍城区地震应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        Object planId = issuedPlan(title);

        Map<String, Object> owed = only(open("wc-county"), planId);
        assertThat(owed).containsEntry("kind", "plan_filing").containsEntry("kindLabel", "预案备案")
                .containsEntry("subject", title).containsEntry("recordEntity", "plan").containsEntry("state", "open");
        assertThat(open("wf-city")).extracting(o -> o.get("recordId")).as("the city oversees, the county owes")
                .doesNotContain(planId);

        int version = ((Number) steps.get("wc-county", planId).get("version")).intValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> filing = steps.submit("wc-county", planId, version).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(owed).containsEntry("dueOn", filing.get("filingDueOn"));
        assertThat(only(list("wc-county", "all"), planId)).containsEntry("state", "done_on_time");

        // another one abolished before it was ever submitted: no longer owed
        Object other = steps.draft("wc-county", title + "（废止）", "general", unit).get("id");
        steps.issue("wc-county", other, China.today());
        int otherVersion = ((Number) steps.get("wc-county", other).get("version")).intValue();
        as("wc-county").post().uri("/api/v1/plans/{id}/abolish", other).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", otherVersion)).exchange().expectStatus().isOk();
        assertThat(open("wc-county")).extracting(o -> o.get("recordId")).doesNotContain(other);
        assertThat(only(list("wc-county", "all"), other)).containsEntry("state", "waived")
                .containsEntry("stateLabel", "已免办").containsEntry("reason", "预案已废止");
    }

    @Test
    void aCountysOverduePlanShowsOnItsCitysAndProvincesListOfOverdueBelowNotOnASiblingCitys() {
        String title = "潍城区森林火灾应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        Object planId = steps.draft("wc-county", title, "general", unit).get("id");
        steps.issue("wc-county", planId, China.today().minusDays(60)); // 20 working days are long past

        for (String overseer : List.of("wf-city", "sd-province")) {
            Map<String, Object> late = only(below(overseer), planId);
            assertThat(late).as(overseer).containsEntry("kindLabel", "预案备案").containsEntry("subject", title)
                    .containsEntry("ownerTenantName", "潍城区").containsEntry("assigneeTenantName", "潍城区")
                    .containsEntry("overdue", true)
                    .containsEntry("stateLabel", "已逾期");
            assertThat(((Number) late.get("workingDaysLeft")).intValue()).isNegative();
        }
        assertThat(below("jn-city")).extracting(o -> o.get("recordId")).doesNotContain(planId);
        // 关键数字: the counts behind the lists
        for (String user : List.of("wf-city", "sd-province", "wc-county")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = as(user).get().uri("/api/v1/obligations/summary").exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(((Number) figures.get("overdueBelow")).intValue()).as(user).isEqualTo(
                    "wc-county".equals(user) ? 0 : countBelow(user));
            assertThat(((Number) figures.get("overdue")).intValue()).as(user)
                    .isEqualTo((int) open(user).stream().filter(o -> Boolean.TRUE.equals(o.get("overdue"))).count());
            assertThat(((Number) figures.get("open")).intValue()).as(user).isEqualTo(open(user).size());
        }
        assertThat(below("wc-county")).as("its own are on its own list").extracting(o -> o.get("recordId"))
                .doesNotContain(planId);
        assertThat(only(open("wc-county"), planId)).containsEntry("overdue", true);
    }

    /**
     * 下级逾期 across cities, longest overdue first: two counties of two cities, the older first; a short list is the
     * head of the long one, whatever else the database holds (each region's longest are taken first, then merged).
     */
    @Test
    void theLongestOverdueBelowComeFirstAcrossRegions() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Object weicheng = steps.draft("wc-county", "潍城区低温雨雪冰冻应急预案-" + suffix, "general", unit).get("id");
        steps.issue("wc-county", weicheng, China.today().minusYears(10));
        String shizhongUnit = Fixtures.orgUnit("370103", "p37.c3701.x370103", "市中区人民政府-" + suffix, "government");
        Object shizhong = steps.draft("szq-county", "市中区低温雨雪冰冻应急预案-" + suffix, "general", shizhongUnit).get("id");
        steps.issue("szq-county", shizhong, China.today().minusYears(10).plusDays(10));

        List<Map<String, Object>> all = below("sd-province");
        List<Object> records = all.stream().map(o -> o.get("recordId")).toList();
        assertThat(records).contains(weicheng, shizhong);
        assertThat(records.indexOf(weicheng)).isLessThan(records.indexOf(shizhong));
        assertThat(all).extracting(o -> (String) o.get("dueAt")).isSortedAccordingTo(
                java.util.Comparator.comparing(java.time.OffsetDateTime::parse));
        for (int limit : List.of(1, 2, 5, 20)) {
            assertThat(below("sd-province", limit)).as("the first %d", limit)
                    .isEqualTo(all.subList(0, Math.min(limit, all.size())));
        }
        assertThat(below("wf-city")).extracting(o -> o.get("recordId")).contains(weicheng).doesNotContain(shizhong);
        assertThat(below("jn-city")).extracting(o -> o.get("recordId")).contains(shizhong).doesNotContain(weicheng);
    }

    /**
     * 逾期升级 by 潍城区's policy ladder (催办 at 0, 通报 at 3, 约谈 at 10 working days past the due day): a plan long past
     * its filing deadline climbs to 约谈, logged in the audit trail, shown to the county and to the city watching it;
     * one not yet due stays as it is, and a second pass raises and logs nothing.
     */
    @Test
    void anOverdueFilingClimbsThePolicyLadderOnceAndShowsWhereItIsWatched() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Object late = steps.draft("wc-county", "潍城区地质灾害应急预案-" + suffix, "general", unit).get("id");
        steps.issue("wc-county", late, China.today().minusDays(90)); // 20 working days, then more than 10 more
        Object fresh = issuedPlan("潍城区气象灾害应急预案-" + suffix);

        assertThat(escalation.escalate(List.of(WEICHENG))).isPositive();

        Map<String, Object> summoned = only(open("wc-county"), late);
        assertThat(summoned).containsEntry("rung", "summons").containsEntry("rungLabel", "约谈");
        assertThat(summoned.get("escalatedAt")).isNotNull();
        assertThat(only(open("wc-county"), fresh)).containsEntry("rung", null);
        assertThat(only(below("wf-city"), late)).containsEntry("rungLabel", "约谈");
        assertThat(escalations(summoned.get("id"))).containsExactly("summons");
        // the county is told to act, and from 通报 on its city hears of it too
        String subject = "潍城区地质灾害应急预案-" + suffix;
        assertThat(notices("wc-county", late)).containsExactly("逾期约谈：预案备案 " + subject);
        assertThat(notices("wf-city", late)).containsExactly("下级逾期约谈：潍城区 预案备案 " + subject);
        assertThat(notices("jn-city", late)).isEmpty();

        assertThat(escalation.escalate(List.of(WEICHENG))).isZero();
        assertThat(notices("wc-county", late)).as("told once").hasSize(1);
        assertThat(escalations(summoned.get("id"))).containsExactly("summons");
    }

    private int countBelow(String user) {
        return below(user).size();
    }

    /** The titles of what {@code user} was told about record {@code recordId}. */
    @SuppressWarnings("unchecked")
    private List<Object> notices(String user, Object recordId) {
        Map<String, Object> inbox = as(user).get().uri("/api/v1/notifications?limit=200").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) inbox.get("items")).stream()
                .filter(n -> recordId.equals(n.get("entityId"))).map(n -> n.get("title")).toList();
    }

    /** The rungs the audit trail records for an obligation, in order. */
    private static List<String> escalations(Object obligationId) throws Exception {
        try (Connection c = TestServices.ownerConnection(); var st = c.prepareStatement("select after ->> 'rung' from audit_log "
                + "where action = 'obligation.escalate' and entity = 'obligation' and entity_id = ? order by at")) {
            st.setString(1, obligationId.toString());
            var rs = st.executeQuery();
            List<String> rungs = new ArrayList<>();
            while (rs.next()) {
                rungs.add(rs.getString(1));
            }
            return rungs;
        }
    }

    /** 免办: the owning office waives its own obligation with a reason; without one, or by another office, it is refused. */
    @Test
    void anOfficeWaivesItsOwnObligationForAReasonAndNobodyElseCan() {
        Object planId = issuedPlan("潍城区内部工作方案-" + UUID.randomUUID().toString().substring(0, 6));
        Object id = only(open("wc-county"), planId).get("id");
        String uri = "/api/v1/obligations/{id}/waive";
        for (Map<String, Object> body : List.of(Map.<String, Object>of(), Map.<String, Object>of("reason", "  "))) {
            steps.post("wc-county", uri, body, id).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.code").isEqualTo("obligation-waive-reason-required");
        }
        // the city oversees it but does not own it; a sibling county does not even see it
        steps.post("wf-city", uri, Map.of("reason", "不需备案"), id).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("obligation-not-owned");
        steps.post("ht-county", uri, Map.of("reason", "不需备案"), id).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("obligation-not-found");
        steps.post("wc-county", uri, Map.of("reason", "不需备案"), UUID.randomUUID()).expectStatus().isNotFound();

        @SuppressWarnings("unchecked")
        Map<String, Object> waived = steps.ok(steps.post("wc-county", uri, Map.of("reason", "内部工作方案，不属于备案范围"), id),
                Map.class);
        assertThat(waived).containsEntry("state", "waived").containsEntry("stateLabel", "已免办")
                .containsEntry("reason", "内部工作方案，不属于备案范围");
        steps.post("wc-county", uri, Map.of("reason", "再次免办"), id).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("obligation-not-open");
        assertThat(open("wc-county")).extracting(ObligationApiIntegrationTest::owedBesidesEvaluation).doesNotContain(planId);
    }

    /** 到期提醒: an obligation due within the policy's 1 working day is told to whoever must act, once. */
    @Test
    void anObligationDueSoonIsRemindedOnce() throws Exception {
        String title = "潍城区雪灾应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        Object planId = issuedPlan(title);
        Object notYet = issuedPlan(title + "（二）");
        Object clock = issuedPlan(title + "（三）");
        try (Connection c = TestServices.ownerConnection(); var st = c.prepareStatement(
                "update obligation set due_at = case when record_id = ?::uuid"
                        // the end of today in China: due today
                        + " then ((now() at time zone 'Asia/Shanghai')::date + 1)::timestamp at time zone 'Asia/Shanghai'"
                        + " - interval '1 microsecond'"
                        // a time on the clock two hours away, as a report's clock is: the duty console counts it down
                        + " else now() + interval '2 hours' end"
                        + " where record_id in (?::uuid, ?::uuid) and state = 'open' and kind = 'plan_filing'")) {
            st.setString(1, planId.toString());
            st.setString(2, planId.toString());
            st.setString(3, clock.toString());
            st.executeUpdate();
        }
        escalation.escalate(List.of(WEICHENG));
        escalation.escalate(List.of(WEICHENG));
        assertThat(notices("wc-county", planId)).containsExactly("即将到期：预案备案 " + title);
        assertThat(notices("wc-county", notYet)).as("20 working days away").isEmpty();
        assertThat(notices("wc-county", clock)).as("a clock in minutes").isEmpty();
    }

    @Test
    void aListOfAnotherStateOrSizeIsRefusedWithAReason() {
        as("wf-city").get().uri("/api/v1/obligations?scope=everyone").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-obligation-scope");
        as("wf-city").get().uri("/api/v1/obligations?state=overdue").exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-obligation-state");
        as("wf-city").get().uri("/api/v1/obligations?limit=0").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-limit");
        as("wf-city").get().uri("/api/v1/obligations?limit=abc").exchange().expectStatus().isBadRequest();
    }

    private List<Map<String, Object>> below(String user) {
        return below(user, 500);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> below(String user, int limit) {
        return as(user).get().uri("/api/v1/obligations?scope=below&limit={limit}", limit).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    private List<Map<String, Object>> open(String user) {
        return list(user, "open");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String user, String state) {
        return as(user).get().uri("/api/v1/obligations?state={state}&limit=500", state).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    /** What an item is owed for, unless it is the 预案评估 every issued plan owes (years away). */
    private static Object owedBesidesEvaluation(Map<String, Object> obligation) {
        return "plan_evaluation".equals(obligation.get("kind")) ? null : obligation.get("recordId");
    }

    /**
     * The one obligation of the record on the list, besides its 预案评估 (an issued plan owes its evaluation years
     * away: PlanRevisionApiIntegrationTest).
     */
    private static Map<String, Object> only(List<Map<String, Object>> obligations, Object recordId) {
        List<Map<String, Object>> found = obligations.stream().filter(o -> recordId.equals(o.get("recordId"))
                && !"plan_evaluation".equals(o.get("kind"))).toList();
        assertThat(found).as("one obligation of record " + recordId).hasSize(1);
        return found.getFirst();
    }
}
