package cn.yingji.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import cn.yingji.tenancy.TenantRef;

/** Plain-JDBC access as the API's database role, the way {@code TenantTx} does it: tenant set per transaction. */
public final class AppRole {

    private AppRole() {
    }

    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work as the API's role inside a transaction whose tenant context is {@code tenant}. */
    public static <T> T asTenant(TenantRef tenant, SqlWork<T> work) throws SQLException {
        try (Connection c = TestServices.appConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement(
                    "select set_config('app.tenant_path', ?, true), set_config('app.tenant_code', ?, true)")) {
                st.setString(1, tenant.path());
                st.setString(2, tenant.code());
                st.execute();
            }
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
