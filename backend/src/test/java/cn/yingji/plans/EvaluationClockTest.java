package cn.yingji.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.yingji.plans.EvaluationClock.State;
import tools.jackson.databind.json.JsonMapper;

class EvaluationClockTest {

    final EvaluationClock national = new EvaluationClock(3, 90);

    @Test
    void theNextEvaluationIsDueOneCycleAfterTheLastWithAReminderWindowBeforeIt() {
        LocalDate issued = LocalDate.of(2024, 2, 29);
        LocalDate due = national.dueAfter(issued);
        assertThat(due).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(national.reminderFor(due)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void stateAroundTheWindowAndTheDueDate() {
        LocalDate due = LocalDate.of(2027, 3, 1);
        LocalDate reminder = national.reminderFor(due);
        assertThat(EvaluationClock.state(due, reminder, reminder.minusDays(1))).isEqualTo(State.OK);
        assertThat(EvaluationClock.state(due, reminder, reminder)).isEqualTo(State.DUE_SOON);
        assertThat(EvaluationClock.state(due, reminder, due)).as("due today is not yet overdue").isEqualTo(State.DUE_SOON);
        assertThat(EvaluationClock.state(due, reminder, due.plusDays(1))).isEqualTo(State.OVERDUE);
        assertThat(EvaluationClock.state(null, null, due)).as("drafts and replaced versions have no clock").isNull();
    }

    @Test
    void theNumbersComeFromThePolicy() {
        var policy = JsonMapper.builder().build().readTree("{\"evaluation\":{\"cycleYears\":2,\"dueSoonDays\":30}}");
        assertThat(EvaluationClock.of(policy)).isEqualTo(new EvaluationClock(2, 30));
        assertThatThrownBy(() -> new EvaluationClock(0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThat(State.fromLiteral("due_soon")).isEqualTo(State.DUE_SOON);
        assertThat(State.fromLiteral("late")).isNull();
    }
}
