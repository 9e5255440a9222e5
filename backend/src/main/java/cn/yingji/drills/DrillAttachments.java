package cn.yingji.drills;

import static cn.yingji.db.Tables.DRILL_ATTACHMENT;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.yingji.attachments.AttachmentFiles;
import cn.yingji.attachments.AttachmentInspector;
import cn.yingji.audit.AuditLog;
import cn.yingji.db.enums.DrillAttachmentKind;
import cn.yingji.db.tables.records.DrillRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 演练附件和照片: documents (.docx, .pdf) and photos (.jpg, .png) of a drill record, checked by content, stored
 * with their SHA-256; whoever reads the drill reads them (the {@code drill_read} policy).
 */
@Component
class DrillAttachments {

    record Attachment(UUID id, UUID drillId, String kind, String fileName, String mediaType, long sizeBytes,
            String sha256, String uploadedBy, OffsetDateTime uploadedAt, List<String> warnings) {
    }

    record Download(String fileName, String mediaType, byte[] content) {
    }

    private final TenantTx tx;
    private final AttachmentInspector inspector;
    private final AuditLog audit;
    private final JdbcScheduler blocking;

    DrillAttachments(TenantTx tx, AttachmentInspector inspector, AuditLog audit, JdbcScheduler blocking) {
        this.tx = tx;
        this.inspector = inspector;
        this.audit = audit;
        this.blocking = blocking;
    }

    /** Inspects the spooled upload, then stores it with the organizer's drill; the temporary file is always removed. */
    Mono<Attachment> upload(Viewer viewer, UUID drillId, String fileName, Path spooled) {
        return blocking.call(() -> inspector.inspectWithPhotos(fileName, spooled))
                .flatMap(inspected -> tx.call(viewer, dsl -> {
                    DrillRecord drill = Drills.loadOwn(dsl, viewer, drillId);
                    DrillAttachmentKind kind = inspected.mediaType().startsWith("image/")
                            ? DrillAttachmentKind.photo : DrillAttachmentKind.document;
                    String name = AttachmentFiles.safeName(fileName, inspected);
                    var row = dsl.insertInto(DRILL_ATTACHMENT)
                            .set(DRILL_ATTACHMENT.DRILL_ID, drill.getId())
                            .set(DRILL_ATTACHMENT.KIND, kind)
                            .set(DRILL_ATTACHMENT.FILE_NAME, name)
                            .set(DRILL_ATTACHMENT.MEDIA_TYPE, inspected.mediaType())
                            .set(DRILL_ATTACHMENT.SIZE_BYTES, inspected.size())
                            .set(DRILL_ATTACHMENT.SHA256, inspected.sha256Hex())
                            .set(DRILL_ATTACHMENT.CONTENT, AttachmentFiles.read(spooled))
                            .set(DRILL_ATTACHMENT.UPLOADED_BY, viewer.displayName())
                            .returning(DRILL_ATTACHMENT.ID, DRILL_ATTACHMENT.UPLOADED_AT)
                            .fetchSingle();
                    Attachment attachment = new Attachment(row.getId(), drillId, kind.getLiteral(), name,
                            inspected.mediaType(), inspected.size(), inspected.sha256Hex(), viewer.displayName(),
                            row.getUploadedAt(), inspected.warnings());
                    audit.record(dsl, viewer, "drill.attach", Drills.ENTITY, drillId, null, attachment);
                    return attachment;
                }))
                .doFinally(signal -> AttachmentFiles.deleteQuietly(spooled));
    }

    Mono<List<Attachment>> list(Viewer viewer, UUID drillId) {
        return tx.call(viewer, dsl -> {
            Drills.load(dsl, drillId);
            return dsl.select(DRILL_ATTACHMENT.ID, DRILL_ATTACHMENT.KIND, DRILL_ATTACHMENT.FILE_NAME,
                            DRILL_ATTACHMENT.MEDIA_TYPE, DRILL_ATTACHMENT.SIZE_BYTES, DRILL_ATTACHMENT.SHA256,
                            DRILL_ATTACHMENT.UPLOADED_BY, DRILL_ATTACHMENT.UPLOADED_AT)
                    .from(DRILL_ATTACHMENT).where(DRILL_ATTACHMENT.DRILL_ID.eq(drillId))
                    .orderBy(DRILL_ATTACHMENT.UPLOADED_AT)
                    .fetch(r -> new Attachment(r.value1(), drillId, r.value2().getLiteral(), r.value3(), r.value4(),
                            r.value5(), r.value6(), r.value7(), r.value8(), List.of()));
        });
    }

    Mono<Download> download(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            var r = dsl.select(DRILL_ATTACHMENT.FILE_NAME, DRILL_ATTACHMENT.MEDIA_TYPE, DRILL_ATTACHMENT.CONTENT)
                    .from(DRILL_ATTACHMENT).where(DRILL_ATTACHMENT.ID.eq(id)).fetchOne();
            if (r == null) {
                throw ApiException.notFound("attachment-not-found", "未找到附件 " + id + "，或不在您的可见范围内");
            }
            return new Download(r.value1(), r.value2(), r.value3());
        });
    }
}
