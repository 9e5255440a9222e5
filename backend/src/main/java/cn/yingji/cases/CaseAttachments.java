package cn.yingji.cases;

import static cn.yingji.db.Tables.CASE_ATTACHMENT;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.yingji.attachments.AttachmentFiles;
import cn.yingji.attachments.AttachmentInspector;
import cn.yingji.audit.AuditLog;
import cn.yingji.db.tables.records.CaseRecordRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 案例附件: reports (.docx, .pdf) and photos (.jpg, .png) of a case, checked by content like the attachments of
 * plans and drills; added by the compiler while the case is a draft, read by whoever reads the case (policy
 * {@code case_read}).
 */
@Component
class CaseAttachments {

    record Attachment(UUID id, UUID caseId, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, OffsetDateTime uploadedAt, List<String> warnings) {
    }

    record Download(String fileName, String mediaType, byte[] content) {
    }

    private final TenantTx tx;
    private final AttachmentInspector inspector;
    private final AuditLog audit;
    private final JdbcScheduler blocking;

    CaseAttachments(TenantTx tx, AttachmentInspector inspector, AuditLog audit, JdbcScheduler blocking) {
        this.tx = tx;
        this.inspector = inspector;
        this.audit = audit;
        this.blocking = blocking;
    }

    /** Inspects the spooled upload, then stores it with the compiler's draft; the temporary file is always removed. */
    Mono<Attachment> upload(Viewer viewer, UUID caseId, String fileName, Path spooled) {
        return blocking.call(() -> inspector.inspectWithPhotos(fileName, spooled))
                .flatMap(inspected -> tx.call(viewer, dsl -> {
                    CaseRecordRecord c = Cases.loadOwn(dsl, viewer, caseId);
                    CaseWorkflow.checkEditable(c.getStatus());
                    String name = AttachmentFiles.safeName(fileName, inspected);
                    var row = dsl.insertInto(CASE_ATTACHMENT)
                            .set(CASE_ATTACHMENT.CASE_ID, c.getId())
                            .set(CASE_ATTACHMENT.FILE_NAME, name)
                            .set(CASE_ATTACHMENT.MEDIA_TYPE, inspected.mediaType())
                            .set(CASE_ATTACHMENT.SIZE_BYTES, inspected.size())
                            .set(CASE_ATTACHMENT.SHA256, inspected.sha256Hex())
                            .set(CASE_ATTACHMENT.CONTENT, AttachmentFiles.read(spooled))
                            .set(CASE_ATTACHMENT.UPLOADED_BY, viewer.displayName())
                            .returning(CASE_ATTACHMENT.ID, CASE_ATTACHMENT.UPLOADED_AT)
                            .fetchSingle();
                    Attachment attachment = new Attachment(row.getId(), caseId, name, inspected.mediaType(),
                            inspected.size(), inspected.sha256Hex(), viewer.displayName(), row.getUploadedAt(),
                            inspected.warnings());
                    audit.record(dsl, viewer, "case.attach", Cases.ENTITY, caseId, null, attachment);
                    return attachment;
                }))
                .doFinally(signal -> AttachmentFiles.deleteQuietly(spooled));
    }

    Mono<List<Attachment>> list(Viewer viewer, UUID caseId) {
        return tx.call(viewer, dsl -> {
            Cases.load(dsl, viewer, caseId);
            return dsl.select(CASE_ATTACHMENT.ID, CASE_ATTACHMENT.FILE_NAME, CASE_ATTACHMENT.MEDIA_TYPE,
                            CASE_ATTACHMENT.SIZE_BYTES, CASE_ATTACHMENT.SHA256, CASE_ATTACHMENT.UPLOADED_BY,
                            CASE_ATTACHMENT.UPLOADED_AT)
                    .from(CASE_ATTACHMENT).where(CASE_ATTACHMENT.CASE_ID.eq(caseId))
                    .orderBy(CASE_ATTACHMENT.UPLOADED_AT)
                    .fetch(r -> new Attachment(r.value1(), caseId, r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), r.value7(), List.of()));
        });
    }

    /** A file of a case the viewer reads (an expert: a published case). */
    Mono<Download> download(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            var r = dsl.select(CASE_ATTACHMENT.CASE_ID, CASE_ATTACHMENT.FILE_NAME, CASE_ATTACHMENT.MEDIA_TYPE,
                            CASE_ATTACHMENT.CONTENT)
                    .from(CASE_ATTACHMENT).where(CASE_ATTACHMENT.ID.eq(id)).fetchOne();
            if (r == null) {
                throw ApiException.notFound("attachment-not-found", "未找到附件 " + id + "，或不在您的可见范围内");
            }
            Cases.load(dsl, viewer, r.value1());
            return new Download(r.value2(), r.value3(), r.value4());
        });
    }
}
