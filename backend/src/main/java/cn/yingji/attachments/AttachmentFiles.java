package cn.yingji.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;

import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The file handling every feature with attachments shares: stored names, reading and removing the spooled upload. */
public final class AttachmentFiles {

    private AttachmentFiles() {
    }

    /**
     * Spools a multipart upload to a temporary file first: a 50 MB upload is read once by the inspector and once
     * into the database, never held in memory whole. The caller deletes the file ({@link #deleteQuietly}).
     */
    static Mono<Path> spool(FilePart file, JdbcScheduler blocking) {
        return blocking.call(() -> Files.createTempFile("yingji-upload-", ".bin"))
                .flatMap(path -> file.transferTo(path).then(Mono.just(path)));
    }

    static ApiException missing() {
        return ApiException.badRequest("attachment-missing", "请选择要上传的文件（表单字段 file）");
    }

    /** A stored file as a download, its (Chinese) name encoded per RFC 6266. */
    public static ResponseEntity<byte[]> download(String fileName, String mediaType, byte[] content) {
        return headers(fileName, mediaType).body(content);
    }

    /** The same, streamed: {@code size} bytes of {@code content}. */
    static ResponseEntity<Flux<DataBuffer>> download(String fileName, String mediaType, long size,
            Flux<DataBuffer> content) {
        return headers(fileName, mediaType).contentLength(size).body(content);
    }

    private static ResponseEntity.BodyBuilder headers(String fileName, String mediaType) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    /** The stored name keeps the uploader's base name but the extension of the real content type. */
    static String safeName(String fileName, Inspected inspected) {
        String base = fileName == null ? "附件" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).strip();
        if (base.isEmpty()) {
            base = "附件";
        }
        return (base.length() > 200 ? base.substring(0, 200) : base) + "." + inspected.extension();
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file the OS cleans up anyway
        }
    }
}
