package cn.yingji.audit;

import static cn.yingji.db.Tables.AUDIT_LOG;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;

import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.Viewer;
import tools.jackson.databind.json.JsonMapper;

/**
 * 审计日志: every state change writes who, which tenant, what, before and after — inside the same
 * transaction as the change, so there is never a change without its trail. The database lets the API
 * insert and read audit rows, never update or delete them.
 */
@Component
public class AuditLog {

    private final JsonMapper json;

    AuditLog(JsonMapper json) {
        this.json = json;
    }

    public void record(DSLContext tx, Viewer actor, String action, String entity, Object id, Object before,
            Object after) {
        // the trail names people from our records (人员名录): whoever changes something is registered
        PersonDirectory.register(tx, actor);
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR, actor.username())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, String.valueOf(id))
                .set(AUDIT_LOG.BEFORE, jsonb(before))
                .set(AUDIT_LOG.AFTER, jsonb(after))
                .execute();
    }

    private JSONB jsonb(Object value) {
        return value == null ? null : JSONB.valueOf(json.writeValueAsString(value));
    }
}
