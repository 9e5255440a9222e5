package cn.yingji.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import cn.yingji.db.enums.DrillStatus;
import cn.yingji.db.enums.OrgUnitKind;
import cn.yingji.db.enums.PlanCategory;
import cn.yingji.platform.ApiException;
import tools.jackson.databind.json.JsonMapper;

class DrillMinimumsTest {

    /** The national defaults as the loader writes them into tenant.policy (tenants/policies/national.yaml). */
    static final DrillMinimums NATIONAL = DrillMinimums.of(JsonMapper.shared().readTree("""
            {"drills": {"dueSoonDays": 60,
              "minimumIntervalMonths": {"specialPlan": 36, "departmentPlan": 36, "government": 24, "department": 24,
                "townshipStreet": 24, "highRiskEnterprise": 6, "enterprise": 12, "onSiteDisposalPlan": 6},
              "perYear": {"countyComprehensive": 3, "townshipComprehensive": 3, "keyDepartment": 1}}}
            """));

    final LocalDate today = LocalDate.of(2026, 11, 22);

    @Test
    void plansFollowTheirCategoryOrTheUnitThatOwnsThem() {
        assertThat(NATIONAL.forPlan(PlanCategory.special, OrgUnitKind.department, false)).hasValue(36);
        assertThat(NATIONAL.forPlan(PlanCategory.department, OrgUnitKind.department, false)).hasValue(36);
        assertThat(NATIONAL.forPlan(PlanCategory.general, OrgUnitKind.government, false)).hasValue(24);
        assertThat(NATIONAL.forPlan(PlanCategory.grassroots, OrgUnitKind.township, false)).hasValue(24);
        assertThat(NATIONAL.forPlan(PlanCategory.enterprise, OrgUnitKind.enterprise, true)).hasValue(6);
        assertThat(NATIONAL.forPlan(PlanCategory.enterprise, OrgUnitKind.enterprise, false)).hasValue(12);
        assertThat(NATIONAL.forPlan(PlanCategory.grassroots, OrgUnitKind.village, false)).isEqualTo(OptionalInt.empty());
        assertThat(NATIONAL.countyComprehensive()).isEqualTo(3);
    }

    @Test
    void dueDatesCountFromTheLastDrillOrElseFromTheStart() {
        assertThat(DrillMinimums.dueOn(LocalDate.of(2025, 5, 1), LocalDate.of(2020, 1, 1), 24))
                .isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(DrillMinimums.dueOn(null, LocalDate.of(2020, 1, 1), 36)).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(NATIONAL.state(today.minusDays(1), today)).isEqualTo(DrillMinimums.State.OVERDUE);
        assertThat(NATIONAL.state(today, today)).isEqualTo(DrillMinimums.State.DUE_SOON);
        assertThat(NATIONAL.state(today.plusDays(60), today)).isEqualTo(DrillMinimums.State.DUE_SOON);
        assertThat(NATIONAL.state(today.plusDays(61), today)).isEqualTo(DrillMinimums.State.OK);
    }

    @Test
    void aDrillIsPlannedThenHeldOrCancelledAndNeverHeldInTheFuture() {
        DrillLifecycle.check(null, DrillStatus.planned, today.plusDays(3), null, today);
        DrillLifecycle.check(null, DrillStatus.held, null, today, today);
        DrillLifecycle.check(DrillStatus.planned, DrillStatus.cancelled, today, null, today);
        assertThatThrownBy(() -> DrillLifecycle.check(null, DrillStatus.held, null, today.plusDays(1), today))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("drill-held-in-future"));
        assertThatThrownBy(() -> DrillLifecycle.check(DrillStatus.held, DrillStatus.planned, today, null, today))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("drill-illegal-transition"));
        assertThatThrownBy(() -> DrillLifecycle.check(DrillStatus.cancelled, DrillStatus.cancelled, today, null, today))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> DrillLifecycle.check(null, DrillStatus.cancelled, today, null, today))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> DrillLifecycle.check(null, DrillStatus.planned, null, null, today))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("drill-planned-date-missing"));
    }
}
