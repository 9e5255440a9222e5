package cn.yingji.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.yingji.platform.ApiException;

class ReportSequenceTest {

    @Test
    void reportsAreCalledAsOfficesNumberThem() {
        assertThat(ReportSequence.title(ReportStage.INITIAL, null)).isEqualTo("初报");
        assertThat(ReportSequence.title(ReportStage.FINAL, null)).isEqualTo("终报");
        assertThat(List.of(1, 2, 9, 10, 11, 20, 21, 99, 100).stream()
                .map(n -> ReportSequence.title(ReportStage.FOLLOW_UP, n)).toList())
                .containsExactly("续报一", "续报二", "续报九", "续报十", "续报十一", "续报二十", "续报二十一", "续报九十九", "续报100");
    }

    @Test
    void anInitialReportComesFirstOnceAndNothingAfterTheFinal() {
        ReportSequence.check(List.of(), ReportStage.INITIAL);
        ReportSequence.check(List.of(ReportStage.INITIAL), ReportStage.FOLLOW_UP);
        ReportSequence.check(List.of(ReportStage.INITIAL, ReportStage.FOLLOW_UP), ReportStage.FINAL);
        assertThatThrownBy(() -> ReportSequence.check(List.of(), ReportStage.FOLLOW_UP)).isInstanceOf(ApiException.class)
                .hasMessageContaining("请先报送初报");
        assertThatThrownBy(() -> ReportSequence.check(List.of(ReportStage.INITIAL), ReportStage.INITIAL))
                .hasMessageContaining("已报送该事件的初报");
        assertThatThrownBy(() -> ReportSequence.check(List.of(ReportStage.INITIAL, ReportStage.FINAL), ReportStage.FOLLOW_UP))
                .hasMessageContaining("终报");
    }
}
