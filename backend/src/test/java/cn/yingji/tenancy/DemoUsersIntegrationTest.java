package cn.yingji.tenancy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.yingji.support.ApiIntegrationTest;

/** Every demo login of the README works against the real Keycloak and lands in its tenant with its roles. */
class DemoUsersIntegrationTest extends ApiIntegrationTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            sd-province    | 370000 | 山东省   | province_official reviewer
            wf-city        | 370700 | 潍坊市   | city_official reviewer
            sd-admin       | 370000 | 山东省   | tenant_admin
            wf-admin       | 370700 | 潍坊市   | tenant_admin
            wc-county      | 370702 | 潍城区   | county_officer
            wc-informant   | 370702 | 潍城区   | informant
            ht-county      | 370703 | 寒亭区   | county_officer tenant_admin
            ht-duty        | 370703 | 寒亭区   | county_officer
            jn-city        | 370100 | 济南市   | city_official reviewer
            szq-county     | 370103 | 市中区   | county_officer tenant_admin
            gz-province    | 520000 | 贵州省   | province_official reviewer
            lps-city       | 520200 | 六盘水市 | city_official reviewer
            zs-county      | 520201 | 钟山区   | county_officer
            expert-demo    | 370000 | 山东省   | expert
            platform-admin | 370000 | 山东省   | platform_admin
            """)
    void demoUserLogsInToItsTenant(String username, String code, String name, String roles) {
        as(username).get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo(username)
                .jsonPath("$.tenant.code").isEqualTo(code)
                .jsonPath("$.tenant.name").isEqualTo(name)
                .jsonPath("$.roles").isEqualTo(List.of(roles.split(" ")));
    }
}
