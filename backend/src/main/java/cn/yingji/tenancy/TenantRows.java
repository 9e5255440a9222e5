package cn.yingji.tenancy;

import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import cn.yingji.platform.ApiException;

/**
 * One tenant-owned row by id, the way every feature loads it: as row-level security shows it to the viewer (404
 * when hidden, never 403, so a hidden row's existence does not leak), and for a change owned by the viewer's tenant.
 */
public final class TenantRows {

    private TenantRows() {
    }

    /** The row, or 404 {@code code}: 未找到{what} {id}，或不在您的可见范围内. */
    public static <R extends TableRecord<R>> R load(DSLContext dsl, Table<R> table, Field<UUID> idField, UUID id,
            String code, String what) {
        return load(dsl, table, idField, id, DSL.noCondition(), code, what);
    }

    /** {@link #load(DSLContext, Table, Field, UUID, String, String)} of a row that must also meet {@code visible}. */
    public static <R extends TableRecord<R>> R load(DSLContext dsl, Table<R> table, Field<UUID> idField, UUID id,
            Condition visible, String code, String what) {
        R row = dsl.selectFrom(table).where(idField.eq(id)).and(visible).fetchOne();
        if (row == null) {
            throw ApiException.notFound(code, "未找到" + what + " " + id + "，或不在您的可见范围内");
        }
        return row;
    }

    /** The row when the viewer's tenant owns it (its {@code tenant_code}); otherwise 403 {@code not-owner}. */
    public static <R extends TableRecord<R>> R own(Viewer viewer, R row, String detail) {
        if (!viewer.tenant().code().equals(row.get("tenant_code", String.class))) {
            throw ApiException.forbidden("not-owner", detail);
        }
        return row;
    }
}
