package cn.yingji.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import cn.yingji.db.enums.OrgUnitKind;

class OwnerUnitKindTest {

    @Test
    void literalsAreThoseOfTheDatabaseEnum() {
        assertThat(Arrays.stream(OwnerUnitKind.values()).map(OwnerUnitKind::literal))
                .containsExactlyElementsOf(Arrays.stream(OrgUnitKind.values()).map(OrgUnitKind::getLiteral).toList());
        assertThat(OwnerUnitKind.fromLiteral("institution")).isEqualTo(OwnerUnitKind.INSTITUTION);
    }
}
