package cn.yingji.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;

/** The filters every feature's search builds the same way. */
public final class SearchFilters {

    private SearchFilters() {
    }

    /** A facet's term filter, when the request chose a value for it (blank means: any). */
    public static void term(List<Query> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(QueryBuilders.term(t -> t.field(field).value(FieldValue.of(value.strip()))));
        }
    }
}
