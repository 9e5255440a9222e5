package cn.yingji.tenants;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the catalog into table {@code tenant} (schema: backend Flyway V1). One statement upserts every
 * tenant from arrays, so 3,200 rows are one round trip; the {@code where ... is distinct from} clause leaves
 * identical rows alone, so a reload writes nothing and {@code updated_at} keeps meaning "last real change".
 * {@code catalog_version} is not compared: it records the catalog that last changed the row, and a new package
 * version that changes nothing for a tenant does not rewrite it.
 */
final class TenantTable {

    /** A tenant as stored, policy as JSON text. */
    record Row(Tenant tenant, String policyJson) {
    }

    /** @param filingDesks emergency-management units created (or marked) as their tenant's 备案受理单位 */
    record Result(int inserted, int updated, int unchanged, List<String> notInCatalog, int filingDesks) {
    }

    // Rows arrive parents first; the foreign key is checked at the end of the statement anyway.
    private static final String UPSERT = """
            insert into tenant (code, name, tier, parent_code, path, policy, catalog_version)
            select code, name, tier::tenant_tier, parent_code, path::ltree, policy::jsonb, ?
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   with ordinality as r(code, name, tier, parent_code, path, policy, ord)
             order by ord
            on conflict (code) do update
               set name = excluded.name, tier = excluded.tier, parent_code = excluded.parent_code,
                   path = excluded.path, policy = excluded.policy,
                   catalog_version = excluded.catalog_version, updated_at = now()
             where (tenant.name, tenant.tier, tenant.parent_code, tenant.path, tenant.policy)
                   is distinct from
                   (excluded.name, excluded.tier, excluded.parent_code, excluded.path, excluded.policy)
            returning (xmax = 0) as inserted
            """;

    /**
     * Every tenant gets its emergency-management unit as an organization unit (province 应急管理厅, the
     * municipalities and every other tier 应急管理局, like {@code cn.yingji.filing.FilingParty}), marked as the unit
     * that receives filings (备案受理单位, docs/filing.md). Only where the tenant has none: the tenant admin may
     * rename it or mark another unit, and a reload leaves that alone. A unit of that name already there is marked.
     */
    private static final String FILING_DESKS = """
            insert into org_unit (tenant_code, tenant_path, sharing, kind, name, receives_filings)
            select t.code, t.path, 'up', 'department',
                   t.name || case when t.tier = 'province' and t.code not in ('110000', '120000', '310000', '500000')
                                  then '应急管理厅' else '应急管理局' end, true
              from tenant t
             where t.code = any (?::text[])
               and not exists (select 1 from org_unit u where u.tenant_code = t.code and u.receives_filings)
            on conflict (tenant_code, name) do update set receives_filings = true
            """;

    private final Connection connection;

    TenantTable(Connection connection) {
        this.connection = connection;
    }

    /** Upserts all rows in one transaction; tenants in the table but not in the catalog are only reported. */
    Result sync(List<Row> rows, String catalogVersion) throws SQLException {
        requireTable();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            int inserted = 0;
            int updated = 0;
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setString(1, catalogVersion);
                upsert.setArray(2, texts(rows.stream().map(r -> r.tenant().code()).toList()));
                upsert.setArray(3, texts(rows.stream().map(r -> r.tenant().name()).toList()));
                upsert.setArray(4, texts(rows.stream().map(r -> r.tenant().tier().label()).toList()));
                upsert.setArray(5, texts(rows.stream().map(r -> r.tenant().parentCode()).toList()));
                upsert.setArray(6, texts(rows.stream().map(r -> r.tenant().path()).toList()));
                upsert.setArray(7, texts(rows.stream().map(Row::policyJson).toList()));
                try (ResultSet rs = upsert.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(1)) {
                            inserted++;
                        } else {
                            updated++;
                        }
                    }
                }
            }
            int filingDesks;
            try (PreparedStatement desks = connection.prepareStatement(FILING_DESKS)) {
                desks.setArray(1, texts(rows.stream().map(r -> r.tenant().code()).toList()));
                filingDesks = desks.executeUpdate();
            }
            List<String> notInCatalog = notInCatalog(rows);
            connection.commit();
            return new Result(inserted, updated, rows.size() - inserted - updated, notInCatalog, filingDesks);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The schema belongs to the backend's Flyway migrations; the loader never creates it. */
    private void requireTable() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select to_regclass('public.tenant') is not null");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException("table tenant does not exist in " + connection.getMetaData().getURL()
                        + ": run the backend's Flyway migrations first (backend/src/main/resources/db/migration)");
            }
        }
    }

    private List<String> notInCatalog(List<Row> rows) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "select code from tenant where code <> all (?::text[]) order by code")) {
            st.setArray(1, texts(rows.stream().map(r -> r.tenant().code()).toList()));
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        }
    }

    private Array texts(List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
