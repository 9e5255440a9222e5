package cn.yingji.search;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * The settings of an index definition ({@code search/<index>.json}) that Elasticsearch lets a live index change:
 * the indexer applies them to an index created by an earlier version (e.g. {@code auto_expand_replicas}, which gives
 * an index one replica on a cluster and none on a single node). The others — shards, analysis — are fixed at
 * creation; changing them is a new layout (docs/search.md).
 */
final class DynamicIndexSettings {

    /** Elasticsearch's dynamic index settings (index modules reference) that an index definition may carry. */
    private static final Set<String> DYNAMIC = Set.of("number_of_replicas", "auto_expand_replicas", "refresh_interval",
            "max_result_window", "max_inner_result_window", "max_rescore_window", "max_docvalue_fields_search",
            "max_script_fields", "max_ngram_diff", "max_shingle_diff", "max_refresh_listeners", "analyze.max_token_count",
            "highlight.max_analyzed_offset", "highlight.weight_matches_mode.enabled",
            "max_terms_count", "max_regex_length", "query.default_field",
            "search.idle.after", "unassigned.node_left.delayed_timeout", "mapping.total_fields.limit",
            "mapping.depth.limit", "mapping.nested_fields.limit", "default_pipeline", "final_pipeline");

    private DynamicIndexSettings() {
    }

    /**
     * The dynamic settings among a definition's {@code settings} (keys nested or dotted, with or without the
     * {@code index.} prefix), as flat names without that prefix, sorted; values as written (text).
     */
    static Map<String, String> of(JsonNode settings) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", settings, flat);
        Map<String, String> dynamic = new TreeMap<>();
        flat.forEach((name, value) -> {
            String bare = name.startsWith("index.") ? name.substring("index.".length()) : name;
            if (DYNAMIC.contains(bare)) {
                dynamic.put(bare, value);
            }
        });
        return dynamic;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix + e.getKey() + ".", e.getValue(), into));
        } else if (!prefix.isEmpty()) {
            into.put(prefix.substring(0, prefix.length() - 1), node.isArray() ? node.toString() : node.asString());
        }
    }
}
