package cn.yingji.plans;

import java.util.List;
import java.util.UUID;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.plans.PlanAttachments.Attachment;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** 预案附件: upload (.docx/.pdf, checked by content), list, download. */
@RestController
class PlanAttachmentController {

    private final PlanAttachments attachments;
    PlanAttachmentController(PlanAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = "/api/v1/plans/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Attachment> upload(Viewer viewer, @PathVariable UUID id, @RequestPart(name = "file", required = false) Mono<FilePart> file,
            @RequestPart(name = "role", required = false) Mono<String> role) {
        return attachments.upload(viewer, id, role, file);
    }

    @GetMapping("/api/v1/plans/{id}/attachments")
    Mono<List<Attachment>> list(Viewer viewer, @PathVariable UUID id) {
        return attachments.list(viewer, id);
    }

    @GetMapping("/api/v1/attachments/{id}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(Viewer viewer, @PathVariable UUID id) {
        return attachments.download(viewer, id);
    }

    /** A wrong upload, while the plan may change (not once submitted for filing). */
    @DeleteMapping("/api/v1/attachments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Void> delete(Viewer viewer, @PathVariable UUID id) {
        return attachments.delete(viewer, id);
    }
}
