package cn.yingji.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.TableField;

import cn.yingji.db.enums.Sharing;
import cn.yingji.db.enums.TenantTier;
import cn.yingji.tenancy.SharingRule;

/**
 * An {@link IndexedEntity} whose records are the rows of one tenant-owned table keyed by a uuid: the entity, the
 * index and the rebuild are said once here, and every document starts with the same owner fields.
 */
public abstract class TableDocuments implements IndexedEntity {

    private final String entity;
    private final String index;
    private final String definition;
    private final TableField<?, UUID> id;

    /** {@code kind}: the index's name without the prefix ({@code plans}); its definition is {@code search/yingji-<kind>.json}. */
    protected TableDocuments(String entity, SearchIndices indices, String kind, TableField<?, UUID> id) {
        this.entity = entity;
        this.index = indices.name(kind);
        this.definition = "search/yingji-" + kind + ".json";
        this.id = id;
    }

    @Override
    public final String entity() {
        return entity;
    }

    @Override
    public final String index() {
        return index;
    }

    @Override
    public final String definition() {
        return definition;
    }

    /** The table's ids in primary-key order, {@code batchSize} at a time. */
    @Override
    public final void allIds(DSLContext indexer, int batchSize, Consumer<Collection<UUID>> batch) {
        UUID after = new UUID(0, 0); // the smallest uuid in PostgreSQL's byte order
        while (true) {
            var ids = indexer.select(id).from(id.getTable()).where(id.gt(after)).orderBy(id).limit(batchSize).fetch(id);
            if (ids.isEmpty()) {
                return;
            }
            batch.accept(ids);
            after = ids.getLast();
        }
    }

    /** A new (mutable) document source with the sharing fields and the owning tenant's code and name. */
    protected static Map<String, Object> ownerSource(String tenantPath, Sharing sharing, String tenantCode,
            String tenantName) {
        Map<String, Object> source = new HashMap<>(SharingRule.documentFields(tenantPath, sharing));
        source.put("tenant_code", tenantCode);
        source.put("tenant_name", tenantName);
        return source;
    }

    /**
     * The text a record's sentence vector is computed from: the parts that say what it is about, most telling
     * first, one per line (empty ones left out), cut where the model stops reading ({@link Embeddings}).
     */
    protected static String meaning(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.strip());
            }
        }
        return Embeddings.cut(text.toString());
    }

    /** {@link #ownerSource} with the owning tenant's tier. */
    protected static Map<String, Object> ownerSource(String tenantPath, Sharing sharing, String tenantCode,
            String tenantName, TenantTier tier) {
        Map<String, Object> source = ownerSource(tenantPath, sharing, tenantCode, tenantName);
        source.put("tier", tier.getLiteral());
        return source;
    }
}
