package cn.yingji.search;

import static cn.yingji.db.Tables.OUTBOX;

import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * 发件箱: a business write records "entity X changed" in the same transaction, so search can never miss a
 * committed change nor see an uncommitted one. {@link SearchIndexer} drains it into Elasticsearch.
 */
@Component
public class Outbox {

    public void record(DSLContext tx, String entity, UUID id) {
        tx.insertInto(OUTBOX).set(OUTBOX.ENTITY, entity).set(OUTBOX.ENTITY_ID, id).execute();
    }
}
