package cn.yingji.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class ComplianceScoreTest {

    private static final ComplianceScore NATIONAL = ComplianceScore.of(JsonMapper.builder().build().readTree("""
            {"compliance": {"weights": {"plansFiled": 25, "filedOnTime": 15, "evaluation": 15, "drills": 20,
                                        "correctiveActions": 15, "campaignTasks": 10}}}"""));

    private static TenantMetrics figures(Map<Metric, Integer> counts) {
        return new TenantMetrics(new EnumMap<>(counts), Set.of());
    }

    @Test
    void aRegionThatRecordedNothingHasNoScoreNeitherZeroNorTheUnitsDrillPart() {
        // 济南市 before the fix: the required plan system, nothing filed, and two units not yet due for a drill
        // scored 44.4 (drills 20 of 45); a city with the required plans only scored 0.0
        assertThat(NATIONAL.score(figures(Map.of(Metric.PLANS_REQUIRED, 7, Metric.DRILL_ITEMS, 2)))).isNull();
        assertThat(NATIONAL.score(figures(Map.of(Metric.PLANS_REQUIRED, 7)))).isNull();
        assertThat(NATIONAL.score(TenantMetrics.zero())).isNull();
    }

    @Test
    void anyRecordOfTheRegionEarnsItAScoreOverTheComponentsWithADenominator() {
        // one plan in force, not filed, not overdue: plansFiled 0/7 (25), evaluation 1/1 (15) → 15 / 40
        assertThat(NATIONAL.score(figures(Map.of(Metric.PLANS_REQUIRED, 7, Metric.PLANS_IN_FORCE, 1)))).isEqualTo(37.5);
        // only an overdue campaign task: plansFiled 0/7 (25), campaignTasks 0/1 (10) → 0
        assertThat(NATIONAL.score(figures(Map.of(Metric.PLANS_REQUIRED, 7, Metric.TASKS_TOTAL, 1,
                Metric.TASKS_OVERDUE, 1)))).isEqualTo(0.0);
        // a drill held this year counts as a record: drills 2/2 (20), plansFiled 0/7 (25) → 20 / 45
        assertThat(NATIONAL.score(figures(Map.of(Metric.PLANS_REQUIRED, 7, Metric.DRILL_ITEMS, 2,
                Metric.DRILLS_HELD, 1)))).isEqualTo(44.4);
    }
}
