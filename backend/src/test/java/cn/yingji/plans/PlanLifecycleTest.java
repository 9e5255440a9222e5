package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.yingji.db.enums.PlanStatus;
import cn.yingji.plans.PlanLifecycle.Action;
import cn.yingji.platform.ApiException;

class PlanLifecycleTest {

    @Test
    void draftsAreEditedAndIssued() {
        assertThat(PlanLifecycle.allowed(PlanStatus.draft, Action.EDIT)).isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.draft, Action.ISSUE)).isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.draft, Action.SUBMIT)).isFalse();
        assertThat(PlanLifecycle.allowed(PlanStatus.draft, Action.ABOLISH)).isFalse();
    }

    @Test
    void filingGoesSubmittedThenFiledOrReturnedAndReturnedIsResubmitted() {
        assertThat(PlanLifecycle.allowed(PlanStatus.issued, Action.SUBMIT)).isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.submitted, Action.ACCEPT)).isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.submitted, Action.RETURN)).isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.returned, Action.SUBMIT)).isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.returned, Action.EDIT)).isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.filed, Action.SUBMIT)).isFalse();
    }

    @Test
    void issuedAndFiledPlansAreNotEditedInPlace() {
        assertThat(PlanLifecycle.allowed(PlanStatus.issued, Action.EDIT)).isFalse();
        assertThat(PlanLifecycle.allowed(PlanStatus.filed, Action.EDIT)).isFalse();
    }

    /** The materials stay as the authority received them: no file added or removed once submitted. */
    @Test
    void filesAreAddedOrRemovedOnlyUntilThePlanIsSubmittedForFiling() {
        for (Action action : java.util.List.of(Action.ADD_FILE, Action.REMOVE_FILE)) {
            assertThat(PlanLifecycle.allowed(PlanStatus.draft, action)).isTrue();
            assertThat(PlanLifecycle.allowed(PlanStatus.issued, action)).isTrue();
            assertThat(PlanLifecycle.allowed(PlanStatus.returned, action)).isTrue();
            assertThat(PlanLifecycle.allowed(PlanStatus.submitted, action)).as(action.name()).isFalse();
            assertThat(PlanLifecycle.allowed(PlanStatus.filed, action)).as(action.name()).isFalse();
        }
    }

    @Test
    void abolishedAndSupersededVersionsAreFinal() {
        for (Action action : Action.values()) {
            assertThat(PlanLifecycle.allowed(PlanStatus.abolished, action)).as(action.name()).isFalse();
            assertThat(PlanLifecycle.allowed(PlanStatus.superseded, action)).as(action.name()).isFalse();
        }
    }

    @Test
    void versionsInForceAreEvaluatedAndIssuedOrFiledOnesRevised() {
        for (PlanStatus status : PlanStatus.values()) {
            assertThat(PlanLifecycle.allowed(status, Action.EVALUATE)).as(status.getLiteral())
                    .isEqualTo(PlanLifecycle.IN_FORCE.contains(status));
        }
        assertThat(PlanLifecycle.allowed(PlanStatus.issued, Action.REVISE)).isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.filed, Action.REVISE)).isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.submitted, Action.REVISE)).as("under review: wait for the decision").isFalse();
        assertThat(PlanLifecycle.allowed(PlanStatus.draft, Action.REVISE)).isFalse();
        assertThat(PlanLifecycle.allowed(PlanStatus.draft, Action.PUBLISH)).as("drafts stay private").isFalse();
    }

    @Test
    void anIllegalTransitionIsAConflictInChinese() {
        assertThatThrownBy(() -> PlanLifecycle.check(PlanStatus.filed, Action.ISSUE))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("plan-illegal-transition");
                    assertThat(e.detail()).isEqualTo("预案当前状态为「已备案」，不能印发");
                });
    }
}
