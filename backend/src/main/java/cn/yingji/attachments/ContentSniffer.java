package cn.yingji.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides from the bytes alone whether a file is a PDF or a DOCX. The file name is never consulted: a
 * program renamed to .docx is still a program.
 *
 * <p>tika-core only has magic-byte detection; it sees a DOCX as a ZIP (or, when {@code [Content_Types].xml}
 * happens to be the first entry, as a generic OOXML package). Container detection lives in Tika's parser
 * modules, which would pull in far more than we need, so a ZIP is opened here and must hold
 * {@code [Content_Types].xml} and {@code word/document.xml}. Whether the main part is a plain document (and
 * not a macro-enabled one) is checked when POI opens it.
 */
final class ContentSniffer {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TIKA.getMediaTypeRegistry();
    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final MediaType MSWORD = MediaType.application("msword");
    private static final MediaType JPEG = MediaType.image("jpeg");
    private static final MediaType PNG = MediaType.image("png");

    private ContentSniffer() {
    }

    /** @param photos whether JPEG and PNG photos are accepted besides the documents */
    static AttachmentKind sniff(Path file, boolean photos) {
        MediaType type = magic(file);
        if (REGISTRY.isInstanceOf(type, PDF)) {
            return AttachmentKind.PDF;
        }
        if (photos && type.equals(JPEG)) {
            return AttachmentKind.JPEG;
        }
        if (photos && type.equals(PNG)) {
            return AttachmentKind.PNG;
        }
        if (REGISTRY.isInstanceOf(type, MediaType.APPLICATION_ZIP)) {
            if (isWordPackage(file)) {
                return AttachmentKind.DOCX;
            }
            throw AttachmentProblems.typeNotAllowed(photos);
        }
        if (REGISTRY.isInstanceOf(type, OLE2) || REGISTRY.isInstanceOf(type, MSWORD)) {
            throw ole2(file);
        }
        throw AttachmentProblems.typeNotAllowed(photos);
    }

    private static MediaType magic(Path file) {
        // No resource name in the metadata: the name must not influence the verdict.
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return TIKA.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP that cannot even be listed (truncated upload, broken central directory) is not a readable DOCX. */
    private static boolean isWordPackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
        } catch (IOException e) {
            throw AttachmentProblems.unreadable(AttachmentKind.DOCX);
        }
    }

    /**
     * An OLE2 compound file is either an old Word 97–2003 document, which deserves a hint, or a password
     * protected OOXML file, which Office stores as an OLE2 container with an {@code EncryptedPackage} stream.
     */
    private static RuntimeException ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return AttachmentProblems.encrypted();
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return AttachmentProblems.typeNotAllowed("旧版 Word 文档（.doc）请另存为 .docx 后上传");
            }
        } catch (IOException | RuntimeException e) {
            // A damaged compound file is still not one of the two formats we take.
        }
        return AttachmentProblems.typeNotAllowed();
    }
}
