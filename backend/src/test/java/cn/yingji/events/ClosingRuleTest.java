package cn.yingji.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClosingRuleTest {

    @Test
    void anEventClosesOnceTheFinalReportAndTheEvaluationAreThereAndTheResponseEnded() {
        assertThat(ClosingRule.missing(false, false, false)).containsExactly("尚未报送终报", "尚未完成总结评估");
        assertThat(ClosingRule.missing(true, false, false)).containsExactly("尚未完成总结评估");
        assertThat(ClosingRule.missing(false, true, false)).containsExactly("尚未报送终报");
        assertThat(ClosingRule.missing(true, true, true)).containsExactly("本级应急响应尚未终止");
        assertThat(ClosingRule.missing(true, true, false)).isEmpty();
    }

    @Test
    void everyGradeHasTheCaseLibrarysNameOfIt() {
        assertThat(Severity.GENERAL.caseLiteral()).isEqualTo("general");
        assertThat(Severity.MAJOR.caseLiteral()).isEqualTo("large");
        assertThat(Severity.SERIOUS.caseLiteral()).isEqualTo("major");
        assertThat(Severity.ESPECIALLY_SERIOUS.caseLiteral()).isEqualTo("extraordinary");
    }
}
