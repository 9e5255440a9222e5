package cn.yingji.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import cn.yingji.plans.PlanViews.Plan;

/** 导出: a plan list as .xlsx, exactly the rows the viewer's filters and scope produce. */
@Component
class PlanExport {

    static final int MAX_ROWS = 50_000;
    private static final List<String> HEADERS = List.of("预案名称", "类别", "事件类型", "状态", "文号", "印发日期",
            "行政区划代码", "版本", "更新时间");

    byte[] xlsx(List<Plan> plans) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("应急预案");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (Plan p : plans) {
                Row row = sheet.createRow(r++);
                // cells are typed text: a title like "=cmd()" stays text in Excel, never a formula
                row.createCell(0).setCellValue(p.title());
                row.createCell(1).setCellValue(categoryLabel(p.category()));
                row.createCell(2).setCellValue(String.join("、", p.eventTypes()));
                row.createCell(3).setCellValue(p.statusLabel());
                row.createCell(4).setCellValue(p.docNumber() == null ? "" : p.docNumber());
                row.createCell(5).setCellValue(p.issuedOn() == null ? "" : p.issuedOn().toString());
                row.createCell(6).setCellValue(p.tenantCode());
                row.createCell(7).setCellValue(p.versionNo());
                row.createCell(8).setCellValue(p.updatedAt().toLocalDateTime().withNano(0).toString().replace('T', ' '));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String categoryLabel(String category) {
        return switch (category) {
            case "general" -> "总体预案";
            case "special" -> "专项预案";
            case "department" -> "部门预案";
            case "grassroots" -> "基层预案";
            case "enterprise" -> "企事业单位预案";
            case "major_event" -> "重大活动预案";
            case "joint" -> "联合预案";
            default -> category;
        };
    }
}
