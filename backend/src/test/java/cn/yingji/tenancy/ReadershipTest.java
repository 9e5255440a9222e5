package cn.yingji.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.yingji.db.enums.Sharing;

class ReadershipTest {

    @Test
    void anyOfficeRoleReadsAsTheOfficeEvenBesideTheExpertRole() {
        for (String role : Set.of("county_officer", "city_official", "province_official", "reviewer", "tenant_admin")) {
            assertThat(Readership.of(Set.of(role))).as(role).isEqualTo(Readership.OFFICE);
            assertThat(Readership.of(Set.of(role, "expert"))).as(role + " and expert").isEqualTo(Readership.OFFICE);
        }
    }

    @Test
    void anExpertAloneReadsAsAnExpertAndTheOperatorOrNobodyAsThePublic() {
        assertThat(Readership.of(Set.of("expert"))).isEqualTo(Readership.EXPERT);
        assertThat(Readership.of(Set.of("platform_admin"))).isEqualTo(Readership.PUBLIC);
        assertThat(Readership.of(Set.of("expert", "platform_admin"))).isEqualTo(Readership.EXPERT);
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
