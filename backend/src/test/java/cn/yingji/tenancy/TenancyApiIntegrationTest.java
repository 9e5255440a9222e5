package cn.yingji.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.yingji.support.ApiIntegrationTest;

/** The first API as a user meets it, with real Keycloak tokens: who am I, and my part of the tree. */
class TenancyApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void countyOfficerSeesHisCountyAndItsAncestors() {
        as("wc-county").get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("wc-county")
                .jsonPath("$.tenant.code").isEqualTo("370702")
                .jsonPath("$.tenant.name").isEqualTo("潍城区")
                .jsonPath("$.tenant.tier").isEqualTo("county")
                .jsonPath("$.tenant.path").isEqualTo("p37.c3707.x370702")
                .jsonPath("$.roles.length()").isEqualTo(1)
                .jsonPath("$.roles[0]").isEqualTo("county_officer")
                .jsonPath("$.ancestors[0].code").isEqualTo("370000")
                .jsonPath("$.ancestors[1].code").isEqualTo("370700")
                .jsonPath("$.ancestors.length()").isEqualTo(2)
                .jsonPath("$.policy").isMap();
    }

    @Test
    void effectivePolicyIsTheMergeAlongThePath() {
        as("wf-city").get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tenant.code").isEqualTo("370700")
                .jsonPath("$.policy").value(policy -> assertThat(policy.toString()).contains("20"));
    }

    @Test
    void countyTreeIsJustTheCounty() {
        as("wc-county").get().uri("/api/v1/tenants/tree").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.root.code").isEqualTo("370702")
                .jsonPath("$.root.children.length()").isEqualTo(0)
                .jsonPath("$.ancestors[1].name").isEqualTo("潍坊市");
    }

    @Test
    void provinceTreeHoldsItsCitiesAndCounties() {
        String body = as("sd-province").get().uri("/api/v1/tenants/tree").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"code\":\"370700\"", "\"code\":\"370702\"", "\"code\":\"370703\"",
                "\"code\":\"370103\"").doesNotContain("520000", "520201");
    }

    @Test
    void aCountyCannotLookAtItsSibling() {
        as("wc-county").get().uri("/api/v1/tenants/370703").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("tenant-not-found");
        as("wc-county").get().uri("/api/v1/tenants/370700").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("潍坊市");
    }

    @Test
    void unknownTenantCodeIsNotFoundAndMalformedIsBadRequest() {
        as("sd-province").get().uri("/api/v1/tenants/999999").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("tenant-not-found");
        as("sd-province").get().uri("/api/v1/tenants/abc").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-tenant-code");
    }

    @Test
    void provinceOfficialSeesDetailWithChildren() {
        as("sd-province").get().uri("/api/v1/tenants/370700").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("p37.c3707")
                .jsonPath("$.children[?(@.code == '370702')].name").isEqualTo("潍城区");
    }
}
