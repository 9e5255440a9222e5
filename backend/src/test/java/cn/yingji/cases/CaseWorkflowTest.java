package cn.yingji.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.yingji.cases.CaseWorkflow.Action;
import cn.yingji.cases.CaseWorkflow.Standing;
import cn.yingji.db.enums.CaseStatus;
import cn.yingji.db.enums.Sharing;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Role;

class CaseWorkflowTest {

    static final Set<Role> OFFICER = Set.of(Role.COUNTY_OFFICER);
    static final Set<Role> CITY_REVIEWER = Set.of(Role.CITY_OFFICIAL, Role.REVIEWER);
    static final Set<Role> EXPERT = Set.of(Role.EXPERT);

    @Test
    void aCompilerReviewsItsDraftAndAReviewerAtOrAboveItPublishes() {
        assertThat(CaseWorkflow.next(CaseStatus.draft, Action.REVIEW, Standing.OWNER, OFFICER)).isEqualTo(CaseStatus.reviewed);
        assertThat(CaseWorkflow.next(CaseStatus.reviewed, Action.PUBLISH, Standing.ABOVE, CITY_REVIEWER))
                .isEqualTo(CaseStatus.published);
        assertThat(CaseWorkflow.next(CaseStatus.reviewed, Action.PUBLISH, Standing.OWNER, CITY_REVIEWER))
                .isEqualTo(CaseStatus.published);
        assertThat(CaseWorkflow.allows(CaseStatus.reviewed, Action.PUBLISH, Standing.OWNER, OFFICER)).isFalse();
        assertThat(CaseWorkflow.allows(CaseStatus.reviewed, Action.PUBLISH, Standing.OTHER, CITY_REVIEWER)).isFalse();
        assertThat(CaseWorkflow.allows(CaseStatus.draft, Action.REVIEW, Standing.ABOVE, CITY_REVIEWER)).isFalse();
    }

    @Test
    void backToDraftByTheCompilerOrAReviewerAbove() {
        assertThat(CaseWorkflow.next(CaseStatus.published, Action.WITHDRAW, Standing.OWNER, OFFICER)).isEqualTo(CaseStatus.draft);
        assertThat(CaseWorkflow.next(CaseStatus.reviewed, Action.WITHDRAW, Standing.ABOVE, CITY_REVIEWER))
                .isEqualTo(CaseStatus.draft);
        assertThat(CaseWorkflow.allows(CaseStatus.published, Action.WITHDRAW, Standing.ABOVE, OFFICER)).isFalse();
        assertThat(CaseWorkflow.allows(CaseStatus.published, Action.WITHDRAW, Standing.OTHER, CITY_REVIEWER)).isFalse();
    }

    @Test
    void stepsOutOfOrderAreConflictsAndWrongActorsForbidden() {
        assertThatThrownBy(() -> CaseWorkflow.next(CaseStatus.draft, Action.PUBLISH, Standing.ABOVE, CITY_REVIEWER))
                .isInstanceOf(ApiException.class).extracting("code").isEqualTo("case-illegal-transition");
        assertThatThrownBy(() -> CaseWorkflow.next(CaseStatus.draft, Action.WITHDRAW, Standing.OWNER, OFFICER))
                .extracting("code").isEqualTo("case-illegal-transition");
        assertThatThrownBy(() -> CaseWorkflow.next(CaseStatus.draft, Action.REVIEW, Standing.OWNER, EXPERT))
                .extracting("code").isEqualTo("case-workflow-forbidden");
        assertThatThrownBy(() -> CaseWorkflow.checkEditable(CaseStatus.reviewed)).extracting("code")
                .isEqualTo("case-not-editable");
    }

    @Test
    void theStatusDecidesTheSharingAndExpertsReadPublishedCasesOnly() {
        assertThat(CaseWorkflow.sharing(CaseStatus.draft)).isEqualTo(Sharing.private_);
        assertThat(CaseWorkflow.sharing(CaseStatus.reviewed)).isEqualTo(Sharing.up);
        assertThat(CaseWorkflow.sharing(CaseStatus.published)).isEqualTo(Sharing.public_);
        assertThat(CaseWorkflow.publishedOnly(EXPERT)).isTrue();
        assertThat(CaseWorkflow.publishedOnly(Set.of(Role.TENANT_ADMIN))).isTrue();
        assertThat(CaseWorkflow.publishedOnly(OFFICER)).isFalse();
        assertThat(CaseWorkflow.publishedOnly(Set.of(Role.REVIEWER))).isFalse();
    }
}
