package cn.yingji.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.yingji.search.SearchIndices;
import cn.yingji.support.ApiIntegrationTest;
import cn.yingji.support.TestServices;

/**
 * The application under test works in the tests' own database, indices and realm, never in what
 * {@code ./yingji run} serves (database {@code yingji}, indices {@code yingji-*}, realm {@code yingji}), even when
 * the shell exported the launcher's settings ({@code YINGJI_DB=yingji}, {@code YINGJI_KC_REALM=yingji}).
 */
class TestSeparationIntegrationTest extends ApiIntegrationTest {

    /** What ./yingji run serves (infra/postgres/init.sql, infra/keycloak/yingji-realm.json). */
    static final String RUN_DATABASE = "yingji";
    static final String RUN_REALM = "yingji";

    @Autowired
    DataSource dataSource;

    @Autowired
    SearchIndices indices;

    @Test
    void theAppWritesIntoTheTestsDatabaseAndIndices() throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("select current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(TestServices.database()).isNotEqualTo(RUN_DATABASE);
        }
        assertThat(indices.name("plans")).startsWith(TestServices.indexPrefix()).doesNotStartWith(RUN_DATABASE + "-");
    }

    @Test
    void theAppAndTheBrowserUseTheTestsRealm() {
        assertThat(TestServices.realm()).isNotEqualTo(RUN_REALM);
        http.get().uri("/api/v1/public/config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.realm").isEqualTo(TestServices.realm());
        // a token of the tests' realm is what the app accepts
        as("wc-county").get().uri("/api/v1/me").exchange().expectStatus().isOk();
    }
}
