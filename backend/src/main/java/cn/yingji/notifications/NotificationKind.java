package cn.yingji.notifications;

import cn.yingji.platform.Labelled;

/**
 * What a notification (消息) tells: the one list of kinds, each with its Chinese name and the database enum's literal.
 * A feature writes the notifications of its kinds in the transaction of their cause ({@link Notifications#notify}).
 */
public enum NotificationKind implements Labelled {

    /** 备案报送: a plan was submitted for filing to the recipient office (its reviewers). */
    FILING_SUBMITTED("filing_submitted", "新的备案报送"),
    /** 备案退回: the authority returned the recipient office's submission, with its reason. */
    FILING_RETURNED("filing_returned", "备案退回"),
    /** 备案登记: the authority registered the recipient office's submission. */
    FILING_ACCEPTED("filing_accepted", "备案登记"),
    /** 逾期升级: an obligation of the recipient office, or of one below it, climbed the escalation ladder. */
    OBLIGATION_ESCALATED("obligation_escalated", "逾期升级"),
    /** 到期提醒: an obligation of the recipient office is due soon. */
    OBLIGATION_DUE_SOON("obligation_due_soon", "到期提醒"),
    /** 专家邀请: an office asks the recipient expert (or, for an expert without an account, its office) to take part. */
    EXPERT_INVITED("expert_invited", "专家邀请"),
    /** 新接报: something was submitted to the recipient office's intake (统一接报) — a township, a department, a line. */
    INTAKE_RECEIVED("intake_received", "新接报"),
    /** 下级报告: a tier below the recipient office reported on an event (初报, 续报, 终报; 直报 reaches two tiers). */
    REPORT_RECEIVED("report_received", "下级报告"),
    /** 领导批示: a leader of a tier above instructs the recipient office on an event. */
    INSTRUCTION_ISSUED("instruction_issued", "领导批示"),
    /** 批示反馈: an office named in the recipient office's instruction fed back what it did. */
    INSTRUCTION_ANSWERED("instruction_answered", "批示反馈"),
    /** 查岗: a tier above checks the recipient office's duty post; its officer on duty answers within the window. */
    SPOT_CHECK("spot_check", "查岗"),
    /** 查岗应答: the office the recipient office checked answered (in time or late). */
    SPOT_CHECK_ANSWERED("spot_check_answered", "查岗应答"),
    /** 交接班: the recipient office's outgoing duty officer handed over; the incoming one acknowledges each item. */
    DUTY_HANDOVER("duty_handover", "交接班"),
    /** 预警发布: a warning (or its update or cancellation) for the recipient office's area was published. */
    WARNING_PUBLISHED("warning_published", "预警发布"),
    /** 预警叫应: a tenant of the area of the recipient office's warning acknowledged it. */
    WARNING_ACKNOWLEDGED("warning_acknowledged", "预警叫应"),
    /** 信息快报: an office above sent the recipient office a numbered bulletin (《信息快报》, 《值班信息》). */
    BULLETIN_RECEIVED("bulletin_received", "信息快报"),
    /** 疑似漏报: the recipient office learned of an event below it otherwise, and the region's report did not come. */
    REPORT_FINDING_CANDIDATE("report_finding_candidate", "疑似漏报"),
    /** 报送问题认定: an office above found the recipient office's reporting at fault (漏报, 瞒报 or 谎报). */
    REPORT_FINDING_CONFIRMED("report_finding_confirmed", "报送问题认定");

    private final String literal;
    private final String label;

    NotificationKind(String literal, String label) {
        this.literal = literal;
        this.label = label;
    }

    @Override
    public String literal() {
        return literal;
    }

    @Override
    public String label() {
        return label;
    }

    public static NotificationKind fromLiteral(String literal) {
        return Labelled.byLiteral(NotificationKind.class, literal)
                .orElseThrow(() -> new IllegalArgumentException("unknown notification kind: " + literal));
    }
}
