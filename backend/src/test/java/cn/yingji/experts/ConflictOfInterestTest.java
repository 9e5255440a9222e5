package cn.yingji.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConflictOfInterestTest {

    final UUID unit = UUID.randomUUID();

    @Test
    void anExpertOfThePlansOwningUnitIsConflicted() {
        assertThat(ConflictOfInterest.conflicts(unit, "某设计院", unit, "潍城区应急管理局")).isTrue();
    }

    @Test
    void theSameOrganizationSpelledDifferentlyIsConflicted() {
        assertThat(ConflictOfInterest.conflicts(null, "潍城区 应急管理局（本级）", unit, "潍城区应急管理局(本级)")).isTrue();
        assertThat(ConflictOfInterest.conflicts(null, "ＡＢＣ化工有限公司", unit, "abc化工有限公司")).isTrue();
    }

    @Test
    void anotherUnitOrOrganizationIsNot() {
        assertThat(ConflictOfInterest.conflicts(UUID.randomUUID(), "山东大学", unit, "潍城区应急管理局")).isFalse();
        assertThat(ConflictOfInterest.conflicts(null, "潍城区应急管理局化工科", unit, "潍城区应急管理局")).isFalse();
        assertThat(ConflictOfInterest.conflicts(null, "  ", unit, "")).as("blank names never match").isFalse();
    }

    @Test
    void organizationKeyDropsSpacesPunctuationAndCase() {
        assertThat(ConflictOfInterest.organizationKey(" 潍坊市·应急 管理局 ")).isEqualTo("潍坊市应急管理局");
        assertThat(ConflictOfInterest.organizationKey(null)).isEmpty();
    }
}
