package cn.yingji.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What routing needs to know about a plan: its category, the kind of unit that owns it and where that unit
 * sits; for a joint plan also the basis it is filed on and the other participating tenants.
 *
 * @param jointBasis only for {@link PlanCategory#JOINT}, null otherwise
 * @param participants only for joint plans: the other participating tenants (the owner always participates)
 */
public record FilingRequest(PlanCategory category, JointPlanBasis jointBasis, OwnerUnitKind ownerKind,
        TenantLineage owner, List<TenantLineage> participants) {

    public FilingRequest {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ownerKind, "ownerKind");
        Objects.requireNonNull(owner, "owner");
        participants = List.copyOf(participants);
        if ((category == PlanCategory.JOINT) != (jointBasis != null)) {
            throw new IllegalArgumentException("a joint basis is given exactly for joint plans: " + category);
        }
        if (category != PlanCategory.JOINT && !participants.isEmpty()) {
            throw new IllegalArgumentException("only joint plans have participants: " + category);
        }
    }

    public static FilingRequest of(PlanCategory category, OwnerUnitKind ownerKind, TenantLineage owner) {
        return new FilingRequest(category, null, ownerKind, owner, List.of());
    }

    public static FilingRequest joint(JointPlanBasis basis, OwnerUnitKind ownerKind, TenantLineage owner,
            List<TenantLineage> participants) {
        return new FilingRequest(PlanCategory.JOINT, basis, ownerKind, owner, participants);
    }

    List<TenantLineage> allParticipants() {
        List<TenantLineage> all = new ArrayList<>(participants.size() + 1);
        all.add(owner);
        all.addAll(participants);
        return all;
    }
}
