package cn.yingji.bulletins;

import cn.yingji.attachments.AttachmentFiles;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * 定期通报: the kept monthly bulletins of a tenant, generating one on demand, and their files. A bulletin is the
 * compliance dashboard on paper: listed, generated and downloaded by exactly those who may see the dashboard.
 */
@RestController
@PreAuthorize(Access.OFFICIALS)
class BulletinController {

    record GenerateRequest(String month) {
    }

    private final Bulletins bulletins;

    BulletinController(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    @GetMapping("/api/v1/bulletins")
    Mono<List<Bulletins.Bulletin>> list(Viewer viewer, @RequestParam(required = false) String tenantCode) {
        return bulletins.list(viewer, tenantCode);
    }

    @PostMapping("/api/v1/bulletins")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Bulletins.Bulletin> generate(Viewer viewer, @RequestBody(required = false) GenerateRequest request) {
        return bulletins.generate(viewer, request == null ? null : request.month());
    }

    @GetMapping("/api/v1/bulletins/{id}/bulletin.pdf")
    Mono<ResponseEntity<byte[]>> pdf(Viewer viewer, @PathVariable UUID id) {
        return bulletins.file(viewer, id, "pdf").map(f -> AttachmentFiles.download(f.name(), "application/pdf", f.bytes()));
    }

    @GetMapping("/api/v1/bulletins/{id}/bulletin.xlsx")
    Mono<ResponseEntity<byte[]>> xlsx(Viewer viewer, @PathVariable UUID id) {
        return bulletins.file(viewer, id, "xlsx").map(f -> AttachmentFiles.download(f.name(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f.bytes()));
    }
}
