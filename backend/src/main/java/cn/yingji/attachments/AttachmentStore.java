package cn.yingji.attachments;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.EnumType;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Component;

import cn.yingji.platform.ApiException;
import cn.yingji.platform.JdbcScheduler;
import cn.yingji.records.RecordWrites;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Upload, list and download of the attachments of plans, drill records and cases: checked by content, stored
 * (bytes, SHA-256, for plans the extracted text) in the same transaction as the audit row and, where the owner's
 * search document holds them, the outbox row. The owner's feature says which owners take attachments
 * ({@link OwnerCheck}) and how an attachment is shown (its own record: {@code planId}, {@code drillId}, …).
 */
@Component
public class AttachmentStore {

    /** An attachment as stored; {@code label} is the literal of the table's label column, or null. */
    public record Stored(UUID id, UUID ownerId, String label, String fileName, String mediaType, long sizeBytes,
            String sha256, String uploadedBy, OffsetDateTime uploadedAt, List<String> warnings) {
    }

    /**
     * The owner's rules, inside the upload's transaction: throws the owner's problem when the viewer may not attach
     * to it, else gives the table's own columns to set besides the common ones (its label among them).
     */
    @FunctionalInterface
    public interface OwnerCheck {
        Map<Field<?>, Object> columns(DSLContext dsl, Inspected inspected);
    }

    private final TenantTx tx;
    private final AttachmentInspector inspector;
    private final RecordWrites writes;
    private final JdbcScheduler blocking;

    AttachmentStore(TenantTx tx, AttachmentInspector inspector, RecordWrites writes, JdbcScheduler blocking) {
        this.tx = tx;
        this.inspector = inspector;
        this.writes = writes;
        this.blocking = blocking;
    }

    /**
     * Spools the multipart upload to a temporary file (400 {@code attachment-missing} without one), inspects it, then
     * stores it with its owner; the temporary file is always removed. The part is a {@code Mono}, subscribed only
     * here: the controller's role check ({@code @PreAuthorize}) answers 403 before the body is read at all, so a
     * viewer who may not upload cannot make the server spool 50 MB to disk.
     */
    public <A> Mono<A> upload(Viewer viewer, AttachmentTable t, UUID ownerId, Mono<FilePart> file, OwnerCheck check,
            Function<Stored, A> view) {
        return file.switchIfEmpty(Mono.error(AttachmentFiles::missing))
                .flatMap(part -> AttachmentFiles.spool(part, blocking)
                        .flatMap(spooled -> store(viewer, t, ownerId, part.filename(), spooled, check, view)));
    }

    private <A> Mono<A> store(Viewer viewer, AttachmentTable t, UUID ownerId, String fileName, Path spooled,
            OwnerCheck check, Function<Stored, A> view) {
        return blocking.call(() -> t.photos ? inspector.inspectWithPhotos(fileName, spooled)
                        : inspector.inspect(fileName, spooled))
                .flatMap(inspected -> tx.call(viewer, dsl -> {
                    Map<Field<?>, Object> values = new LinkedHashMap<>(check.columns(dsl, inspected));
                    String name = AttachmentFiles.safeName(fileName, inspected);
                    values.put(t.owner, ownerId);
                    values.put(t.fileName, name);
                    values.put(t.mediaType, inspected.mediaType());
                    values.put(t.sizeBytes, inspected.size());
                    values.put(t.sha256, inspected.sha256Hex());
                    values.put(t.content, new byte[0]);
                    values.put(t.uploadedBy, viewer.displayName());
                    Record row = dsl.insertInto(t.table).set(values).returning(t.id, t.uploadedAt).fetchSingle();
                    AttachmentBlobs.write(dsl, t, row.get(t.id), spooled, inspected.size());
                    A attachment = view.apply(new Stored(row.get(t.id), ownerId,
                            t.label == null ? null : ((EnumType) values.get(t.label)).getLiteral(), name,
                            inspected.mediaType(), inspected.size(), inspected.sha256Hex(), viewer.displayName(),
                            row.get(t.uploadedAt), inspected.warnings()));
                    writes.audited(dsl, viewer, t.entity, t.entity + ".attach", ownerId, null, attachment);
                    if (t.indexed) {
                        writes.reindex(dsl, t.ownerType, ownerId);
                    }
                    return attachment;
                }))
                .doFinally(signal -> AttachmentFiles.deleteQuietly(spooled));
    }

