package cn.yingji.cases;

import static cn.yingji.db.Tables.CASE_RECORD;
import static cn.yingji.db.Tables.CASE_STEP;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.yingji.search.SearchIndices;
import cn.yingji.search.TableDocuments;

/**
 * How a case becomes a document of the {@code yingji-cases} index: its words (title, summary, timeline, what
 * worked, problems, lessons — the fields {@link CaseQueries#TEXT_FIELDS} searches and compares), its facets
 * (event type, severity, province and city of the place, year) and the sharing fields its status decides.
 */
@Component
class CaseDocuments extends TableDocuments {


    CaseDocuments(SearchIndices indices) {
        super(Cases.ENTITY, indices, "cases", CASE_RECORD.ID);
    }

    @Override
    public Map<UUID, Document> documents(DSLContext indexer, Collection<UUID> ids) {
        Map<UUID, Document> docs = new HashMap<>();
        Map<UUID, List<String>> timelines = new HashMap<>();
        indexer.select(CASE_STEP.CASE_ID, CASE_STEP.DESCRIPTION).from(CASE_STEP).where(CASE_STEP.CASE_ID.in(ids))
                .orderBy(CASE_STEP.CASE_ID, CASE_STEP.POSITION)
                .forEach(r -> timelines.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        indexer.select(CASE_RECORD.fields())
                .select(org.jooq.impl.DSL.field("(select t.name from tenant t where t.code = {0})", String.class,
                        CASE_RECORD.TENANT_CODE).as("tenant_name"))
                .from(CASE_RECORD).where(CASE_RECORD.ID.in(ids))
                .forEach(r -> {
                    var c = r.into(CASE_RECORD);
                    Map<String, Object> source = ownerSource(c.getTenantPath().data(), c.getSharing(), c.getTenantCode(),
                            r.get("tenant_name", String.class));
                    source.put("status", c.getStatus().getLiteral());
                    source.put("title", c.getTitle());
                    source.put("summary", c.getSummary());
                    source.put("timeline", String.join("\n", timelines.getOrDefault(c.getId(), List.of())));
                    source.put("what_worked", c.getWhatWorked());
                    source.put("problems", c.getProblems());
                    source.put("lessons", c.getLessons());
                    source.put("place_text", c.getPlaceText());
                    source.put("event_type", c.getEventType());
                    source.put("severity", c.getSeverity().getLiteral());
                    source.put("classic", c.getClassic());
                    source.put("place_code", c.getPlaceCode());
                    source.put("place_name", c.getPlaceName());
                    source.put("province", c.getPlaceProvince());
                    source.put("city", c.getPlaceCity());
                    List<String> regions = new ArrayList<>(List.of(c.getPlaceProvince()));
                    if (c.getPlaceCity() != null) {
                        regions.add(c.getPlaceCity());
                    }
                    source.put("regions", regions);
                    source.put("year", String.valueOf(c.getOccurredOn().getYear()));
                    source.put("occurred_on", c.getOccurredOn().toString());
                    source.put("deaths", c.getDeaths());
                    source.put("updated_at", c.getUpdatedAt().toInstant().toString());
                    docs.put(c.getId(), new Document(c.getVersion(), source,
                            // what the case is about: title, summary, the start of its lessons
                            meaning(c.getTitle(), c.getSummary(), c.getLessons())));
                });
        return docs;
    }
}
