package cn.yingji.attachments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

import cn.yingji.platform.ApiException;
import cn.yingji.platform.ZipBombs;

/**
 * Text of a DOCX through POI: body paragraphs, tables, headers and footers, foot- and endnotes.
 *
 * <p>A part that inflates past the {@link ZipBombs} limits fails before POI builds its XML tree: 422
 * {@code attachment-too-complex}.
 */
final class DocxText {

    static {
        ZipBombs.tighten();
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
            throw ZipBombs.detected(e) ? AttachmentProblems.tooComplex() : AttachmentProblems.unreadable(AttachmentKind.DOCX);
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
