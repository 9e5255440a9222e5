package cn.yingji.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import cn.yingji.obligations.DueRule;
import cn.yingji.platform.China;
import tools.jackson.databind.JsonNode;

/**
 * 信息报送时限: the report clocks of a tenant's policy ({@code reporting.*}, docs/reporting.md) — when the first
 * phone report, the written report, each follow-up and a tier's relay up are due. Pure: the caller opens the
 * obligations.
 *
 * @param initialPhone  电话初报, from the clock's start
 * @param written       书面报告, from the clock's start
 * @param followUp      续报, from the previous report
 * @param relay         逐级上报, from the lower tier's report reaching the tier
 * @param startsAtLearned whether the clock starts when the office learned of the event ({@code learned}) rather
 *                      than when it occurred ({@code occurred}, the seeds' 「事发后」)
 * @param relayFrom     the least severity a tier reports up on once a lower tier reported it
 * @param evaluationDays 总结评估, from the handling office's 终报 ({@code events.evaluationDays})
 * @param sameEvent     漏报核查: how far apart two tiers' events may have occurred to be taken as one
 *                      ({@code reporting.sameEventWindowMinutes})
 */
record ReportClocks(DueRule.Minutes initialPhone, DueRule.Minutes written, DueRule.Minutes followUp,
        DueRule.Minutes relay, boolean startsAtLearned, Severity relayFrom, int evaluationDays, Duration sameEvent) {

    /**
     * The clocks of an event of {@code severity}: from {@code reporting.immediateFromSeverity} up (东乡区:
     * 「重大以上突发事件即发即报」, Fuzhou's 「零时间」) the 电话初报 is due at once (0 minutes); {@code never} for none.
     */
    static ReportClocks of(JsonNode policy, Severity severity) {
        JsonNode r = policy.required("reporting");
        String start = r.required("clockStartsAt").asString();
        if (!start.equals("occurred") && !start.equals("learned")) {
            throw new IllegalStateException("reporting.clockStartsAt must be occurred or learned: " + start);
        }
        String immediate = r.required("immediateFromSeverity").asString();
        boolean atOnce = !immediate.equals("never") && severity.compareTo(Severity.of(immediate)) >= 0;
        return new ReportClocks(atOnce ? new DueRule.Minutes(0) : minutes(r, "initialPhoneMinutes"),
                minutes(r, "writtenMinutes"), minutes(r, "followUpMinutes"), minutes(r, "relayPerTierMinutes"),
                start.equals("learned"), Severity.of(r.required("relayUpFromSeverity").asString()),
                policy.required("events").required("evaluationDays").asInt(),
                Duration.ofMinutes(r.required("sameEventWindowMinutes").asInt()));
    }

    private static DueRule.Minutes minutes(JsonNode reporting, String key) {
        return new DueRule.Minutes(reporting.required(key).asInt());
    }

    /** 总结评估 is due by the end of the {@code evaluationDays}th day after the 终报 of {@code finalReportAt}. */
    DueRule.OnDay evaluation(Instant finalReportAt) {
        return new DueRule.OnDay(LocalDate.ofInstant(finalReportAt, China.ZONE).plusDays(evaluationDays));
    }

    /**
     * 漏报: when a region's 电话初报 on an event that happened in it was due at the latest, as a tier above that
     * learned of it at {@code learnedAbove} through another channel judges it — the region's clock, started by the
     * occurrence or (its own learning unknown) by the tier above's; never before the tier above learned of it. With
     * no report of the region by then, the event is a 漏报 candidate.
     */
    Instant missedAfter(Instant occurredAt, Instant learnedAbove) {
        Instant due = initialPhone.dueAt(start(occurredAt, learnedAbove));
        return due.isAfter(learnedAbove) ? due : learnedAbove;
    }

    /** When the clocks of an event start: its occurrence or the moment the office learned of it. */
    Instant start(Instant occurredAt, Instant learnedAt) {
        return startsAtLearned ? learnedAt : occurredAt;
    }

    /** Whether a lower tier's report on an event of this severity must be reported on up by the tier it reached. */
    boolean relays(Severity severity) {
        return severity.compareTo(relayFrom) >= 0;
    }
}
