package cn.yingji.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.search.SearchSource.Group;
import cn.yingji.search.SearchSource.Hit;
import cn.yingji.tenancy.Readership;
import cn.yingji.tenancy.SharingRule;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 全局检索 of a kind of record that has no search page of its own (事件, 信息报告, 预警): every word in its text
 * fields (analyzed per character), within the sharing and role rules of the kind ({@link SharingRule#filter}),
 * best matches first, highlighted in its prose fields. The one way such a kind answers unified search; an outage of
 * the search cluster answers an empty group ({@link SearchFailures}).
 */
@Component
public class RecordSearch {

    /**
     * A kind: its index and record entity (the sharing rule's name), the fields searched (with weights), the prose
     * fields a snippet comes from, and how a document becomes a hit.
     */
    public record Kind(String index, String entity, List<TextQuery.Field> fields, List<String> prose,
            Function<Found, Hit> hit) {
    }

    /** A document found: its id, its source, and its snippets (HTML-escaped, {@code <em>} marks). */
    public record Found(String id, Map<String, Object> source, List<String> snippets) {

        /** A text field of the source, or null. */
        public String text(String field) {
            Object value = source.get(field);
            return value == null ? null : value.toString();
        }
    }

    private final ElasticsearchClient es;
    private final JdbcScheduler blocking;

    RecordSearch(ElasticsearchClient es, JdbcScheduler blocking) {
        this.es = es;
        this.blocking = blocking;
    }

    /** Whether the viewer reads as the office does (not an expert's or an informant's readership). */
    public static boolean officeReads(Viewer viewer) {
        return Readership.of(viewer.roles()) == Readership.OFFICE;
    }

    /** The {@code size} best matches of {@code q} of this kind for this viewer, as unified search's group. */
    public Mono<Group> top(Viewer viewer, Kind kind, String q, int size) {
        return SearchFailures.guarded(blocking.call(() -> search(viewer, kind, q, size)),
                new Group(kind.entity(), 0, List.of()));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Group search(Viewer viewer, Kind kind, String q, int size) throws IOException {
        SearchResponse<Map> response = es.search(s -> s.index(kind.index()).size(size)
                .trackTotalHits(t -> t.enabled(true))
                .query(qb -> qb.bool(b -> {
                    b.filter(SharingRule.filter(viewer, kind.entity()));
                    TextQuery.allWords(b, q, TextQuery.Analysis.CHARACTERS, kind.fields(), List.of());
                    return b;
                }))
                .highlight(h -> {
                    h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>");
                    kind.prose().forEach(field -> h.fields(NamedValue.of(field,
                            HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(2)))));
                    return h;
                }), Map.class);
        List<Hit> hits = response.hits().hits().stream()
                .map(hit -> kind.hit().apply(new Found(hit.id(), (Map<String, Object>) hit.source(),
                        SearchSource.snippets(hit.highlight(), 2))))
                .toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new Group(kind.entity(), total, hits);
    }
}
