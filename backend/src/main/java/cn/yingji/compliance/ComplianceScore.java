package cn.yingji.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * 综合得分: {@code 100 × Σ wᵢ·rateᵢ / Σ wᵢ} over the components whose denominator is not zero, one decimal; no such
 * component → no score. A region that has recorded nothing — no plan in force, no filing, no drill held this year,
 * no corrective action, no campaign task — has no score either (无数据): its required plan system (the policy) and
 * its units' drill due dates are obligations, not records, and would otherwise score it 0 or, while no drill is
 * due yet, an unearned part. The weights are the tenant's policy {@code compliance.weights} (national defaults, a
 * province may override them). Rates, each in [0, 1]:
 * <ul>
 * <li>plansFiled = 应有已备案 / 应有预案</li>
 * <li>filedOnTime = 按时报备 / 已报备</li>
 * <li>evaluation = 1 − 逾期未评估 / 现行预案</li>
 * <li>drills = 1 − 逾期未演练 / 应演练对象</li>
 * <li>correctiveActions = 1 − 逾期未整改 / 整改措施</li>
 * <li>campaignTasks = 1 − 逾期任务 / 下达任务</li>
 * </ul>
 */
record ComplianceScore(Map<String, Integer> weights) {

    static final String PLANS_FILED = "plansFiled";
    static final String FILED_ON_TIME = "filedOnTime";
    static final String EVALUATION = "evaluation";
    static final String DRILLS = "drills";
    static final String CORRECTIVE_ACTIONS = "correctiveActions";
    static final String CAMPAIGN_TASKS = "campaignTasks";

    static ComplianceScore of(JsonNode policy) {
        JsonNode w = policy.required("compliance").required("weights");
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String key : new String[] {PLANS_FILED, FILED_ON_TIME, EVALUATION, DRILLS, CORRECTIVE_ACTIONS, CAMPAIGN_TASKS}) {
            int weight = w.required(key).asInt();
            if (weight < 0) {
                throw new IllegalStateException("compliance.weights." + key + " is negative: " + weight);
            }
            weights.put(key, weight);
        }
        return new ComplianceScore(java.util.Collections.unmodifiableMap(weights));
    }

    /** The score of these figures, or null when the region recorded nothing or no component has anything to measure. */
    Double score(TenantMetrics m) {
        if (!hasRecords(m)) {
            return null;
        }
        double weighted = 0;
        double total = 0;
        double[][] parts = {
                component(PLANS_FILED, m.get(Metric.PLANS_FILED), m.get(Metric.PLANS_REQUIRED)),
                component(FILED_ON_TIME, m.get(Metric.FILINGS_ON_TIME), m.get(Metric.FILINGS)),
                component(EVALUATION, m.get(Metric.PLANS_IN_FORCE) - m.get(Metric.EVALUATIONS_OVERDUE),
                        m.get(Metric.PLANS_IN_FORCE)),
                component(DRILLS, m.get(Metric.DRILL_ITEMS) - m.get(Metric.DRILLS_OVERDUE), m.get(Metric.DRILL_ITEMS)),
                component(CORRECTIVE_ACTIONS, m.get(Metric.ACTIONS_TOTAL) - m.get(Metric.ACTIONS_OVERDUE),
                        m.get(Metric.ACTIONS_TOTAL)),
                component(CAMPAIGN_TASKS, m.get(Metric.TASKS_TOTAL) - m.get(Metric.TASKS_OVERDUE), m.get(Metric.TASKS_TOTAL))};
        for (double[] part : parts) {
            weighted += part[0];
            total += part[1];
        }
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(100 * weighted / total).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Whether the figures count any record of the region's own making (not only the policy's obligations). */
    static boolean hasRecords(TenantMetrics m) {
        return m.get(Metric.PLANS_IN_FORCE) + m.get(Metric.FILINGS) + m.get(Metric.DRILLS_HELD)
                + m.get(Metric.ACTIONS_TOTAL) + m.get(Metric.TASKS_TOTAL) > 0;
    }

    /** {weight × rate, weight}, or {0, 0} when there is nothing to measure. */
    private double[] component(String key, int good, int of) {
        if (of == 0) {
            return new double[] {0, 0};
        }
        int weight = weights.get(key);
        return new double[] {weight * (double) good / of, weight};
    }
}
