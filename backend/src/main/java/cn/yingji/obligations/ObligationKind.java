package cn.yingji.obligations;

import cn.yingji.platform.Labelled;

/**
 * What an obligation (时限/待办) is about: the one list of kinds, each with its Chinese name, the database enum's
 * literal and the record it belongs to. A feature opens and closes the obligations of its kinds in the transaction
 * of the record that causes them ({@link Obligations}); the deadline itself comes from the tenant's policy.
 */
public enum ObligationKind implements Labelled {

    /**
     * 备案审查: the filing authority answers a submission (registers it or returns it) within
     * {@code filing.acknowledgementWorkingDays} working days; the record is the filing.
     */
    FILING_REVIEW("filing_review", "备案审查", "filing"),

    /**
     * 预案备案: an issued plan is submitted for filing within {@code filing.deadlineWorkingDays} working days of its
     * issue (第二十六条: 20); the record is the plan, its owner tenant owes it.
     */
    PLAN_FILING("plan_filing", "预案备案", "plan"),

    /**
     * 退回重报: a plan whose submission the authority returned is submitted again within
     * {@code filing.deadlineWorkingDays} working days of the return; the record is the plan, its owner tenant owes
     * it, the note gives the authority's reason.
     */
    PLAN_RESUBMISSION("plan_resubmission", "退回重报", "plan"),

    /**
     * 预案评估: a plan in force is evaluated within {@code evaluation.cycleYears} of its issue or last evaluation;
     * the record is the plan, its owner tenant and unit owe it.
     */
    PLAN_EVALUATION("plan_evaluation", "预案评估", "plan"),

    /**
     * 整改落实: a corrective action of a drill is done by its due day; the record is the action, the region
     * responsible (the organizer's or a participant's) and its unit owe it.
     */
    CORRECTIVE_ACTION("corrective_action", "整改落实", "drill_corrective_action"),

    /**
     * 编修任务: a task of a launched revision campaign is closed by a filed plan by its deadline (销号); the record is
     * the task, the region it is assigned to owes it.
     */
    CAMPAIGN_TASK("campaign_task", "编修任务", "campaign_task"),

    /**
     * 预案演练: a plan in force is drilled at least every {@code drills.minimumIntervalMonths} of its category or
     * owner unit, counted from its issue or its last drill; the record is the plan.
     */
    PLAN_DRILL("plan_drill", "预案演练", "plan"),

    /**
     * 单位演练: a unit with a minimum drill frequency organizes or takes part in a drill at least that often, counted
     * from its registration or its last drill; the record is the unit.
     */
    UNIT_DRILL("unit_drill", "单位演练", "org_unit"),

    /**
     * 电话初报: the tenant handling an event reports it up within {@code reporting.initialPhoneMinutes} of its
     * occurrence (or of learning of it, {@code reporting.clockStartsAt}); closed by its first report of any channel.
     * Late is 迟报. The record is the event.
     */
    REPORT_INITIAL("report_initial", "电话初报", "event"),

    /** 书面报告: the same tenant reports in writing within {@code reporting.writtenMinutes}; the record is the event. */
    REPORT_WRITTEN("report_written", "书面报告", "event"),

    /**
     * 续报: after each report but the final one, the next within {@code reporting.followUpMinutes} (the interval
     * between reports) until the 终报; the record is the event.
     */
    REPORT_FOLLOW_UP("report_follow_up", "续报", "event"),

    /**
     * 逐级上报: a lower tier's report on an event of at least {@code reporting.relayUpFromSeverity} is reported on
     * up by the tier it reached within {@code reporting.relayPerTierMinutes}; owned by the reporting tenant, owed
     * by the one above it. The record is the event.
     */
    REPORT_RELAY("report_relay", "逐级上报", "event"),

    /**
     * 批示反馈: a tier named in a leader's instruction feeds back what it did within
     * {@code reporting.leaderInstructionFeedbackMinutes} (「批示当天即报送落实情况,最迟不得超过24小时」); owned and owed by
     * the addressee, opened by the issuing tier above it. The record is the instruction.
     */
    INSTRUCTION_FEEDBACK("instruction_feedback", "批示反馈", "instruction"),

    /**
     * 查岗应答: the duty post of a tier checked by one above it answers within {@code duty.spotCheckAnswerSeconds} of
     * the checking tier's policy; owned and owed by the checked tier, opened by the checker, closed by the answer (or
     * by the checker's conclusion when none came). The record is the spot check.
     */
    SPOT_CHECK_ANSWER("spot_check_answer", "查岗应答", "spot_check"),

    /**
     * 预警叫应: each tenant in a published warning's area acknowledges it within the issuer's
     * {@code warnings.acknowledgeMinutes}; who has not is called down. Owned and owed by the tenant of the area,
     * opened by the issuer. The record is the warning.
     */
    WARNING_ACK("warning_ack", "预警叫应", "warning"),

    /**
     * 总结评估: the office handling an event evaluates how it was handled within {@code events.evaluationDays} days of
     * its 终报 (R1.27); closed by the evaluation, and the event cannot be closed without it. The record is the event.
     */
    EVENT_EVALUATION("event_evaluation", "总结评估", "event");

    private final String literal;
    private final String label;
    private final String recordEntity;

    ObligationKind(String literal, String label, String recordEntity) {
        this.literal = literal;
        this.label = label;
        this.recordEntity = recordEntity;
    }

    /** The database enum {@code obligation_kind}'s value. */
    @Override
    public String literal() {
        return literal;
    }

    /** What users read, e.g. 备案审查. */
    @Override
    public String label() {
        return label;
    }

    /** The kind of record an obligation of this kind belongs to (the audit log's entity name). */
    public String recordEntity() {
        return recordEntity;
    }

    /** The kind a request names; 400 with the kinds to choose from otherwise. */
    public static ObligationKind parse(String literal) {
        return Labelled.parse(ObligationKind.class, literal, "invalid-obligation-kind", "事项类型");
    }

    public static ObligationKind fromLiteral(String literal) {
        return Labelled.byLiteral(ObligationKind.class, literal)
                .orElseThrow(() -> new IllegalArgumentException("unknown obligation kind: " + literal));
    }
}
