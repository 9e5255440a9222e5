package cn.yingji.compliance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures of one tenant, or of a subtree rolled up: counts add up, the event types covered by experts are a
 * union (two counties covering 地震 cover one type, not two).
 */
record TenantMetrics(Map<Metric, Integer> counts, Set<String> expertTypes) {

    TenantMetrics {
        counts = new EnumMap<>(counts);
        counts.put(Metric.EXPERT_TYPES, expertTypes.size());
        expertTypes = Set.copyOf(new TreeSet<>(expertTypes));
    }

    static TenantMetrics zero() {
        return new TenantMetrics(new EnumMap<>(Metric.class), Set.of());
    }

    int get(Metric metric) {
        return counts.getOrDefault(metric, 0);
    }

    TenantMetrics plus(TenantMetrics other) {
        Map<Metric, Integer> sum = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            sum.put(m, get(m) + other.get(m));
        }
        Set<String> types = new TreeSet<>(expertTypes);
        types.addAll(other.expertTypes);
        return new TenantMetrics(sum, types);
    }

    /** The counts by column key, in column order, as the API returns them. */
    Map<String, Integer> values() {
        Map<String, Integer> values = new java.util.LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            values.put(m.key, get(m));
        }
        return values;
    }
}
