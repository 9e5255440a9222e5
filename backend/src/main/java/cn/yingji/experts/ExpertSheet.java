package cn.yingji.experts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.yingji.experts.ExpertViews.Expert;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.platform.Spreadsheets.SheetRow;

/**
 * 专家导入导出表: the columns of the import template, of the export, and the reading of an uploaded sheet
 * into validated rows with a per-row problem list.
 */
final class ExpertSheet {

    /** The import columns, in order; the template's header row. */
    static final List<String> IMPORT_HEADERS = List.of("姓名", "工作单位", "职称", "专业领域", "专家级别", "联系电话", "电子邮箱",
            "可调用状态", "备注");
    static final List<String> EXPORT_HEADERS = List.of("姓名", "工作单位", "职称", "专业领域", "专家级别", "联系电话", "电子邮箱",
            "可调用状态", "在库", "出库原因", "出库日期", "登记单位", "备注");
    /** No import is larger than this; a bigger roster is imported in parts. */
    static final int MAX_IMPORT_ROWS = 5_000;
    /** Specialties in one cell are separated by 、 , ， ; ； or spaces. */
    private static final String SPECIALTY_SEPARATORS = "[、,，;；\\s]+";

    /** A data row of the sheet: its Excel row number and its fields. */
    record Row(int number, ExpertFields fields) {
    }

    /** One problem of one row, as reported to the uploader. */
    record RowProblem(int row, String field, String message) {
    }

    private ExpertSheet() {
    }

    /** Reads the upload: the header must be the template's, then at least one data row. */
    static List<Row> read(byte[] xlsx) {
        List<SheetRow> sheet = Spreadsheets.read(xlsx, MAX_IMPORT_ROWS);
        if (sheet.isEmpty() || !sheet.getFirst().cells().subList(0, Math.min(sheet.getFirst().cells().size(),
                IMPORT_HEADERS.size())).equals(IMPORT_HEADERS)) {
            throw ApiException.badRequest("import-header-mismatch",
                    "表头与导入模板不一致：第一行应为 " + String.join("、", IMPORT_HEADERS) + "，请下载模板后填写");
        }
        if (sheet.size() == 1) {
            throw ApiException.badRequest("import-empty", "导入文件没有专家数据行");
        }
        return sheet.subList(1, sheet.size()).stream().map(r -> new Row(r.number(), new ExpertFields(r.cell(0),
                r.cell(1), r.cell(2), specialties(r.cell(3)), r.cell(4), r.cell(5), r.cell(6), r.cell(7), r.cell(8))))
                .toList();
    }

    /** Every field problem of every row, and rows that repeat an earlier row's person (same name and phone). */
    static List<RowProblem> problems(List<Row> rows) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Row row : rows) {
            List<ExpertFields.Problem> own = row.fields().problems();
            own.forEach(p -> problems.add(new RowProblem(row.number(), p.field(), p.message())));
            if (own.isEmpty()) {
                Integer earlier = firstRow.putIfAbsent(row.fields().personKey(), row.number());
                if (earlier != null) {
                    problems.add(new RowProblem(row.number(), "name", "与第 " + earlier + " 行重复（同名同电话）"));
                }
            }
        }
        return problems;
    }

    static byte[] template() {
        return Spreadsheets.xlsx("专家导入模板", IMPORT_HEADERS, List.of(List.of("张三", "山东省应急管理厅", "高级工程师",
                "危险化学品、生产安全事故", "省级", "13800000000", "zhangsan@example.cn", "可调用", "示例行，导入前请删除")));
    }

    static byte[] export(List<Expert> experts) {
        return Spreadsheets.xlsx("专家库", EXPORT_HEADERS, experts.stream().map(e -> Arrays.<Object>asList(e.name(),
                e.organization(), e.title(), String.join("、", e.specialties()), e.levelLabel(), e.phone(), e.email(),
                e.availabilityLabel(), e.inPool() ? "是" : "否", e.outReason(), e.outOn() == null ? null : e.outOn().toString(),
                e.tenantName(), e.note())).toList());
    }

    private static List<String> specialties(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.strip().split(SPECIALTY_SEPARATORS)).toList();
    }
}
