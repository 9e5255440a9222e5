package cn.yingji.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Test data written straight into the database as the owner role, for tenants whose demo users may not create it. */
public final class Fixtures {

    private Fixtures() {
    }

    /** An organization unit of kind department in the given tenant; returns its id. */
    public static String orgUnit(String tenantCode, String tenantPath, String name) {
        return orgUnit(tenantCode, tenantPath, name, "department");
    }

    /** An organization unit of the given kind (government, department, township, …); returns its id. */
    public static String orgUnit(String tenantCode, String tenantPath, String name, String kind) {
        try (var c = TestServices.ownerConnection()) {
            return orgUnit(c, tenantCode, tenantPath, name, kind);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same in the database of the given owner connection (a test with a database of its own). */
    public static String orgUnit(Connection c, String tenantCode, String tenantPath, String name, String kind) {
        try (PreparedStatement st = c.prepareStatement(
                "insert into org_unit (tenant_code, tenant_path, kind, name) values (?, ?::ltree, ?::org_unit_kind, ?) "
                        + "returning id::text")) {
            st.setString(1, tenantCode);
            st.setString(2, tenantPath);
            st.setString(3, kind);
            st.setString(4, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
