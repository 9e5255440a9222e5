package cn.yingji.bulletins;

import cn.yingji.platform.PdfWriter;
import cn.yingji.platform.Pdfs;
import java.util.List;
import org.springframework.stereotype.Component;

/** A bulletin's PDF; its .xlsx is the dashboard's own export ({@code ComplianceService.xlsx}), same rows. */
@Component
class BulletinDocuments {

    /**
     * What a bulletin says: the tenant, the month, the columns, one line per region (the tenant's own records, its
     * lower regions ranked, the total) and how the score was computed.
     */
    record Table(String tenantName, String month, String asOf, List<String> header, List<List<String>> rows,
            List<String> notes) {
    }

    private final Pdfs pdfs;

    BulletinDocuments(Pdfs pdfs) {
        this.pdfs = pdfs;
    }

    static String title(Table table) {
        return table.tenantName() + " " + table.month() + " 应急管理合规情况通报";
    }

    byte[] pdf(Table table) {
        try (PdfWriter pdf = pdfs.open(title(table))) {
            pdf.heading(title(table), 16);
            pdf.paragraph("统计截至 " + table.asOf() + "。各项数字均由平台业务记录计算，非自行填报。", 10);
            float[] shares = new float[table.header().size()];
            for (int i = 0; i < shares.length; i++) {
                shares[i] = i == 0 ? 2.2f : 1f;
            }
            pdf.table(table.header(), table.rows(), shares, 7.5f);
            for (String note : table.notes()) {
                pdf.paragraph(note, 9);
            }
            return pdf.finish();
        }
    }
}
