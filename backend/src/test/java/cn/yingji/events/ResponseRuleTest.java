package cn.yingji.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.yingji.events.ResponseRule.Entry;
import cn.yingji.platform.ApiException;

class ResponseRuleTest {

    static final Entry START_III = new Entry(ResponseAction.START, ResponseLevel.III);
    static final Entry ADJUST_II = new Entry(ResponseAction.ADJUST, ResponseLevel.II);
    static final Entry END = new Entry(ResponseAction.END, null);

    private static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (ApiException e) {
            return e.code();
        }
    }

    @Test
    void aTierStartsOnceThenAdjustsToAnotherLevelOrEnds() {
        assertThat(code(() -> ResponseRule.check(List.of(), ResponseAction.START, ResponseLevel.III))).isNull();
        assertThat(code(() -> ResponseRule.check(List.of(START_III), ResponseAction.START, ResponseLevel.II)))
                .isEqualTo("response-in-force");
        assertThat(code(() -> ResponseRule.check(List.of(START_III), ResponseAction.ADJUST, ResponseLevel.II))).isNull();
        assertThat(code(() -> ResponseRule.check(List.of(START_III), ResponseAction.ADJUST, ResponseLevel.III)))
                .isEqualTo("response-level-unchanged");
        assertThat(code(() -> ResponseRule.check(List.of(START_III, ADJUST_II), ResponseAction.END, null))).isNull();
    }

    @Test
    void nothingIsAdjustedOrEndedWithoutAResponseInForceAndAFlareUpStartsAgain() {
        assertThat(code(() -> ResponseRule.check(List.of(), ResponseAction.ADJUST, ResponseLevel.II)))
                .isEqualTo("response-not-in-force");
        assertThat(code(() -> ResponseRule.check(List.of(START_III, END), ResponseAction.END, null)))
                .isEqualTo("response-not-in-force");
        assertThat(code(() -> ResponseRule.check(List.of(START_III, END), ResponseAction.START, ResponseLevel.IV))).isNull();
        assertThat(ResponseRule.inForce(List.of(START_III, ADJUST_II))).isEqualTo(ResponseLevel.II);
        assertThat(ResponseRule.inForce(List.of(START_III, ADJUST_II, END))).isNull();
    }

    @Test
    void startingOrAdjustingNamesALevelAndEndingNone() {
        assertThat(code(() -> ResponseRule.check(List.of(), ResponseAction.START, null))).isEqualTo("response-level-required");
        assertThatThrownBy(() -> ResponseRule.check(List.of(START_III), ResponseAction.END, ResponseLevel.I))
                .isInstanceOf(ApiException.class);
    }
}
