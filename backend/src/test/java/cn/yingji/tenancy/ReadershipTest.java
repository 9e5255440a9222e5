package cn.yingji.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.yingji.db.enums.Sharing;

class ReadershipTest {

    @Test
    void anyOfficeRoleReadsAsTheOfficeEvenBesideTheExpertRole() {
        for (Role role : Set.of(Role.COUNTY_OFFICER, Role.CITY_OFFICIAL, Role.PROVINCE_OFFICIAL, Role.REVIEWER,
                Role.TENANT_ADMIN)) {
            assertThat(Readership.of(Set.of(role))).as(role.literal()).isEqualTo(Readership.OFFICE);
            assertThat(Readership.of(Set.of(role, Role.EXPERT))).as(role + " and expert").isEqualTo(Readership.OFFICE);
        }
    }

    @Test
    void anExpertAloneReadsAsAnExpertAndTheOperatorOrNobodyAsThePublic() {
        assertThat(Readership.of(Set.of(Role.EXPERT))).isEqualTo(Readership.EXPERT);
        assertThat(Readership.of(Set.of(Role.PLATFORM_ADMIN))).isEqualTo(Readership.PUBLIC);
        assertThat(Readership.of(Set.of(Role.EXPERT, Role.PLATFORM_ADMIN))).isEqualTo(Readership.EXPERT);
        assertThat(Readership.of(Set.of())).isEqualTo(Readership.PUBLIC);
    }

    @Test
    void outsidersFindPublishedRecordsAndAnExpertTheSharedPool() {
        assertThat(Readership.OFFICE.searchable("plan")).isEqualTo(EnumSet.allOf(Sharing.class));
        assertThat(Readership.EXPERT.searchable("plan")).containsExactly(Sharing.public_);
        assertThat(Readership.EXPERT.searchable("expert")).doesNotContain(Sharing.private_).contains(Sharing.vertical);
        assertThat(Readership.PUBLIC.searchable("expert")).containsExactly(Sharing.public_);
    }
}
