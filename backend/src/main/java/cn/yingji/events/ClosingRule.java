package cn.yingji.events;

import java.util.ArrayList;
import java.util.List;

/**
 * 结案条件: an event is closed by the office handling it once that office sent its 终报, wrote the 总结评估 (R1.27)
 * and ended its own 应急响应, if it started one. Pure: what is still missing, in the words the office reads.
 */
final class ClosingRule {

    static final String NO_FINAL_REPORT = "尚未报送终报";
    static final String NOT_EVALUATED = "尚未完成总结评估";
    static final String RESPONSE_IN_FORCE = "本级应急响应尚未终止";

    private ClosingRule() {
    }

    static List<String> missing(boolean finalReported, boolean evaluated, boolean responseInForce) {
        List<String> missing = new ArrayList<>();
        if (!finalReported) {
            missing.add(NO_FINAL_REPORT);
        }
        if (!evaluated) {
            missing.add(NOT_EVALUATED);
        }
        if (responseInForce) {
            missing.add(RESPONSE_IN_FORCE);
        }
        return List.copyOf(missing);
    }
}
