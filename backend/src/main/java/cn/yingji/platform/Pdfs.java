package cn.yingji.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Every PDF the platform hands out (备案回执, 定期通报) is set in one real CJK font embedded in the file: WenQuanYi
 * Micro Hei from Debian's fonts-wqy-microhei (PDFBox cannot embed the CFF-based Noto CJK fonts).
 */
@Component
public class Pdfs {

    @ConfigurationProperties("yingji.pdf")
    public record PdfProperties(Path font, String fontName) {
    }

    private final PdfProperties properties;

    public Pdfs(PdfProperties properties) {
        this.properties = properties;
    }

    /** A new A4 document titled {@code title}; 503 {@code pdf-font-missing} while the font is not installed. */
    public PdfWriter open(String title) {
        if (!Files.isReadable(properties.font())) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "pdf-font-missing",
                    "PDF 字体未安装（" + properties.font() + "），请联系管理员");
        }
        try {
            return new PdfWriter(properties.font(), properties.fontName(), title);
        } catch (IOException e) {
            throw new IllegalStateException("opening the PDF font " + properties.font() + " failed", e);
        }
    }
}
