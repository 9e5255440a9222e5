package cn.yingji.plans;

import static cn.yingji.db.Tables.PLAN_ATTACHMENT;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Component;

import cn.yingji.attachments.AttachmentStore;
import cn.yingji.attachments.AttachmentStore.Stored;
import cn.yingji.attachments.AttachmentTable;
import cn.yingji.db.enums.AttachmentRole;
import cn.yingji.db.tables.records.PlanRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Attachments of a plan: checked by content (only .docx and .pdf), stored with their SHA-256 and their
 * extracted text, which goes into the plan's search document.
 */
@Component
class PlanAttachments {

    private static final AttachmentTable TABLE = new AttachmentTable(Plans.TYPE, PLAN_ATTACHMENT,
            PLAN_ATTACHMENT.PLAN_ID, PLAN_ATTACHMENT.ROLE, false, true);

    private static final String ROLES = Arrays.stream(AttachmentRole.values()).map(AttachmentRole::getLiteral)
            .collect(Collectors.joining("、"));

    record Attachment(UUID id, UUID planId, String role, String fileName, String mediaType, long sizeBytes,
            String sha256, String uploadedBy, OffsetDateTime uploadedAt, List<String> warnings) {

        static Attachment of(Stored s) {
            return new Attachment(s.id(), s.ownerId(), s.label(), s.fileName(), s.mediaType(), s.sizeBytes(),
                    s.sha256(), s.uploadedBy(), s.uploadedAt(), s.warnings());
        }
    }

    private final AttachmentStore store;

    PlanAttachments(AttachmentStore store) {
        this.store = store;
    }

    /** Checks the upload by content, then stores it with the plan (a missing file is the first problem). */
    Mono<Attachment> upload(Viewer viewer, UUID planId, Mono<String> roleLiteral, Mono<FilePart> file) {
        return roleLiteral.defaultIfEmpty("text").flatMap(literal -> upload(viewer, planId,
                AttachmentRole.lookupLiteral(literal), file));
    }

    private Mono<Attachment> upload(Viewer viewer, UUID planId, AttachmentRole role, Mono<FilePart> file) {
        Mono<FilePart> checked = role != null ? file : file.flatMap(f -> Mono.error(ApiException.badRequest(
                "invalid-attachment-role", "附件类型无效，可选值：" + ROLES)));
        return store.upload(viewer, TABLE, planId, checked, (dsl, inspected) -> {
            PlanRecord plan = TenantRows.own(viewer, Plans.load(dsl, planId), "只能为本行政区划的预案上传附件");
            PlanLifecycle.check(plan.getStatus(), PlanLifecycle.Action.ADD_FILE);
            return Map.of(PLAN_ATTACHMENT.SHARING, plan.getSharing(), PLAN_ATTACHMENT.ROLE, role,
                    PLAN_ATTACHMENT.EXTRACTED_TEXT, inspected.text());
        }, Attachment::of);
    }

    /**
     * Removes a wrong file while the plan may still change (编制中, 已印发, 已退回): once submitted for filing the
     * materials must stay as the authority received them, and a superseded or abolished version is history.
     */
    Mono<Void> delete(Viewer viewer, UUID id) {
        return store.delete(viewer, TABLE, id, (dsl, planId) -> {
            PlanRecord plan = TenantRows.own(viewer, Plans.load(dsl, planId), "只能删除本行政区划预案的附件");
            PlanLifecycle.check(plan.getStatus(), PlanLifecycle.Action.REMOVE_FILE);
        });
    }

    /** The plan's attachments; row-level security alone decides (a plan the viewer cannot read has none). */
    Mono<List<Attachment>> list(Viewer viewer, UUID planId) {
        return store.list(viewer, TABLE, planId, Plans::load, Attachment::of);
    }

    Mono<ResponseEntity<Flux<DataBuffer>>> download(Viewer viewer, UUID id) {
        return store.download(viewer, TABLE, id, AttachmentStore::rowSecurityOnly);
    }
}
