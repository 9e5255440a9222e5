package cn.yingji.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import cn.yingji.tenancy.TenantRef;

/**
 * Plain-JDBC access as the API's database role, the way {@code TenantTx} does it: tenant set per transaction. One
 * connection per thread, kept: the settings are transaction-local ({@code set_config(..., true)}) and every
 * transaction ends in a commit or a rollback, so nothing carries over — and the isolation matrix's thousands of
 * transactions do not each pay for a login (SCRAM).
 */
public final class AppRole {

    private static final ThreadLocal<Connection> CONNECTION = new ThreadLocal<>();
    /** Whether the thread's connection is in a transaction: work that calls in again gets a connection of its own. */
    private static final ThreadLocal<Boolean> BUSY = ThreadLocal.withInitial(() -> false);

    private AppRole() {
    }

    private static Connection connection() throws SQLException {
        Connection c = CONNECTION.get();
        if (c == null || c.isClosed()) {
            c = TestServices.appConnection();
            c.setAutoCommit(false);
            CONNECTION.set(c);
        }
        return c;
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
        if (BUSY.get()) {
            try (Connection own = TestServices.appConnection()) {
                own.setAutoCommit(false);
                return inTransaction(own, tenant, readership, username, work);
            }
        }
        BUSY.set(true);
        try {
            return inTransaction(connection(), tenant, readership, username, work);
        } finally {
            BUSY.set(false);
        }
    }

    private static <T> T inTransaction(Connection c, TenantRef tenant, String readership, String username,
            SqlWork<T> work) throws SQLException {
        try {
            try (PreparedStatement st = c.prepareStatement("select set_config('app.tenant_path', ?, true), "
                    + "set_config('app.tenant_code', ?, true), set_config('app.readership', ?, true), "
                    + "set_config('app.username', ?, true)")) {
                st.setString(1, tenant.path());
                st.setString(2, tenant.code());
                st.setString(3, readership);
                st.setString(4, username);
                st.execute();
            }
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                c.rollback();
            } catch (SQLException broken) {
                // a connection that cannot even roll back is replaced on the next call
                c.close();
            }
            throw e;
        }
    }
}
