package cn.yingji.records;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * 版本化记录类型: a table whose rows carry an optimistic version (乐观锁), declared once for the one versioned write
 * ({@link RecordWrites}).
 *
 * @param entity    the record's name in the audit trail (审计日志) and, when {@code indexed}, in the search outbox
 * @param noun      its Chinese word in the conflict message (「该<b>预案</b>已被他人修改…」)
 * @param updatedAt set to now by every write; {@code null} for a table without one
 * @param indexed   whether its own search document is rebuilt on every change (发件箱)
 */
public record Versioned<R extends Record>(String entity, String noun, Table<R> table, Field<UUID> id,
        Field<Integer> version, Field<OffsetDateTime> updatedAt, boolean indexed) {

    /** A record type with a search document of its own. */
    public static <R extends Record> Versioned<R> indexed(String entity, String noun, Table<R> table, Field<UUID> id,
            Field<Integer> version, Field<OffsetDateTime> updatedAt) {
        return new Versioned<>(entity, noun, table, id, version, updatedAt, true);
    }

    /** A record type kept in PostgreSQL only (or indexed through another's document). */
    public static <R extends Record> Versioned<R> stored(String entity, String noun, Table<R> table, Field<UUID> id,
            Field<Integer> version, Field<OffsetDateTime> updatedAt) {
        return new Versioned<>(entity, noun, table, id, version, updatedAt, false);
    }
}
