package cn.yingji.bulletins;

import cn.yingji.compliance.ComplianceService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A month's compliance dashboard as the bulletin's table: the tenant's own line, its regions by rank, the total. */
final class BulletinTable {

    private static final Map<String, String> WEIGHT_LABELS = Map.of("plansFiled", "预案备案率", "filedOnTime",
            "按时报备率", "evaluation", "评估按期率", "drills", "演练按期率", "correctiveActions", "整改按期率",
            "campaignTasks", "编修任务按期率");

    private BulletinTable() {
    }

    static BulletinDocuments.Table of(ComplianceService.Dashboard dashboard) {
        List<String> header = new ArrayList<>();
        header.add("地区");
        dashboard.columns().forEach(c -> header.add(c.label()));
        header.add("综合得分");
        header.add("排名");
        List<List<String>> rows = new ArrayList<>();
        for (ComplianceService.Row row : dashboard.rows()) {
            rows.add(line(dashboard, row, row.tenantName()));
        }
        if (dashboard.total() != null) {
            rows.add(line(dashboard, dashboard.total(), "合计"));
        }
        List<String> notes = new ArrayList<>();
        StringBuilder weights = new StringBuilder("综合得分 = 100 × Σ(权重 × 达标率) ÷ Σ权重，仅计入有统计对象的项目。权重：");
        dashboard.weights().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> weights.append(WEIGHT_LABELS.getOrDefault(e.getKey(), e.getKey())).append(' ')
                        .append(e.getValue()).append('；'));
        notes.add(weights.toString());
        notes.add("“—”表示该月无统计数据。排名按综合得分在下级地区中排列。");
        return new BulletinDocuments.Table(dashboard.tenant().name(), dashboard.month(),
                dashboard.asOf() == null ? "—" : dashboard.asOf().toString(),
                header, rows, notes);
    }

    private static List<String> line(ComplianceService.Dashboard dashboard, ComplianceService.Row row, String name) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        dashboard.columns().forEach(c -> {
            Integer value = row.values() == null ? null : row.values().get(c.key());
            cells.add(value == null ? "—" : value.toString());
        });
        cells.add(row.score() == null ? "—" : String.format("%.1f", row.score()));
        cells.add(row.rank() == null ? "" : row.rank().toString());
        return cells;
    }
}
