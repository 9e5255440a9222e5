package cn.yingji.plans;

import java.util.ArrayList;
import java.util.List;

import cn.yingji.plans.PlanViews.Plan;
import cn.yingji.platform.Spreadsheets;

/** 导出: a plan list as .xlsx, exactly the rows the viewer's filters and scope produce. */
public final class PlanExport {

    private static final List<String> HEADERS = List.of("预案名称", "类别", "事件类型", "状态", "文号", "印发日期",
            "行政区划代码", "版本", "下次评估期限", "评估状态", "更新时间");

    private PlanExport() {
    }

    /** @param total how many plans matched: when more than {@code plans}, the file says it is cut */
    static byte[] xlsx(List<Plan> plans, long total) {
        return Spreadsheets.xlsx("应急预案", HEADERS, plans.stream().map(p -> {
            List<Object> row = new ArrayList<>();
            row.add(p.title());
            row.add(categoryLabel(p.category()));
            row.add(String.join("、", p.eventTypes()));
            row.add(p.statusLabel());
            row.add(p.docNumber());
            row.add(p.issuedOn());
            row.add(p.tenantCode());
            row.add(p.versionNo());
            row.add(p.evaluationDueOn());
            row.add(p.evaluationStateLabel());
            row.add(p.updatedAt().toLocalDateTime().withNano(0).toString().replace('T', ' '));
            return row;
        }).toList(), Spreadsheets.cutNote(plans.size(), total));
    }

    private static final List<String> HIT_HEADERS = List.of("预案名称", "行政区划", "类别", "事件类型", "状态", "文号",
            "印发日期", "下次评估期限");

    /** Search hits (the 预案管理 page's rows) as .xlsx. */
    static byte[] xlsxOfHits(PlanSearch.Export export) {
        return Spreadsheets.xlsx("应急预案", HIT_HEADERS, export.items().stream().map(h -> java.util.Arrays.<Object>asList(
                h.title(), h.tenantName(), categoryLabel(h.category()), String.join("、", h.eventTypes()),
                PlanLifecycle.label(Plans.status(h.status())), h.docNumber(), h.issuedOn(), h.evaluationDueOn())).toList(),
                Spreadsheets.cutNote(export.items().size(), export.total()));
    }

    public static String categoryLabel(String category) {
        return cn.yingji.filing.PlanCategory.labelOf(category);
    }
}
