package cn.yingji.experts;

import static cn.yingji.db.Tables.EXPERT;
import static cn.yingji.db.Tables.EXPERT_INVOCATION;
import static cn.yingji.db.Tables.TENANT;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.db.enums.InvocationStatus;
import cn.yingji.search.SearchIndices;
import cn.yingji.search.TableDocuments;

/** How an expert row becomes a document of the {@code yingji-experts} index (with their 考核 record). */
@Component
class ExpertDocuments extends TableDocuments {


    ExpertDocuments(SearchIndices indices) {
        super(Experts.ENTITY, indices, "experts", EXPERT.ID);
    }

    @Override
    public Map<UUID, Document> documents(DSLContext indexer, Collection<UUID> ids) {
        Map<UUID, Document> docs = new HashMap<>();
        indexer.select(EXPERT.fields()).select(TENANT.NAME, TENANT.TIER)
                .from(EXPERT).join(TENANT).on(TENANT.CODE.eq(EXPERT.TENANT_CODE))
                .where(EXPERT.ID.in(ids))
                .forEach(r -> {
                    var e = r.into(EXPERT);
                    Map<String, Object> source = ownerSource(e.getTenantPath().data(), e.getSharing(), e.getTenantCode(),
                            r.get(TENANT.NAME), r.get(TENANT.TIER));
                    source.put("name", e.getName());
                    source.put("organization", e.getOrganization());
                    source.put("organization_key", ConflictOfInterest.organizationKey(e.getOrganization()));
                    source.put("title", e.getTitle());
                    source.put("specialties", Arrays.asList(e.getSpecialties()));
                    source.put("level", e.getLevel().getLiteral());
                    source.put("availability", e.getAvailability().getLiteral());
                    source.put("in_pool", e.getInPool());
                    source.put("affiliation_unit_id", e.getAffiliationUnitId() == null ? null
                            : e.getAffiliationUnitId().toString());
                    source.put("completed_invocations", 0);
                    source.put("average_score", null);
                    source.put("updated_at", e.getUpdatedAt().toInstant().toString());
                    docs.put(e.getId(), new Document(e.getVersion(), source,
                            // what an expert knows: never the name (a name means nothing; it is searched exactly)
                            meaning(e.getOrganization(), e.getTitle(), String.join("、", e.getSpecialties()))));
                });
        indexer.select(EXPERT_INVOCATION.EXPERT_ID, DSL.count(), DSL.avg(EXPERT_INVOCATION.SCORE))
                .from(EXPERT_INVOCATION)
                .where(EXPERT_INVOCATION.EXPERT_ID.in(docs.keySet()))
                .and(EXPERT_INVOCATION.STATUS.eq(InvocationStatus.completed))
                .groupBy(EXPERT_INVOCATION.EXPERT_ID)
                .forEach(r -> {
                    Map<String, Object> source = docs.get(r.value1()).source();
                    source.put("completed_invocations", r.value2());
                    source.put("average_score", r.value3() == null ? null : r.value3().doubleValue());
                });
        return docs;
    }
}
