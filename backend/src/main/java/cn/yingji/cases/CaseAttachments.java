package cn.yingji.cases;

import static cn.yingji.db.Tables.CASE_ATTACHMENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Component;

import cn.yingji.attachments.AttachmentStore;
import cn.yingji.attachments.AttachmentStore.Stored;
import cn.yingji.attachments.AttachmentTable;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 案例附件: reports (.docx, .pdf) and photos (.jpg, .png) of a case, checked by content like the attachments of
 * plans and drills; added by the compiler while the case is a draft, read by whoever reads the case (policy
 * {@code case_read}).
 */
@Component
class CaseAttachments {

    private static final AttachmentTable TABLE = new AttachmentTable(Cases.TYPE, CASE_ATTACHMENT,
            CASE_ATTACHMENT.CASE_ID, null, true, false);

    record Attachment(UUID id, UUID caseId, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, OffsetDateTime uploadedAt, List<String> warnings) {

        static Attachment of(Stored s) {
            return new Attachment(s.id(), s.ownerId(), s.fileName(), s.mediaType(), s.sizeBytes(), s.sha256(),
                    s.uploadedBy(), s.uploadedAt(), s.warnings());
        }
    }

    private final AttachmentStore store;

    CaseAttachments(AttachmentStore store) {
        this.store = store;
    }

    /** Checks the upload by content, then stores it with the compiler's draft. */
    Mono<Attachment> upload(Viewer viewer, UUID caseId, Mono<FilePart> file) {
        return store.upload(viewer, TABLE, caseId, file, (dsl, inspected) -> {
            CaseWorkflow.checkEditable(Cases.loadOwn(dsl, viewer, caseId).getStatus());
            return Map.of();
        }, Attachment::of);
    }

    /** Removes a wrong file of the compiler's draft (a reviewed or published case keeps its files). */
    Mono<Void> delete(Viewer viewer, UUID id) {
        return store.delete(viewer, TABLE, id,
                (dsl, caseId) -> CaseWorkflow.checkEditable(Cases.loadOwn(dsl, viewer, caseId).getStatus()));
    }

    Mono<List<Attachment>> list(Viewer viewer, UUID caseId) {
        return store.list(viewer, TABLE, caseId, (dsl, id) -> Cases.load(dsl, viewer, id), Attachment::of);
    }

    /** A file of a case the viewer reads (an expert: a published case). */
    Mono<ResponseEntity<Flux<DataBuffer>>> download(Viewer viewer, UUID id) {
        return store.download(viewer, TABLE, id, (dsl, caseId) -> Cases.load(dsl, viewer, caseId));
    }
}
