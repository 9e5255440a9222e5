package cn.yingji.tenancy;

import static cn.yingji.support.AppRole.asReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.support.TenantCatalogFixture;
import cn.yingji.support.TestServices;

/**
 * Row-level security must not keep the sharing rule off its indexes (V24): at national scale a list that cannot
 * use the tenant_path and public indexes reads every row (a county's plan list: 0.9 s at 2,000,000 plans instead of
 * 37 ms). With sequential scans priced out, the planner scans the table only when no index path is possible.
 */
class RowSecurityIndexIntegrationTest {

    private static final TenantRef COUNTY = new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702");

    @BeforeAll
    static void schema() throws Exception {
        TenantCatalogFixture.ensureLoaded(); // migrates the schema when this class runs first
    }

    /** The tables read in lists at national scale, each with an index for every arm of the sharing rule. */
    @ParameterizedTest
    @CsvSource({"office, plan", "office, case_record", "expert, plan", "public, case_record"})
    void theSharingRuleUsesTheIndexesForEveryReader(String readership, String table) throws Exception {
        List<String> plan = asReader(COUNTY, readership, "wc-county", c -> explain(c, "select count(*) from " + table));
        assertThat(plan).as("plan of a %s reader's count of %s", readership, table)
                .noneMatch(line -> line.contains("Seq Scan on " + table))
                .anyMatch(line -> line.contains("Index"));
    }

    /**
     * PostgreSQL evaluates restrictive policies at security levels below the permissive ones, which then cannot use
     * an index (their ltree operators are not leakproof): role rules live inside the read policies instead.
     */
    @Test
    void noTableHasARestrictivePolicy() throws Exception {
        try (Connection owner = TestServices.ownerConnection(); Statement st = owner.createStatement();
                ResultSet rs = st.executeQuery("select polrelid::regclass::text || '.' || polname from pg_policy "
                        + "where not polpermissive")) {
            List<String> restrictive = new ArrayList<>();
            while (rs.next()) {
                restrictive.add(rs.getString(1));
            }
            assertThat(restrictive).isEmpty();
        }
    }

    private static List<String> explain(Connection c, String sql) throws java.sql.SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.execute("set local enable_seqscan = off");
            try (ResultSet rs = st.executeQuery("explain " + sql)) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        return lines;
    }
}
