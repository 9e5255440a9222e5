package cn.yingji.search;

import static cn.yingji.db.Tables.OUTBOX;

import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Insert;
import org.springframework.stereotype.Component;

import cn.yingji.db.tables.records.OutboxRecord;

/**
 * 发件箱: a business write records "entity X changed" in the same transaction, so search can never miss a
 * committed change nor see an uncommitted one. {@link SearchIndexer} drains it into Elasticsearch.
 */
@Component
public class Outbox {

    public void record(DSLContext tx, String entity, UUID id) {
        queued(tx, entity, id).execute();
    }

    /** {@link #record}'s statement, for a caller that sends it with its own in one round trip. */
    public Insert<OutboxRecord> queued(DSLContext tx, String entity, UUID id) {
        return tx.insertInto(OUTBOX).set(OUTBOX.ENTITY, entity).set(OUTBOX.ENTITY_ID, id);
    }
}
