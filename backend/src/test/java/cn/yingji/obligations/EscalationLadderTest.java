package cn.yingji.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class EscalationLadderTest {

    @Test
    void anOverdueObligationClimbsTheRungsAsTheWorkingDaysPass() {
        EscalationLadder ladder = EscalationLadder.of(0, 3, 10);
        assertThat(ladder.reached(-1)).isEmpty();
        assertThat(ladder.reached(0)).contains(EscalationRung.URGE);
        assertThat(ladder.reached(2)).contains(EscalationRung.URGE);
        assertThat(ladder.reached(3)).contains(EscalationRung.NOTICE);
        assertThat(ladder.reached(10)).contains(EscalationRung.SUMMONS);
        assertThat(ladder.reached(400)).contains(EscalationRung.SUMMONS);
    }

    @Test
    void theLadderIsTheTenantsPolicy() {
        var policy = JsonMapper.shared().readTree("""
                {"obligations": {"escalation": {"urgeAfterWorkingDays": 1, "noticeAfterWorkingDays": 2,
                 "summonsAfterWorkingDays": 5}}}""");
        EscalationLadder ladder = EscalationLadder.of(policy);
        assertThat(ladder.reached(0)).isEmpty();
        assertThat(ladder.reached(2)).contains(EscalationRung.NOTICE);
        assertThat(ladder.reached(5)).contains(EscalationRung.SUMMONS);
    }

    @Test
    void aLadderThatDoesNotRiseIsRefused() {
        assertThatThrownBy(() -> EscalationLadder.of(3, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscalationLadder.of(-1, 1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRungHasItsDatabaseLiteralAndAChineseName() {
        for (EscalationRung rung : EscalationRung.values()) {
            assertThat(EscalationRung.fromLiteral(rung.literal())).isSameAs(rung);
            assertThat(rung.label()).matches("\\p{IsHan}+");
        }
    }
}
