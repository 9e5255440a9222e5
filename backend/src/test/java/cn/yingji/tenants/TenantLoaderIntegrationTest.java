package cn.yingji.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.yingji.support.TenantCatalogFixture;
import cn.yingji.support.TestServices;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Against the real PostgreSQL and Keycloak of {@code infra/local/platform.sh up}, with table {@code tenant}
 * migrated by the backend's Flyway. Lives in the backend module because the schema does. Runs the loader twice: the second run must change nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantLoaderIntegrationTest {

    private static final LoaderSettings SETTINGS = LoaderSettings.from(
            new String[] {"--tenants-dir=" + TenantCatalogFixture.tenantsDir(), "--jdbc-url=" + TestServices.jdbcUrl(),
                    "--kc-url=" + TestServices.keycloakUrl(), "--kc-realm=" + TestServices.realm()}, System.getenv());

    private static TenantLoader.Report first;
    private static TenantLoader.Report second;

    @BeforeAll
    static void loadTwice() throws SQLException {
        TenantCatalogFixture.ensureMigrated();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("select to_regclass('public.tenant')")) {
            rs.next();
            assertThat(rs.getString(1)).as("table tenant in %s: run the backend's Flyway migrations first", SETTINGS.jdbcUrl())
                    .isNotNull();
        }
        first = TenantLoader.run(SETTINGS);
        second = TenantLoader.run(SETTINGS);
        System.out.printf("first load: pg %d ms (%s), keycloak %d ms (%s)%n", first.dbMillis(), first.db(),
                first.keycloakMillis(), first.keycloak());
        System.out.printf("second load: pg %d ms (%s), keycloak %d ms (%s)%n", second.dbMillis(), second.db(),
                second.keycloakMillis(), second.keycloak());
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SETTINGS.jdbcUrl(), SETTINGS.dbUser(), SETTINGS.dbPassword());
    }

    private static List<String> row(String code) throws SQLException {
        try (Connection c = connect();
             PreparedStatement st = c.prepareStatement("select tier::text, path::text, parent_code, name, policy::text,"
                     + " catalog_version from tenant where code = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                List<String> values = new ArrayList<>();
                if (rs.next()) {
                    for (int i = 1; i <= 6; i++) {
                        values.add(rs.getString(i));
                    }
                }
                return values;
            }
        }
    }

    @Test
    @Order(1)
    void everyTenantIsInTheTableWithItsTierAndPath() throws SQLException {
        Catalog catalog = Catalog.load(SETTINGS.tenantsDir().resolve("catalog/divisions.json"));
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement("select count(*) from tenant where code = any (?)")) {
            st.setArray(1, c.createArrayOf("text", catalog.tenants().stream().map(Tenant::code).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(catalog.tenants().size());
            }
        }
        assertThat(row("370702")).startsWith("county", "p37.c3707.x370702", "370700", "潍城区");
        assertThat(row("110101")).startsWith("county", "p11.x110101", "110000", "东城区");
        assertThat(row("370000")).startsWith("province", "p37", null, "山东省");
        assertThat(row("370702").get(5)).isEqualTo(catalog.source());
    }

    @Test
    @Order(2)
    void effectivePolicyOfWeifangHasItsTwentyMinutePhoneDeadline() throws SQLException {
        JsonNode weifang = JsonMapper.shared().readTree(row("370700").get(4));
        assertThat(weifang.at("/reporting/initialPhoneMinutes").asInt()).isEqualTo(20);
        assertThat(weifang.at("/filing/deadlineWorkingDays").asInt()).isEqualTo(20);
        JsonNode jinan = JsonMapper.shared().readTree(row("370100").get(4));
        assertThat(jinan.at("/reporting/initialPhoneMinutes").asInt()).isEqualTo(30);
    }

    /** 备案受理单位: each tenant's emergency-management unit, 厅 for provinces, 局 for municipalities and below. */
    @Test
    @Order(2)
    void everyTenantHasItsEmergencyManagementUnitAsFilingDesk() throws SQLException {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement("""
                select count(*) filter (where d.n <> 1),
                       max(u.name) filter (where u.tenant_code = '370000'), max(u.name) filter (where u.tenant_code = '370700'),
                       max(u.name) filter (where u.tenant_code = '110000'), max(u.name) filter (where u.tenant_code = '520201')
                  from tenant t
                  join lateral (select count(*) n from org_unit x where x.tenant_code = t.code and x.receives_filings) d on true
                  left join org_unit u on u.tenant_code = t.code and u.receives_filings
                """); ResultSet rs = st.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).as("tenants without exactly one filing desk").isZero();
            assertThat(List.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                    .containsExactly("山东省应急管理厅", "潍坊市应急管理局", "北京市应急管理局", "钟山区应急管理局");
        }
    }

    @Test
    @Order(3)
    void secondLoadChangesNothing() {
        assertThat(second.db().filingDesks()).isZero();
        assertThat(second.db().inserted()).isZero();
        assertThat(second.db().updated()).isZero();
        assertThat(second.db().unchanged()).isEqualTo(first.db().inserted() + first.db().updated() + first.db().unchanged());
        assertThat(second.keycloak().created()).isZero();
        assertThat(second.keycloak().updated()).isZero();
        assertThat(second.keycloak().membershipsChanged()).isZero();
    }

    @Test
    @Order(4)
    void demoUserIsMemberOfItsTenantGroup() {
        KeycloakAdmin admin = KeycloakAdmin.login(SETTINGS.keycloakUrl(), SETTINGS.realm(), SETTINGS.keycloakAdmin(),
                SETTINGS.keycloakAdminPassword());
        JsonNode users = admin.get("/users?exact=true&username=wc-county");
        assertThat(users.size()).as("demo user wc-county in realm %s", SETTINGS.realm()).isEqualTo(1);
        JsonNode groups = admin.get("/users/" + users.get(0).required("id").asString() + "/groups");
        assertThat(groups.valueStream().map(g -> g.required("path").asString())).containsExactly("/370000/370700/370702");
        JsonNode group = admin.get("/group-by-path/370000/370700/370702");
        assertThat(group.at("/attributes/tier/0").asString()).isEqualTo("county");
        assertThat(group.at("/attributes/tenant_name/0").asString()).isEqualTo("潍城区");
    }
}
