package cn.yingji.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Like;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

import cn.yingji.db.enums.CaseStatus;
import cn.yingji.platform.ApiException;
import cn.yingji.search.MatchMode;
import cn.yingji.search.SearchFilters;
import cn.yingji.search.TextQuery;
import cn.yingji.tenancy.SharingRule;
import cn.yingji.tenancy.Viewer;

/**
 * Every Elasticsearch query of the case library, built in one place: the words of a search, "more like this",
 * the facet filters, the sharing filter and the highlights. The text fields are segmented into Chinese words
 * ({@value TextQuery#WORDS_ANALYZER}) with a per-character subfield for exact phrases (docs/search.md).
 */
final class CaseQueries {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_DESCRIPTION_LENGTH = 2000;
    /** The score a similar case of the same event type gains (more-like-this scores run from about 10 to 80). */
    static final float SAME_TYPE_BONUS = 40f;
    /** The words of a case, searched and compared. */
    static final List<String> TEXT_FIELDS = List.of("title", "summary", "timeline", "what_worked", "problems", "lessons");
    /** Facets: event type, severity, region (province and city of the place: filter {@code region}), year. */
    static final List<String> FACETS = List.of("event_type", "severity", "province", "city", "year");

    private CaseQueries() {
    }

    /** The search text, stripped; 400 past {@link #MAX_QUERY_LENGTH} characters. */
    static String searchText(String q) {
        String text = q == null ? "" : q.strip();
        if (text.codePointCount(0, text.length()) > MAX_QUERY_LENGTH) {
            throw ApiException.badRequest("search-query-too-long", "检索词不能超过 " + MAX_QUERY_LENGTH + " 个字");
        }
        return text;
    }

    /** A description of an unfolding event, stripped; 400 when empty or past {@link #MAX_DESCRIPTION_LENGTH}. */
    static String description(String text) {
        String d = text == null ? "" : text.strip();
        if (d.isEmpty()) {
            throw ApiException.badRequest("validation-failed", "请描述正在发生的事件 description");
        }
        if (d.codePointCount(0, d.length()) > MAX_DESCRIPTION_LENGTH) {
            throw ApiException.badRequest("case-description-too-long",
                    "事件描述不能超过 " + MAX_DESCRIPTION_LENGTH + " 个字，请概括要点");
        }
        return d;
    }

    /**
     * Every whitespace-separated word must match in one of the text fields, as its words or as an exact phrase of
     * its characters (the title weighs most; {@link TextQuery}), or as one of its {@code alternatives} (the viewer's
     * province's search terms); for {@link MatchMode#PARTIAL}, one clause that asks for any of them. Nothing is
     * parsed as query syntax.
     */
    static List<Query> words(String q, String match, Function<String, List<String>> alternatives) {
        BoolQuery.Builder words = new BoolQuery.Builder();
        TextQuery.match(words, match, q, TextQuery.Analysis.WORDS,
                TEXT_FIELDS.stream().map(f -> f.equals("title") ? new TextQuery.Field(f, 3f) : TextQuery.Field.body(f))
                        .toList(), List.of(),
                alternatives);
        BoolQuery built = words.build();
        return built.should().isEmpty() ? built.must() : List.of(built._toQuery());
    }

    /** What the viewer may read: the sharing rule (RLS's twin), and for experts and administrators published cases. */
    static List<Query> visibleTo(Viewer viewer) {
        List<Query> filters = new ArrayList<>();
        filters.add(SharingRule.filter(viewer, Cases.ENTITY));
        if (CaseWorkflow.publishedOnly(viewer.roles())) {
            filters.add(QueryBuilders.term(t -> t.field("status").value(CaseStatus.published.getLiteral())));
        }
        return filters;
    }

    /** The facet filters a search chose: event type, severity, region (a province or city name), year. */
    static List<Query> facetFilters(String eventType, String severity, String region, String year) {
        List<Query> filters = new ArrayList<>();
        SearchFilters.term(filters, "event_type", eventType);
        SearchFilters.term(filters, "severity", severity);
        SearchFilters.term(filters, "regions", region);
        SearchFilters.term(filters, "year", year);
        return filters;
    }

    /**
     * More like this: the words that best tell the given cases or texts apart from the rest of the library, over the
     * text fields; and cases of the same kind of emergency first. 40 terms, of which a tenth must match (a long
     * narrative shares few of its top words with a short case), and a same-type bonus of the order of a good text
     * score, so that a flood's similar cases are floods before a derailment told in the same office prose. Small
     * libraries need {@code minDocFreq} 1.
     */
    static Query similarTo(List<Like> like, List<String> eventTypes) {
        Query text = QueryBuilders.moreLikeThis(m -> m.fields(TEXT_FIELDS).like(like)
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("10%"));
        if (eventTypes.isEmpty()) {
            return text;
        }
        List<FieldValue> types = eventTypes.stream().map(FieldValue::of).toList();
        return QueryBuilders.bool(b -> b.must(text).should(QueryBuilders.constantScore(c -> c.boost(SAME_TYPE_BONUS)
                .filter(QueryBuilders.terms(t -> t.field("event_type").terms(v -> v.value(types)))))));
    }

    static Like likeCase(String index, String id) {
        return Like.of(l -> l.document(d -> d.index(index).id(id)));
    }

    static Like likeText(String text) {
        return Like.of(l -> l.text(text));
    }

    /** Highlights, HTML-escaped, marked with {@code <em>}: the whole title, and snippets of the other fields. */
    static Highlight highlight() {
        return Highlight.of(h -> {
            h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                    .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0)
                            .matchedFields("title", "title" + TextQuery.CHARS))));
            for (String field : TEXT_FIELDS.subList(1, TEXT_FIELDS.size())) {
                h.fields(NamedValue.of(field, HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(2)
                        .matchedFields(field, field + TextQuery.CHARS))));
            }
            return h;
        });
    }
}
