package cn.yingji.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SearchSlowLogTest {

    @Test
    void timesAreReadInTheirUnit() {
        assertThat(SearchSlowLog.millis("850.5micros")).isEqualTo(0.8505);
        assertThat(SearchSlowLog.millis("1.2ms")).isEqualTo(1.2);
        assertThat(SearchSlowLog.millis("3s")).isEqualTo(3000);
        assertThat(SearchSlowLog.millis("120nanos")).isCloseTo(0.00012, within(1e-12));
    }

    @Test
    void aLineGivesIndexPhaseTimeAndTheRequest() {
        var line = BenchSupport.JSON.readTree("""
                {"log.logger":"index.search.slowlog.fetch","elasticsearch.slowlog.message":"[yingji-plans][0]",
                 "elasticsearch.slowlog.took":"25.1ms","elasticsearch.slowlog.took_millis":25,
                 "elasticsearch.slowlog.source":"{\\\\\\"size\\\\\\":20}"}""");
        assertThat(SearchSlowLog.parse(line)).isEqualTo(new SearchSlowLog.Entry("yingji-plans", "fetch", 25.1, "{\"size\":20}"));
    }
}
