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

    /** Runs work as the API's role inside a transaction whose tenant context is {@code tenant}, read by its office. */
    public static <T> T asTenant(TenantRef tenant, SqlWork<T> work) throws SQLException {
        return asReader(tenant, "office", "", work);
    }

    /**
     * Runs work as the API's role for a caller of {@code tenant} whose roles make it a reader of kind
     * {@code readership} (office, expert, public; see {@code Readership}) with the user name {@code username}.
     */
    public static <T> T asReader(TenantRef tenant, String readership, String username, SqlWork<T> work)
            throws SQLException {
        try (Connection c = TestServices.appConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("select set_config('app.tenant_path', ?, true), "
                    + "set_config('app.tenant_code', ?, true), set_config('app.readership', ?, true), "
                    + "set_config('app.username', ?, true)")) {
                st.setString(1, tenant.path());
                st.setString(2, tenant.code());
                st.setString(3, readership);
                st.setString(4, username);
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
