package cn.yingji.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Checks an uploaded attachment (附件) — an emergency plan (应急预案) as .docx or .pdf — and extracts its
 * text for full-text search.
 *
 * <p>The caller spools the upload to a temporary file and hands over its path: the bytes are then read from
 * disk (once for the type, once for the checksum, once by the parser) instead of being held in memory three
 * times. The type is decided by the content only; the file name only yields a warning when its extension
 * disagrees. Every failure is an {@link cn.yingji.platform.ApiException} with a stable code; a hostile or
 * broken file ends as {@code attachment-unreadable}, never as a server error.
 */
@Component
public class AttachmentInspector {

    private final AttachmentProperties limits;

    public AttachmentInspector(AttachmentProperties limits) {
        this.limits = limits;
    }

    /**
     * @param fileName the name the uploader gave, used for nothing but a warning when its extension disagrees
     *                 with the content; may be null
     * @param file     the complete upload on local disk; not deleted here
     */
    public Inspected inspect(String fileName, Path file) {
        return inspect(fileName, file, false);
    }

    /** The same for a drill record (演练记录), which also takes photos (.jpg, .png; no text to extract). */
    public Inspected inspectWithPhotos(String fileName, Path file) {
        return inspect(fileName, file, true);
    }

    private Inspected inspect(String fileName, Path file, boolean photos) {
        long size = sizeOf(file);
        if (size == 0) {
            throw AttachmentProblems.empty();
        }
        if (size > limits.maxSize().toBytes()) {
            throw AttachmentProblems.tooLarge(limits.maxSize());
        }
        AttachmentKind kind = ContentSniffer.sniff(file, photos);
        ExtractedText extracted = switch (kind) {
            case PDF -> PdfText.extract(file, limits.maxPdfPages(), limits.maxTextChars(), limits.maxParseTime());
            case DOCX -> DocxText.extract(file);
            case JPEG, PNG -> new ExtractedText("", List.of());
        };
        List<String> warnings = new ArrayList<>(extracted.warnings());
        String text = TextNormalizer.normalize(extracted.text());
        if (text.length() > limits.maxTextChars()) {
            text = TextNormalizer.truncate(text, limits.maxTextChars());
            warnings.add("正文超过 " + limits.maxTextChars() + " 字，仅前 " + limits.maxTextChars() + " 字可被检索");
        }
        if (text.isEmpty() && kind != AttachmentKind.JPEG && kind != AttachmentKind.PNG) {
            warnings.add("未从文件中提取到文字（可能是扫描件或图片），全文检索将查不到其内容");
        }
        nameMismatch(fileName, kind).ifPresent(warnings::add);
        return new Inspected(kind.mediaType, kind.extension, size, sha256Hex(file), text, warnings);
    }

    private static Optional<String> nameMismatch(String fileName, AttachmentKind kind) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0 || fileName.substring(dot + 1).toLowerCase(Locale.ROOT).equals(kind.extension)) {
            return Optional.empty();
        }
        return Optional.of("文件名“" + fileName + "”与实际内容不符，已按 " + kind.label + " 文件处理");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256Hex(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) != -1;) {
                digest.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
