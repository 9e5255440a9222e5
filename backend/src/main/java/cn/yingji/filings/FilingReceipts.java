package cn.yingji.filings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.yingji.filings.FilingViews.Filing;
import cn.yingji.platform.PdfWriter;
import cn.yingji.platform.Pdfs;

/**
 * 备案登记回执: a one-page PDF with the filing number and a verification code (set in the platform's embedded
 * CJK font, {@link Pdfs}).
 */
@Component
class FilingReceipts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Pdfs pdfs;

    FilingReceipts(Pdfs pdfs) {
        this.pdfs = pdfs;
    }

    byte[] render(Filing filing) {
        try (PdfWriter pdf = pdfs.open("应急预案备案登记回执 " + filing.decision().filingNumber())) {
            float y = 770;
            pdf.at(150, y, 20, "应急预案备案登记表（回执）");
            y -= 50;
            List<String[]> rows = new java.util.ArrayList<>();
            rows.add(new String[] {"备案编号", filing.decision().filingNumber()});
            rows.add(new String[] {"预案名称", filing.planTitle()});
            rows.add(new String[] {"报备单位", filing.submitterTenantName()});
            rows.add(new String[] {"备案机关", filing.authority().label()});
            if (filing.deliverVia() != null) {
                rows.add(new String[] {"受理单位", filing.deliverVia()});
            }
            rows.add(new String[] {"报送日期", DATE.format(filing.submittedOn())});
            rows.add(new String[] {"登记日期", DATE.format(filing.decision().decidedAt().atZoneSameInstant(CHINA))});
            rows.add(new String[] {"审查人", filing.decision().decidedBy()});
            rows.add(new String[] {"校验码", filing.decision().verificationCode()});
            for (String[] row : rows) {
                pdf.at(70, y, 12, row[0] + "：");
                for (String line : wrap(row[1], 32)) {
                    pdf.at(160, y, 12, line);
                    y -= 20;
                }
                y -= 8;
            }
            y -= 20;
            pdf.at(70, y, 10, "经审查，该预案材料齐全，准予备案。本回执可凭备案编号与校验码在应急管理平台核验。");
            return pdf.finish();
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            lines.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return lines.isEmpty() ? List.of("") : lines;
    }
}