    /**
     * The attachments of an owner, oldest first (metadata only). {@code ownerVisible} throws the owner's problem
     * when the viewer does not read the owner.
     */
    public <A> Mono<List<A>> list(Viewer viewer, AttachmentTable t, UUID ownerId, BiConsumer<DSLContext, UUID> ownerVisible,
            Function<Stored, A> view) {
        List<Field<?>> fields = new ArrayList<>(List.of(t.id, t.fileName, t.mediaType, t.sizeBytes, t.sha256,
                t.uploadedBy, t.uploadedAt));
        if (t.label != null) {
            fields.add(t.label);
        }
        return tx.call(viewer, dsl -> {
            ownerVisible.accept(dsl, ownerId);
            return dsl.select(fields).from(t.table).where(t.owner.eq(ownerId)).orderBy(t.uploadedAt)
                    .fetch(r -> view.apply(new Stored(r.get(t.id), ownerId,
                            t.label == null ? null : r.get(t.label).getLiteral(), r.get(t.fileName),
                            r.get(t.mediaType), r.get(t.sizeBytes), r.get(t.sha256), r.get(t.uploadedBy),
                            r.get(t.uploadedAt), List.of())));
        });
    }

    /**
     * One file as a download; {@code ownerVisible} (given the owner's id) throws the owner's problem when the viewer
     * may not read it beyond what row-level security already hides. The bytes are streamed in slices
     * ({@link AttachmentBlobs}): a 50 MB file is never held in memory whole, nor a pooled connection for as long as
     * a slow client takes to download it.
     */
    public Mono<ResponseEntity<Flux<DataBuffer>>> download(Viewer viewer, AttachmentTable t, UUID id,
            BiConsumer<DSLContext, UUID> ownerVisible) {
        return tx.call(viewer, dsl -> {
            var r = dsl.select(t.owner, t.fileName, t.mediaType, t.sizeBytes).from(t.table).where(t.id.eq(id))
                    .fetchOne();
            if (r == null) {
                throw notFound(id);
            }
            ownerVisible.accept(dsl, r.value1());
            return r;
        }).map(r -> AttachmentFiles.download(r.value2(), r.value3(), r.value4(),
                AttachmentBlobs.read(r.value4(), (offset, length) -> tx.call(viewer, dsl -> {
                    byte[] slice = AttachmentBlobs.slice(dsl, t, id, offset, length);
                    if (slice == null) {
                        throw notFound(id); // removed while it was being downloaded
                    }
                    return slice;
                }))));
    }

    /**
     * Removes a file (a wrong upload): {@code ownerEditable}, given the owner's id, throws the owner's problem when
     * the viewer may not change the owner now; row-level security lets only the owning tenant delete. The audit row
     * keeps what was removed; the owner's search document is rebuilt where it holds the files' text.
     */
    public Mono<Void> delete(Viewer viewer, AttachmentTable t, UUID id, BiConsumer<DSLContext, UUID> ownerEditable) {
        return tx.call(viewer, dsl -> {
            var r = dsl.select(t.owner, t.fileName, t.mediaType, t.sizeBytes, t.sha256).from(t.table).where(t.id.eq(id))
                    .fetchOne();
            if (r == null) {
                throw notFound(id);
            }
            UUID ownerId = r.value1();
            ownerEditable.accept(dsl, ownerId);
            if (dsl.deleteFrom(t.table).where(t.id.eq(id)).execute() == 0) {
                throw ApiException.forbidden("not-owner", "只能删除本行政区划上传的附件");
            }
            writes.audited(dsl, viewer, t.entity, t.entity + ".detach", ownerId,
                    Map.of("attachmentId", id, "fileName", r.value2(), "mediaType", r.value3(), "sizeBytes", r.value4(),
                            "sha256", r.value5()), null);
            if (t.indexed) {
                writes.reindex(dsl, t.ownerType, ownerId);
            }
            return null;
        }).then();
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("attachment-not-found", "未找到附件 " + id + "，或不在您的可见范围内");
    }

    /** For owners whose row-level security alone decides who reads their attachments. */
    public static void rowSecurityOnly(DSLContext dsl, UUID ownerId) {
        // nothing beyond the policies of the attachment table
    }
}
