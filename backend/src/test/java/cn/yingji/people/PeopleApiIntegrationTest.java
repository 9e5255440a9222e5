package cn.yingji.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.TestServices;

/** 人员名录: names come from our records, registered on first sight and corrected by the tenant admin only. */
class PeopleApiIntegrationTest extends ApiIntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Test
    void aPersonIsRegisteredOnFirstSightWithTheNameWithoutTheBracketedUnit() {
        assertThat(meName("wf-admin")).isEqualTo("赵敏");
        assertThat(person("wf-admin", "wf-admin")).as("listed for the tenant admin").containsEntry("name", "赵敏");
    }

    @Test
    void theAdminsCorrectionIsWhatEveryoneReadsNotTheTokensName() {
        meName("wf-admin");
        Map<String, Object> zhao = person("wf-admin", "wf-admin");
        Map<String, Object> renamed = update("wf-admin", zhao, "赵敏华", "科长").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        try {
            assertThat(renamed).containsEntry("name", "赵敏华").containsEntry("title", "科长");
            assertThat(meName("wf-admin")).as("the token still says 赵敏（潍坊市应急管理局）").isEqualTo("赵敏华");
            update("wf-admin", zhao, "赵敏", null).expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.code").isEqualTo("version-conflict");
        } finally {
            update("wf-admin", renamed, "赵敏", null).expectStatus().isOk();
        }
    }

    @Test
    void onlyTheOwnTenantsAdminChangesAPerson() {
        meName("wc-county");
        meName("wf-admin");
        Map<String, Object> wang = Map.of("id", idOf("wc-county"), "version", 0);
        // a sibling county's admin does not even see it; the city above sees it but may not change it
        update("ht-county", wang, "改名", null).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("person-not-found");
        update("wf-admin", wang, "改名", null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("not-owner");
        as("wc-county").get().uri("/api/v1/people").exchange().expectStatus().isForbidden();
        assertThat(meName("wc-county")).isEqualTo("王强");
    }

    @Test
    void aBlankNameOrAForeignUnitIsRefused() {
        meName("wf-admin");
        Map<String, Object> zhao = person("wf-admin", "wf-admin");
        update("wf-admin", zhao, " ", null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        as("wf-admin").put().uri("/api/v1/people/{id}", zhao.get("id")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "赵敏", "unitId", "00000000-0000-0000-0000-000000000001",
                        "version", zhao.get("version")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-unit");
    }

    private String meName(String user) {
        return (String) as(user).get().uri("/api/v1/me").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("name");
    }

    /** The person of a login name as the admin's list shows it (found by its id from the database). */
    private Map<String, Object> person(String admin, String username) {
        String id = idOf(username);
        return as(admin).get().uri("/api/v1/people").exchange().expectStatus().isOk()
                .expectBody(LIST).returnResult().getResponseBody().stream()
                .filter(p -> id.equals(p.get("id"))).findFirst().orElse(null);
    }

    private static String idOf(String username) {
        try (var c = TestServices.ownerConnection();
                var st = c.prepareStatement("select id::text from person where username = ?")) {
            st.setString(1, username);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec update(String user,
            Map<String, Object> person, String name, String title) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "version", person.get("version")));
        if (title != null) {
            body.put("title", title);
        }
        return as(user).put().uri("/api/v1/people/{id}", person.get("id")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}
