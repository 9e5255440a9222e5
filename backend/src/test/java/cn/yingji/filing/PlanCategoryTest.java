package cn.yingji.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PlanCategoryTest {

    @Test
    void everyDatabaseCategoryMapsToOneOfOurs() {
        assertThat(Arrays.stream(cn.yingji.db.enums.PlanCategory.values())
                .map(c -> PlanCategory.fromDatabase(c.getLiteral())))
                .containsExactly(PlanCategory.values());
        assertThat(PlanCategory.fromDatabase("major_event").literal()).isEqualTo("majorEvent");
    }
}
