package cn.yingji.obligations;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * 逾期升级: the tenant policy's ladder ({@code obligations.escalation}): after how many working days past its due
 * day an open obligation reaches each rung — 催办, 通报, 约谈.
 */
public final class EscalationLadder {

    private final Map<EscalationRung, Integer> afterWorkingDays = new EnumMap<>(EscalationRung.class);

    private EscalationLadder(int urge, int notice, int summons) {
        if (urge < 0 || notice < urge || summons < notice) {
            throw new IllegalArgumentException("an escalation ladder rises: 0 ≤ urge ≤ notice ≤ summons, not "
                    + urge + ", " + notice + ", " + summons);
        }
        afterWorkingDays.put(EscalationRung.URGE, urge);
        afterWorkingDays.put(EscalationRung.NOTICE, notice);
        afterWorkingDays.put(EscalationRung.SUMMONS, summons);
    }

    public static EscalationLadder of(int urge, int notice, int summons) {
        return new EscalationLadder(urge, notice, summons);
    }

    /** The ladder of a tenant's effective policy. */
    public static EscalationLadder of(JsonNode policy) {
        JsonNode escalation = policy.required("obligations").required("escalation");
        return new EscalationLadder(escalation.required("urgeAfterWorkingDays").asInt(),
                escalation.required("noticeAfterWorkingDays").asInt(),
                escalation.required("summonsAfterWorkingDays").asInt());
    }

    /**
     * The highest rung an obligation past its due time has reached, {@code workingDaysLate} working days after its
     * due day (0 on the due day itself, once its time is past).
     */
    public Optional<EscalationRung> reached(int workingDaysLate) {
        EscalationRung reached = null;
        for (EscalationRung rung : EscalationRung.values()) {
            if (workingDaysLate >= afterWorkingDays.get(rung)) {
                reached = rung;
            }
        }
        return Optional.ofNullable(reached);
    }
}
