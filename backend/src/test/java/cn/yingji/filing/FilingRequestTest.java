package cn.yingji.filing;

import static cn.yingji.filing.Divisions.*;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class FilingRequestTest {

    @Test
    void jointPlansNeedABasisAndOthersMustNotHaveOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FilingRequest(PlanCategory.JOINT, null,
                OwnerUnitKind.DEPARTMENT, WEICHENG_COUNTY, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new FilingRequest(PlanCategory.SPECIAL,
                JointPlanBasis.SPECIAL, OwnerUnitKind.DEPARTMENT, WEICHENG_COUNTY, List.of()));
    }

    @Test
    void onlyJointPlansHaveParticipants() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FilingRequest(PlanCategory.SPECIAL, null,
                OwnerUnitKind.DEPARTMENT, WEICHENG_COUNTY, List.of(HANTING_COUNTY)));
    }

    @Test
    void lineageIsAChainFromAProvince() {
        assertThatIllegalArgumentException().isThrownBy(() -> TenantLineage.of(WEIFANG, WEICHENG));
        assertThatIllegalArgumentException().isThrownBy(() -> TenantLineage.of(SHANDONG, WEICHENG));
        assertThatIllegalArgumentException().isThrownBy(() -> TenantLineage.of(SHANDONG, JINAN, WEICHENG));
    }
}
