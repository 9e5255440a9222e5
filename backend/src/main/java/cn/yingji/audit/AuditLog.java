package cn.yingji.audit;

import static cn.yingji.db.Tables.AUDIT_LOG;

import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.WithStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.tenancy.PersonDirectory;
import cn.yingji.tenancy.Viewer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 审计日志: every state change writes who, which tenant, what, before and after — inside the same
 * transaction as the change, so there is never a change without its trail. The database lets the API
 * insert and read audit rows, never update or delete them.
 * <p>
 * The trail is read by the record's tenant and every tier above it (oversight), so a snapshot keeps nothing
 * those readers may not see in the record itself ({@link #redact}).
 */
@Component
public class AuditLog {

    /** Personal contact details (an expert's phone and e-mail): never copied into a trail. */
    static final Set<String> PERSONAL = Set.of("phone", "email");
    /** What a snapshot of a private record (a draft) keeps: which record, in which state — not its content. */
    static final Set<String> PRIVATE_KEPT = Set.of("id", "status", "sharing", "version", "versionNo");

    private final JsonMapper json;

    AuditLog(JsonMapper json) {
        this.json = json;
    }

    public void record(DSLContext tx, Viewer actor, String action, String entity, Object id, Object before,
            Object after) {
        record(tx, actor, action, entity, id, before, after, List.of());
    }

    /**
     * {@link #record(DSLContext, Viewer, String, String, Object, Object, Object)} with other inserts of the same
     * change ({@code alongside}, e.g. its search outbox row), all sent as one statement.
     */
    public void record(DSLContext tx, Viewer actor, String action, String entity, Object id, Object before,
            Object after, List<? extends Query> alongside) {
        JsonNode beforeNode = before == null ? null : json.valueToTree(before);
        JsonNode afterNode = after == null ? null : json.valueToTree(after);
        boolean privateRecord = isPrivate(beforeNode) || isPrivate(afterNode);
        // the trail names people from our records (人员名录): whoever changes something is registered, in the
        // same statement (one round trip: a write's transaction holds its connection for each one)
        // (a WITH of inserts without RETURNING: the API's role may not read what it queues, e.g. the outbox)
        WithStep with = tx.with("registered").as(DSL.resultQuery("{0}", PersonDirectory.registration(tx, actor)));
        for (int i = 0; i < alongside.size(); i++) {
            with = with.with("alongside" + i).as(DSL.resultQuery("{0}", alongside.get(i)));
        }
        with.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR, actor.username())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, String.valueOf(id))
                .set(AUDIT_LOG.BEFORE, jsonb(redact(beforeNode, privateRecord)))
                .set(AUDIT_LOG.AFTER, jsonb(redact(afterNode, privateRecord)))
                .execute();
    }

    /**
     * The snapshot as the trail keeps it: without personal contact details at any depth, and of a record that is
     * private on either side of the change, only {@link #PRIVATE_KEPT}.
     */
    static JsonNode redact(JsonNode snapshot, boolean privateRecord) {
        if (snapshot instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            if (privateRecord) {
                copy.retain(PRIVATE_KEPT);
            }
            strip(copy);
            return copy;
        }
        return snapshot;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            PERSONAL.forEach(object::remove);
        }
        node.values().forEach(AuditLog::strip);
    }

    private static boolean isPrivate(JsonNode snapshot) {
        return snapshot != null && "private".equals(snapshot.path("sharing").asString(""));
    }

    private JSONB jsonb(JsonNode value) {
        return value == null ? null : JSONB.valueOf(json.writeValueAsString(value));
    }
}
