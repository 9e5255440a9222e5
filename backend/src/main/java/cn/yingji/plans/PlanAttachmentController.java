package cn.yingji.plans;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.plans.PlanAttachments.Attachment;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 预案附件: upload (.docx/.pdf, checked by content), list, download. */
@RestController
class PlanAttachmentController {

    private final PlanAttachments attachments;
    private final JdbcScheduler blocking;

    PlanAttachmentController(PlanAttachments attachments, JdbcScheduler blocking) {
        this.attachments = attachments;
        this.blocking = blocking;
    }

    @PostMapping(path = "/api/v1/plans/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PlanRoles.COMPILERS)
    Mono<Attachment> upload(Viewer viewer, @PathVariable UUID id, @RequestPart(name = "file", required = false) FilePart file,
            @RequestPart(name = "role", required = false) String role) {
        if (file == null) {
            return Mono.error(ApiException.badRequest("attachment-missing", "请选择要上传的文件（表单字段 file）"));
        }
        // spool to disk first: a 50 MB upload is read once by the inspector and once into the database
        return blocking.call(() -> Files.createTempFile("yingji-upload-", ".bin"))
                .flatMap(path -> file.transferTo(path).then(Mono.just(path)))
                .flatMap((Path path) -> attachments.upload(viewer, id, role, file.filename(), path));
    }

    @GetMapping("/api/v1/plans/{id}/attachments")
    Mono<List<Attachment>> list(Viewer viewer, @PathVariable UUID id) {
        return attachments.list(viewer, id);
    }

    @GetMapping("/api/v1/attachments/{id}")
    Mono<ResponseEntity<byte[]>> download(Viewer viewer, @PathVariable UUID id) {
        return attachments.download(viewer, id).map(d -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(d.content()));
    }
}
