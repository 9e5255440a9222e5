package cn.yingji.compliance;

import java.util.Arrays;
import java.util.List;

import cn.yingji.platform.ApiException;

/**
 * 合规指标: the figures of the dashboard, one column each, every one a count of records (docs/compliance.md). The
 * order is the column order on screen and in the export.
 */
enum Metric {
    PLANS_REQUIRED("plans-required", "预案", "应有预案"),
    PLANS_FILED("plans-filed", "预案", "应有已备案"),
    PLANS_IN_FORCE("plans-in-force", "预案", "现行预案"),
    FILINGS("filings", "预案", "已报备"),
    FILINGS_ON_TIME("filings-on-time", "预案", "按时报备"),
    EVALUATIONS_OVERDUE("evaluations-overdue", "预案", "逾期未评估"),
    DRILL_ITEMS("drill-items", "演练", "应演练对象"),
    DRILLS_OVERDUE("drills-overdue", "演练", "逾期未演练"),
    DRILLS_HELD("drills-held", "演练", "本年已演练"),
    ACTIONS_TOTAL("actions-total", "整改", "整改措施"),
    ACTIONS_OVERDUE("actions-overdue", "整改", "逾期未整改"),
    EXPERTS("experts", "专家", "可调用专家"),
    EXPERT_TYPES("expert-types", "专家", "覆盖事件类型"),
    TASKS_TOTAL("tasks-total", "编修任务", "下达任务"),
    TASKS_DONE("tasks-done", "编修任务", "已销号"),
    TASKS_OVERDUE("tasks-overdue", "编修任务", "逾期任务");

    final String key;
    final String group;
    final String label;

    Metric(String key, String group, String label) {
        this.key = key;
        this.group = group;
        this.label = label;
    }

    static final List<ComplianceService.Column> COLUMNS = Arrays.stream(values())
            .map(m -> new ComplianceService.Column(m.key, m.group, m.label)).toList();

    static Metric fromKey(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw ApiException.badRequest("invalid-compliance-metric", "未知的合规指标：" + key + "，可选值："
                + String.join("、", Arrays.stream(values()).map(m -> m.key).toList()));
    }
}
