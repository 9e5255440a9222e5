package cn.yingji.search;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;

/**
 * A kind of record that is searchable: the feature that owns it says how to turn rows into documents.
 * Documents must carry {@code SharingRule.documentFields} so every search can apply the sharing filter
 * ({@link TableDocuments} does, for the rows of one table).
 */
public interface IndexedEntity {

    /** The outbox entity name, e.g. {@code plan}. */
    String entity();

    /** The Elasticsearch index (its name carries the prefix of {@link SearchIndices}). */
    String index();

    /** The classpath resource with the index's settings and mappings, e.g. {@code search/yingji-plans.json}. */
    String definition();

    /** The current documents of these rows (rows that no longer exist are simply absent). */
    Map<UUID, Document> documents(DSLContext indexer, Collection<UUID> ids);

    /** Every row id, in batches, for a rebuild from PostgreSQL. */
    void allIds(DSLContext indexer, int batchSize, Consumer<Collection<UUID>> batch);

    /**
     * A document and the row version it was built from (Elasticsearch's external version: replays are harmless).
     * {@code meaning} is the text its sentence vector is computed from (语义检索: what the record is about, a few
     * hundred characters at most; {@link Embeddings}), null for a kind searched by its words only.
     */
    record Document(long version, Map<String, Object> source, String meaning) {

        public Document(long version, Map<String, Object> source) {
            this(version, source, null);
        }
    }
}
