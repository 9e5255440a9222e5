package cn.yingji.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class DynamicIndexSettingsTest {

    static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void replicasAndRefreshAreTakenShardsAndAnalysisAreNot() {
        var settings = JSON.readTree("""
                {"number_of_shards": 1, "auto_expand_replicas": "0-1", "refresh_interval": "1s",
                 "analysis": {"analyzer": {"zh": {"type": "custom", "tokenizer": "standard"}}}}""");
        assertThat(DynamicIndexSettings.of(settings))
                .containsExactly(entry("auto_expand_replicas", "0-1"), entry("refresh_interval", "1s"));
    }

    @Test
    void nestedAndPrefixedNamesAreRead() {
        var settings = JSON.readTree("""
                {"index": {"number_of_replicas": 0, "highlight": {"max_analyzed_offset": 2000000}},
                 "index.max_result_window": 20000, "index.codec": "best_compression"}""");
        assertThat(DynamicIndexSettings.of(settings)).containsExactly(entry("highlight.max_analyzed_offset", "2000000"),
                entry("max_result_window", "20000"), entry("number_of_replicas", "0"));
    }

    @Test
    void everyIndexOfTheAppGetsOneReplicaOnAClusterAndNoneOnOneNode() {
        for (String kind : new String[] {"plans", "cases", "experts", "drills"}) {
            var definition = JSON.readTree(getClass().getResourceAsStream("/search/yingji-" + kind + ".json"));
            assertThat(DynamicIndexSettings.of(definition.get("settings"))).as(kind)
                    .containsEntry("auto_expand_replicas", "0-1").doesNotContainKey("number_of_replicas");
        }
    }

    /**
     * Highlighting finds an item's marks per term (the unified highlighter's postings with their offsets), not by
     * matching the whole query again per hit ("weight matches"): that took 4× the time of the hit's search at 2 M
     * plans (docs/benchmarks.md). An existing index takes the setting without a rebuild.
     */
    @Test
    void everyIndexThatHighlightsMarksTermsWithoutMatchingTheWholeQueryAgain() {
        for (String kind : new String[] {"plans", "cases", "drills"}) {
            var definition = JSON.readTree(getClass().getResourceAsStream("/search/yingji-" + kind + ".json"));
            assertThat(DynamicIndexSettings.of(definition.get("settings"))).as(kind)
                    .containsEntry("highlight.weight_matches_mode.enabled", "false");
        }
    }
}
