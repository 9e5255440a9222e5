package cn.yingji.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.platform.China;
import cn.yingji.plans.PlanSteps;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.Fixtures;
import cn.yingji.support.TestServices;
import cn.yingji.tenancy.TenantRef;

/**
 * 演练频次 as obligations: a plan in force owes 预案演练 and a registered unit 单位演练 by the policy's interval (the
 * daily pass opens them); a held drill closes what it fulfils — late or on time by the day it was held — and the
 * next one is owed from that day, in the drill's own transaction.
 */
class DrillObligationsIntegrationTest extends ApiIntegrationTest {

    static final TenantRef WEICHENG = new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702");

    @Autowired
    DrillObligationJob job;

    PlanSteps steps;
    final LocalDate today = China.today();
    String government;

    @BeforeEach
    void unit() {
        steps = new PlanSteps(this::as);
        government = Fixtures.orgUnit("370702", "p37.c3707.x370702", "潍城区人民政府-" + UUID.randomUUID(), "government");
    }

    @Test
    void aPlanAndAUnitOweTheirDrillsAndAHeldDrillClosesThemAndOwesTheNext() throws Exception {
        String title = "潍城区突发事件总体应急预案-" + UUID.randomUUID().toString().substring(0, 6);
        Object planId = steps.draft("wc-county", title, "general", government).get("id");
        LocalDate issued = today.minusMonths(30);
        steps.issue("wc-county", planId, issued);
        LocalDate registered = today.minusMonths(27);
        try (Connection c = TestServices.ownerConnection(); var st = c.prepareStatement(
                "update org_unit set created_at = ?::date::timestamp at time zone 'Asia/Shanghai' where id = ?::uuid")) {
            st.setString(1, registered.toString());
            st.setString(2, government);
            st.executeUpdate();
        }

        job.reconcile(List.of(WEICHENG));
        job.reconcile(List.of(WEICHENG)); // a second pass opens nothing twice
        // a county government's general plan: every 24 months (national.yaml), long overdue
        assertThat(steps.obligation("wc-county", planId, "plan_drill", "open")).containsEntry("kindLabel", "预案演练")
                .containsEntry("subject", title).containsEntry("dueOn", issued.plusMonths(24).toString())
                .containsEntry("overdue", true).containsEntry("note", "至少每 24 个月演练一次");
        assertThat(steps.obligation("wc-county", government, "unit_drill", "open")).containsEntry("kindLabel", "单位演练")
                .containsEntry("dueOn", registered.plusMonths(24).toString()).containsEntry("overdue", true);
        assertThat(steps.list("wf-city", "/api/v1/obligations?scope=below&limit=500")).extracting(o -> o.get("recordId"))
                .contains(planId);

        LocalDate heldOn = today.minusDays(10);
        Map<String, Object> body = new HashMap<>(Map.of("title", "潍城区综合应急演练-" + title, "form", "comprehensive",
                "status", "held", "heldOn", heldOn.toString(), "organizerUnitId", government,
                "planIds", List.of(planId), "eventTypes", List.of("洪涝灾害")));
        steps.ok(steps.post("wc-county", "/api/v1/drills", body), Map.class);

        assertThat(steps.obligation("wc-county", planId, "plan_drill", "done_late")).containsEntry("stateLabel", "逾期办结");
        assertThat(steps.obligation("wc-county", planId, "plan_drill", "open"))
                .containsEntry("dueOn", heldOn.plusMonths(24).toString()).containsEntry("overdue", false)
                .containsEntry("note", "至少每 24 个月演练一次，上次演练 " + heldOn);
        assertThat(steps.obligation("wc-county", government, "unit_drill", "done_late")).isNotNull();
        assertThat(steps.obligation("wc-county", government, "unit_drill", "open"))
                .containsEntry("dueOn", heldOn.plusMonths(24).toString());
        // nothing of it on a sibling's list
        assertThat(steps.list("ht-county", "/api/v1/obligations?state=all&recordId={id}", planId)).isEmpty();
    }
}
