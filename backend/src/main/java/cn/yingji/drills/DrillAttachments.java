package cn.yingji.drills;

import static cn.yingji.db.Tables.DRILL_ATTACHMENT;

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
import cn.yingji.db.enums.DrillAttachmentKind;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 演练附件和照片: documents (.docx, .pdf) and photos (.jpg, .png) of a drill record, checked by content, stored
 * with their SHA-256; whoever reads the drill reads them (the {@code drill_read} policy).
 */
@Component
class DrillAttachments {

    private static final AttachmentTable TABLE = new AttachmentTable(Drills.TYPE, DRILL_ATTACHMENT,
            DRILL_ATTACHMENT.DRILL_ID, DRILL_ATTACHMENT.KIND, true, false);

    record Attachment(UUID id, UUID drillId, String kind, String fileName, String mediaType, long sizeBytes,
            String sha256, String uploadedBy, OffsetDateTime uploadedAt, List<String> warnings) {

        static Attachment of(Stored s) {
            return new Attachment(s.id(), s.ownerId(), s.label(), s.fileName(), s.mediaType(), s.sizeBytes(),
                    s.sha256(), s.uploadedBy(), s.uploadedAt(), s.warnings());
        }
    }

    private final AttachmentStore store;

    DrillAttachments(AttachmentStore store) {
        this.store = store;
    }

    /** Checks the upload by content, then stores it with the organizer's drill. */
    Mono<Attachment> upload(Viewer viewer, UUID drillId, Mono<FilePart> file) {
        return store.upload(viewer, TABLE, drillId, file, (dsl, inspected) -> {
            Drills.loadOwn(dsl, viewer, drillId);
            return Map.of(DRILL_ATTACHMENT.KIND, inspected.mediaType().startsWith("image/")
                    ? DrillAttachmentKind.photo : DrillAttachmentKind.document);
        }, Attachment::of);
    }

    /** Removes a wrong file of the organizer's drill. */
    Mono<Void> delete(Viewer viewer, UUID id) {
        return store.delete(viewer, TABLE, id, (dsl, drillId) -> Drills.loadOwn(dsl, viewer, drillId));
    }

    Mono<List<Attachment>> list(Viewer viewer, UUID drillId) {
        return store.list(viewer, TABLE, drillId, Drills::load, Attachment::of);
    }

    Mono<ResponseEntity<Flux<DataBuffer>>> download(Viewer viewer, UUID id) {
        return store.download(viewer, TABLE, id, AttachmentStore::rowSecurityOnly);
    }
}
