package cn.yingji.records;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Component;

import cn.yingji.audit.AuditLog;
import cn.yingji.platform.ApiException;
import cn.yingji.search.Outbox;
import cn.yingji.tenancy.Viewer;

/**
 * 版本化写入: the one way a feature changes a versioned record — the version check (乐观锁), the audit trail and the
 * search outbox, all in the caller's transaction, so a lost race changes nothing and a change never lacks its trail
 * or its search document. Features declare their table once as a {@link Versioned} and write through here.
 */
@Component
public class RecordWrites {

    private final AuditLog audit;
    private final Outbox outbox;

    RecordWrites(AuditLog audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    /**
     * Applies {@code changes} to the row of {@code before} if it is still at version {@code expected}: bumps the
     * version, stamps {@code updated_at} and returns the row as written; 409 {@code version-conflict} otherwise.
     */
    public <R extends Record> R update(DSLContext dsl, Versioned<R> type, R before, int expected,
            UpdateSetMoreStep<R> changes) {
        var update = changes.set(type.version(), type.version().plus(1));
        if (type.updatedAt() != null) {
            update = update.set(type.updatedAt(), OffsetDateTime.now());
        }
        R after = update.where(type.id().eq(before.get(type.id()))).and(type.version().eq(expected))
                .returning().fetchOne();
        if (after == null) {
            throw conflict(type, before);
        }
        return after;
    }

    /** Deletes the row of {@code before} if it is still at version {@code expected}; 409 otherwise. */
    public <R extends Record> void delete(DSLContext dsl, Versioned<R> type, R before, int expected) {
        if (dsl.deleteFrom(type.table()).where(type.id().eq(before.get(type.id())))
                .and(type.version().eq(expected)).execute() == 0) {
            throw conflict(type, before);
        }
    }

    /** For a write that leaves the row itself unchanged (a new version beside it): 409 unless it is at {@code expected}. */
    public <R extends Record> void expect(Versioned<R> type, R before, int expected) {
        if (before.get(type.version()) != expected) {
            throw conflict(type, before);
        }
    }

    /** 409 {@code version-conflict}: someone else changed the record since the caller read it. */
    public <R extends Record> ApiException conflict(Versioned<R> type, R current) {
        return ApiException.conflict("version-conflict",
                "该" + type.noun() + "已被他人修改（当前版本 " + current.get(type.version()) + "），请刷新后重试");
    }

    /**
     * Records one change: its audit trail with the views before and after ({@code null} before a creation, after a
     * deletion), and when the type is indexed, its search document's rebuilding.
     */
    public void written(DSLContext dsl, Viewer viewer, Versioned<?> type, String action, UUID id, Object before,
            Object after) {
        // one statement: each round trip of a write holds its connection a while longer under load
        audit.record(dsl, viewer, action, type.entity(), id, before, after,
                type.indexed() ? List.of(outbox.queued(dsl, type.entity(), id)) : List.of());
    }

    /**
     * Records a change of a record without a version of its own (a filing's decision, an evaluation, a step of a
     * record's history): its audit trail only.
     */
    public void audited(DSLContext dsl, Viewer viewer, String entity, String action, Object id, Object before,
            Object after) {
        audit.record(dsl, viewer, action, entity, id, before, after);
    }

    /** Queues another record's search document whose content the change moves (a drill counts its actions). */
    public void reindex(DSLContext dsl, Versioned<?> type, UUID id) {
        outbox.record(dsl, type.entity(), id);
    }
}
