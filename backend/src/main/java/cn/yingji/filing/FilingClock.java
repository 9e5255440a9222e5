package cn.yingji.filing;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

/**
 * The filing deadlines of a tenant's policy: filing is due {@code filing.deadlineWorkingDays} working days
 * after issuance (第二十六条: 20), the authority's answer {@code filing.acknowledgementWorkingDays} after
 * submission (enterprise rule: 5), and {@code filing.silenceCountsAsFiled} says for whom an unanswered
 * filing counts as filed once that answer is late.
 */
public final class FilingClock {

    private final WorkingDayCalendar calendar;
    private final int deadlineWorkingDays;
    private final int acknowledgementWorkingDays;
    private final boolean silenceCountsForEnterprises;
    private final boolean silenceCountsForGovernment;

    /** @param policy the owner tenant's effective policy */
    public FilingClock(JsonNode policy, WorkingDayCalendar calendar) {
        this.calendar = calendar;
        JsonNode filing = policy.required("filing");
        this.deadlineWorkingDays = filing.required("deadlineWorkingDays").asInt();
        this.acknowledgementWorkingDays = filing.required("acknowledgementWorkingDays").asInt();
        this.silenceCountsForEnterprises = filing.required("silenceCountsAsFiled").required("enterprise").asBoolean();
        this.silenceCountsForGovernment = filing.required("silenceCountsAsFiled").required("government").asBoolean();
    }

    /** Working days from the issue to the last day of filing on time (第二十六条: 20). */
    public int deadlineWorkingDays() {
        return deadlineWorkingDays;
    }

    /** Working days from a submission to the last day of the authority's answer on time. */
    public int acknowledgementWorkingDays() {
        return acknowledgementWorkingDays;
    }

    /** Filing due: {@code isLate(submittedOn)} tells a late filing. */
    public Deadline filingDue(LocalDate issuedOn) {
        return calendar.addWorkingDays(issuedOn, deadlineWorkingDays);
    }

    /** The authority's answer due: {@code isLate(decidedOn)}, or {@code isLate(today)} while undecided. */
    public Deadline acknowledgementDue(LocalDate submittedOn) {
        return calendar.addWorkingDays(submittedOn, acknowledgementWorkingDays);
    }

    /** Enterprises and institutions follow the enterprise rule; governments, departments and grassroots units not. */
    public boolean silenceCountsAsFiled(OwnerUnitKind owner) {
        return owner.isEnterpriseLike() ? silenceCountsForEnterprises : silenceCountsForGovernment;
    }

    /** An undecided filing that counts as filed today: silence counts for this owner and the answer is late. */
    public boolean isDeemedFiled(OwnerUnitKind owner, LocalDate submittedOn, LocalDate today) {
        return silenceCountsAsFiled(owner) && acknowledgementDue(submittedOn).isLate(today);
    }
}
