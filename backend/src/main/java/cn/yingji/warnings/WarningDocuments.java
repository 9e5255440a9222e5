package cn.yingji.warnings;

import static cn.yingji.db.Tables.TENANT;
import static cn.yingji.db.Tables.WARNING;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.yingji.search.SearchIndices;
import cn.yingji.search.TableDocuments;

/**
 * How a warning becomes a document of the {@code yingji-warnings} index: its words (headline, description,
 * instruction, area), hazard, level, status and message, and the sharing fields (a draft the office's alone, a
 * published one its tiers' above and below).
 */
@Component
class WarningDocuments extends TableDocuments {

    WarningDocuments(SearchIndices indices) {
        super(Warnings.ENTITY, indices, "warnings", WARNING.ID);
    }

    @Override
    public Map<UUID, Document> documents(DSLContext indexer, Collection<UUID> ids) {
        Map<UUID, Document> docs = new HashMap<>();
        indexer.select(WARNING.fields()).select(TENANT.NAME, TENANT.TIER).from(WARNING)
                .join(TENANT).on(TENANT.CODE.eq(WARNING.TENANT_CODE))
                .where(WARNING.ID.in(ids))
                .forEach(r -> {
                    var w = r.into(WARNING);
                    Map<String, Object> source = ownerSource(w.getTenantPath().data(), w.getSharing(), w.getTenantCode(),
                            r.get(TENANT.NAME), r.get(TENANT.TIER));
                    source.put("headline", w.getHeadline());
                    source.put("description", w.getDescription());
                    source.put("instruction", w.getInstruction());
                    source.put("area_desc", w.getAreaDesc());
                    source.put("hazard", w.getHazard());
                    source.put("level", w.getLevel().getLiteral());
                    source.put("status", w.getStatus().getLiteral());
                    source.put("message", w.getMessage().getLiteral());
                    source.put("onset", w.getOnset().toInstant().toString());
                    docs.put(w.getId(), new Document(w.getVersion(), source));
                });
        return docs;
    }
}
