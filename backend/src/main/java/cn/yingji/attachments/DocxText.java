package cn.yingji.attachments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

import cn.yingji.platform.ApiException;

/**
 * Text of a DOCX through POI: body paragraphs, tables, headers and footers, foot- and endnotes.
 *
 * <p>Zip-bomb limits are POI-wide statics. We only tighten them: a 50 MB upload whose parts inflate more than
 * 100-fold, or any single part larger than {@link #MAX_ENTRY_BYTES}, fails before POI builds its XML tree,
 * which for a 64 MB part already costs several hundred MB of heap.
 */
final class DocxText {

    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
    }

    private DocxText() {
    }

    static ExtractedText extract(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XWPFDocument doc = new XWPFDocument(pkg);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            requirePlainDocument(doc);
            return new ExtractedText(extractor.getText(), List.of());
        } catch (ApiException e) {
            throw e;
        } catch (InvalidFormatException | IOException | RuntimeException | StackOverflowError e) {
            throw AttachmentProblems.unreadable(AttachmentKind.DOCX);
        }
    }

    /** A macro-enabled document or a template shares the container but is not what we accept. */
    private static void requirePlainDocument(XWPFDocument doc) {
        String type = doc.getPackagePart().getContentType();
        if (type.equals(XWPFRelation.DOCUMENT.getContentType())) {
            return;
        }
        if (type.equals(XWPFRelation.MACRO_DOCUMENT.getContentType())) {
            throw AttachmentProblems.typeNotAllowed("含宏的 Word 文档（.docm）请另存为 .docx 后上传");
        }
        throw AttachmentProblems.typeNotAllowed();
    }
}
