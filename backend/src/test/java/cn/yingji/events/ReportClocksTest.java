package cn.yingji.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportClocksTest {

    static JsonNode policy(String start, String relayFrom) {
        return JsonMapper.shared().readTree("""
                {"reporting": {"initialPhoneMinutes": 20, "writtenMinutes": 40, "followUpMinutes": 120,
                  "relayPerTierMinutes": 60, "clockStartsAt": "%s", "relayUpFromSeverity": "%s",
                  "sameEventWindowMinutes": 360, "immediateFromSeverity": "never"},
                 "events": {"evaluationDays": 30}}""".formatted(start, relayFrom));
    }

    @Test
    void theEvaluationIsDueAtTheEndOfThePolicysDayCountedInChina() {
        ReportClocks clocks = ReportClocks.of(policy("occurred", "major"), Severity.GENERAL);
        // 终报 at 23:30 in China on 1 July: 30 days later is 31 July, due at its last moment there
        Instant finalReport = Instant.parse("2026-07-01T15:30:00Z");
        assertThat(clocks.evaluation(finalReport).day()).isEqualTo(java.time.LocalDate.of(2026, 7, 31));
        assertThat(clocks.evaluation(finalReport).dueAt()).isEqualTo("2026-07-31T15:59:59.999999Z");
    }

    @Test
    void weifangsClocksCountFromTheOccurrenceUnlessThePolicySaysFromLearningOfIt() {
        Instant occurred = Instant.parse("2026-07-01T01:00:00Z");
        Instant learned = Instant.parse("2026-07-01T01:30:00Z");
        ReportClocks fromEvent = ReportClocks.of(policy("occurred", "major"), Severity.GENERAL);
        assertThat(fromEvent.initialPhone().dueAt(fromEvent.start(occurred, learned))).isEqualTo("2026-07-01T01:20:00Z");
        assertThat(fromEvent.written().dueAt(fromEvent.start(occurred, learned))).isEqualTo("2026-07-01T01:40:00Z");
        ReportClocks fromLearning = ReportClocks.of(policy("learned", "major"), Severity.GENERAL);
        assertThat(fromLearning.initialPhone().dueAt(fromLearning.start(occurred, learned))).isEqualTo("2026-07-01T01:50:00Z");
    }

    @Test
    void aTierReportsOnUpFromThePolicysSeverity() {
        ReportClocks clocks = ReportClocks.of(policy("occurred", "major"), Severity.GENERAL);
        assertThat(clocks.relays(Severity.GENERAL)).isFalse();
        assertThat(clocks.relays(Severity.MAJOR)).isTrue();
        assertThat(clocks.relays(Severity.ESPECIALLY_SERIOUS)).isTrue();
        assertThat(ReportClocks.of(policy("occurred", "general"), Severity.GENERAL).relays(Severity.GENERAL)).isTrue();
    }

    @Test
    void aRegionsReportIsMissedAfterItsClockButNeverBeforeTheTierAboveLearnedOfTheEvent() {
        Instant occurred = Instant.parse("2026-07-01T01:00:00Z");
        ReportClocks fromEvent = ReportClocks.of(policy("occurred", "major"), Severity.GENERAL);
        // the city hears of it from 12350 five minutes in: the county still has until 20 minutes after it occurred
        assertThat(fromEvent.missedAfter(occurred, Instant.parse("2026-07-01T01:05:00Z"))).isEqualTo("2026-07-01T01:20:00Z");
        // the city hears of it two hours in, the county's clock long past and nothing came: missed at once
        assertThat(fromEvent.missedAfter(occurred, Instant.parse("2026-07-01T03:00:00Z"))).isEqualTo("2026-07-01T03:00:00Z");
        // a clock from learning: the county is given its 20 minutes from when the city learned of it
        ReportClocks fromLearning = ReportClocks.of(policy("learned", "major"), Severity.GENERAL);
        assertThat(fromLearning.missedAfter(occurred, Instant.parse("2026-07-01T03:00:00Z"))).isEqualTo("2026-07-01T03:20:00Z");
        assertThat(fromEvent.sameEvent()).hasHours(6);
    }

    @Test
    void fromThePolicysSeverityUpThePhoneReportIsDueAtOnce() {
        JsonNode policy = JsonMapper.shared().readTree("""
                {"reporting": {"initialPhoneMinutes": 30, "writtenMinutes": 60, "followUpMinutes": 120,
                  "relayPerTierMinutes": 60, "clockStartsAt": "occurred", "relayUpFromSeverity": "major",
                  "sameEventWindowMinutes": 360, "immediateFromSeverity": "serious"},
                 "events": {"evaluationDays": 30}}""");
        Instant occurred = Instant.parse("2026-07-01T01:00:00Z");
        // 「重大以上突发事件即发即报」: due the moment it happened; the written report keeps the tier's hour
        for (Severity grave : java.util.List.of(Severity.SERIOUS, Severity.ESPECIALLY_SERIOUS)) {
            ReportClocks clocks = ReportClocks.of(policy, grave);
            assertThat(clocks.initialPhone().dueAt(occurred)).isEqualTo(occurred);
            assertThat(clocks.written().dueAt(occurred)).isEqualTo("2026-07-01T02:00:00Z");
        }
        assertThat(ReportClocks.of(policy, Severity.MAJOR).initialPhone().dueAt(occurred)).isEqualTo("2026-07-01T01:30:00Z");
        assertThat(ReportClocks.of(policy("occurred", "major"), Severity.ESPECIALLY_SERIOUS).initialPhone().dueAt(occurred))
                .as("never: the tier's own minutes").isEqualTo("2026-07-01T01:20:00Z");
    }

    @Test
    void aPolicyWithAnUnknownClockStartIsRefused() {
        assertThatThrownBy(() -> ReportClocks.of(policy("whenever", "major"), Severity.GENERAL)).isInstanceOf(IllegalStateException.class);
    }
}
