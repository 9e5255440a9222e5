package cn.yingji.plans;

import static cn.yingji.db.Tables.PLAN;
import static cn.yingji.db.Tables.PLAN_ATTACHMENT;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.yingji.attachments.AttachmentFiles;
import cn.yingji.attachments.AttachmentInspector;
import cn.yingji.audit.AuditLog;
import cn.yingji.db.enums.AttachmentRole;
import cn.yingji.db.enums.PlanStatus;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.search.Outbox;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * Attachments of a plan: checked by content (only .docx and .pdf), stored with their SHA-256 and their
 * extracted text, which goes into the plan's search document.
 */
@Component
class PlanAttachments {

    record Attachment(UUID id, UUID planId, String role, String fileName, String mediaType, long sizeBytes,
            String sha256, String uploadedBy, OffsetDateTime uploadedAt, List<String> warnings) {
    }

    record Download(String fileName, String mediaType, byte[] content) {
    }

    private final TenantTx tx;
    private final AttachmentInspector inspector;
    private final AuditLog audit;
    private final Outbox outbox;
    private final JdbcScheduler blocking;

    PlanAttachments(TenantTx tx, AttachmentInspector inspector, AuditLog audit, Outbox outbox, JdbcScheduler blocking) {
        this.tx = tx;
        this.inspector = inspector;
        this.audit = audit;
        this.outbox = outbox;
        this.blocking = blocking;
    }

    /** Inspects the spooled upload, then stores it; the temporary file is always removed. */
    Mono<Attachment> upload(Viewer viewer, UUID planId, String roleLiteral, String fileName, Path spooled) {
        AttachmentRole role = AttachmentRole.lookupLiteral(roleLiteral == null ? "text" : roleLiteral);
        if (role == null) {
            return Mono.error(ApiException.badRequest("invalid-attachment-role",
                    "附件类型无效，可选值：text、compilation_note、handbook、action_plan、disposal_card、other"));
        }
        return blocking.call(() -> inspector.inspect(fileName, spooled))
                .flatMap(inspected -> tx.call(viewer, dsl -> {
                    PlanRecord plan = dsl.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
                    if (plan == null) {
                        throw ApiException.notFound("plan-not-found", "未找到预案 " + planId + "，或不在您的可见范围内");
                    }
                    if (!plan.getTenantCode().equals(viewer.tenant().code())) {
                        throw ApiException.forbidden("not-owner", "只能为本行政区划的预案上传附件");
                    }
                    if (plan.getStatus() == PlanStatus.abolished) {
                        throw ApiException.conflict("plan-illegal-transition", "已废止的预案不能再上传附件");
                    }
                    byte[] content = AttachmentFiles.read(spooled);
                    var row = dsl.insertInto(PLAN_ATTACHMENT)
                            .set(PLAN_ATTACHMENT.PLAN_ID, planId)
                            .set(PLAN_ATTACHMENT.SHARING, plan.getSharing())
                            .set(PLAN_ATTACHMENT.ROLE, role)
                            .set(PLAN_ATTACHMENT.FILE_NAME, AttachmentFiles.safeName(fileName, inspected))
                            .set(PLAN_ATTACHMENT.MEDIA_TYPE, inspected.mediaType())
                            .set(PLAN_ATTACHMENT.SIZE_BYTES, inspected.size())
                            .set(PLAN_ATTACHMENT.SHA256, inspected.sha256Hex())
                            .set(PLAN_ATTACHMENT.EXTRACTED_TEXT, inspected.text())
                            .set(PLAN_ATTACHMENT.CONTENT, content)
                            .set(PLAN_ATTACHMENT.UPLOADED_BY, viewer.displayName())
                            .returning(PLAN_ATTACHMENT.ID, PLAN_ATTACHMENT.UPLOADED_AT)
                            .fetchSingle();
                    Attachment attachment = new Attachment(row.getId(), planId, role.getLiteral(),
                            AttachmentFiles.safeName(fileName, inspected), inspected.mediaType(), inspected.size(),
                            inspected.sha256Hex(), viewer.displayName(), row.getUploadedAt(), inspected.warnings());
                    audit.record(dsl, viewer, "plan.attach", Plans.ENTITY, planId, null, attachment);
                    outbox.record(dsl, Plans.ENTITY, planId);
                    return attachment;
                }))
                .doFinally(signal -> AttachmentFiles.deleteQuietly(spooled));
    }

    Mono<List<Attachment>> list(Viewer viewer, UUID planId) {
        return tx.call(viewer, dsl -> dsl.select(PLAN_ATTACHMENT.ID, PLAN_ATTACHMENT.ROLE, PLAN_ATTACHMENT.FILE_NAME,
                        PLAN_ATTACHMENT.MEDIA_TYPE, PLAN_ATTACHMENT.SIZE_BYTES, PLAN_ATTACHMENT.SHA256,
                        PLAN_ATTACHMENT.UPLOADED_BY, PLAN_ATTACHMENT.UPLOADED_AT)
                .from(PLAN_ATTACHMENT).where(PLAN_ATTACHMENT.PLAN_ID.eq(planId)).orderBy(PLAN_ATTACHMENT.UPLOADED_AT)
                .fetch(r -> new Attachment(r.value1(), planId, r.value2().getLiteral(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), List.of())));
    }

    Mono<Download> download(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            var r = dsl.select(PLAN_ATTACHMENT.FILE_NAME, PLAN_ATTACHMENT.MEDIA_TYPE, PLAN_ATTACHMENT.CONTENT)
                    .from(PLAN_ATTACHMENT).where(PLAN_ATTACHMENT.ID.eq(id)).fetchOne();
            if (r == null) {
                throw ApiException.notFound("attachment-not-found", "未找到附件 " + id + "，或不在您的可见范围内");
            }
            return new Download(r.value1(), r.value2(), r.value3());
        });
    }
}
