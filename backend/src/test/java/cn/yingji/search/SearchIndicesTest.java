package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchIndicesTest {

    @Test
    void namesEachKindAfterTheDatabase() {
        assertThat(new SearchIndices("yingji-").name("plans")).isEqualTo("yingji-plans");
        assertThat(new SearchIndices("yingji_Materials-").name("cases")).isEqualTo("yingji_materials-cases");
    }

    @Test
    void refusesWhatElasticsearchWouldRefuseAsAnIndexName() {
        for (String bad : new String[] {"", "-yingji", "_yingji", "yingji plans-", "yingji*", "yingji/"}) {
            assertThatThrownBy(() -> new SearchIndices(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("index-prefix");
        }
    }
}
