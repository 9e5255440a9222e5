package cn.yingji.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.yingji.plans.FilingViews.Filing;
import cn.yingji.platform.ApiException;

/**
 * 备案登记回执: a one-page PDF with the filing number and a verification code, set in a real CJK font
 * embedded in the file (WenQuanYi Micro Hei from Debian's fonts-wqy-microhei; PDFBox cannot embed the
 * CFF-based Noto CJK fonts).
 */
@Component
class FilingReceipts {

    @ConfigurationProperties("yingji.receipts")
    record ReceiptProperties(Path font, String fontName) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ReceiptProperties properties;

    FilingReceipts(ReceiptProperties properties) {
        this.properties = properties;
    }

    byte[] render(Filing filing) {
        if (!Files.isReadable(properties.font())) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "receipt-font-missing",
                    "回执字体未安装（" + properties.font() + "），请联系管理员");
        }
        try (PDDocument document = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(properties.font().toFile())) {
            TrueTypeFont ttf = collection.getFontByName(properties.fontName());
            PDType0Font font = PDType0Font.load(document, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle("应急预案备案登记回执 " + filing.decision().filingNumber());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 770;
                text(content, font, 20, 150, y, "应急预案备案登记表（回执）");
                y -= 50;
                List<String[]> rows = List.of(
                        new String[] {"备案编号", filing.decision().filingNumber()},
                        new String[] {"预案名称", filing.planTitle()},
                        new String[] {"报备单位", filing.submitterTenantName() + "（" + filing.submitterTenantCode() + "）"},
                        new String[] {"备案机关", filing.authority().label()},
                        new String[] {"报送日期", DATE.format(filing.submittedAt().atZoneSameInstant(CHINA))},
                        new String[] {"登记日期", DATE.format(filing.decision().decidedAt().atZoneSameInstant(CHINA))},
                        new String[] {"审查人", filing.decision().decidedBy()},
                        new String[] {"校验码", filing.decision().verificationCode()});
                for (String[] row : rows) {
                    text(content, font, 12, 70, y, row[0] + "：");
                    for (String line : wrap(row[1], 32)) {
                        text(content, font, 12, 160, y, line);
                        y -= 20;
                    }
                    y -= 8;
                }
                y -= 20;
                text(content, font, 10, 70, y, "经审查，该预案材料齐全，准予备案。本回执可凭备案编号与校验码在应急管理平台核验。");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("rendering the receipt of filing " + filing.id() + " failed", e);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            lines.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return lines.isEmpty() ? List.of("") : lines;
    }
}
