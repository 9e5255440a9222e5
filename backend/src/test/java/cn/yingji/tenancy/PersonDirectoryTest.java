package cn.yingji.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonDirectoryTest {

    @Test
    void theNameIsThePartBeforeABracketedUnit() {
        assertThat(PersonDirectory.personName("张伟（山东省应急管理厅）", "山东省")).isEqualTo("张伟");
        assertThat(PersonDirectory.personName("Li Na (Weifang)", "潍坊市")).isEqualTo("Li Na");
        assertThat(PersonDirectory.personName(" 王强 ", "潍城区")).isEqualTo("王强");
    }

    @Test
    void noNameBecomesTheTenantsStaffNeverALoginName() {
        assertThat(PersonDirectory.personName(null, "潍城区")).isEqualTo("潍城区工作人员");
        assertThat(PersonDirectory.personName("  ", "潍城区")).isEqualTo("潍城区工作人员");
        assertThat(PersonDirectory.personName("（潍城区应急管理局）", "潍城区")).isEqualTo("（潍城区应急管理局）");
    }

    @Test
    void aLongNameIsCut() {
        assertThat(PersonDirectory.personName("名".repeat(150), "潍城区")).hasSize(100);
    }
}
