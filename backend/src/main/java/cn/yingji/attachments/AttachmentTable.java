package cn.yingji.attachments;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import org.jooq.EnumType;
import org.jooq.Field;
import org.jooq.Table;

import cn.yingji.records.Versioned;

/**
 * Where one kind of owner (a plan, a drill record, a case) keeps its attachments, for {@link AttachmentStore}.
 * Every attachment table has the same columns ({@code id}, the owner column, {@code file_name}, {@code media_type},
 * {@code size_bytes}, {@code sha256}, {@code content}, {@code uploaded_by}, {@code uploaded_at}); what differs is
 * said here.
 */
public final class AttachmentTable {

    final Versioned<?> ownerType;
    final String entity;
    final Table<?> table;
    final Field<UUID> owner;
    final Field<? extends EnumType> label;
    final boolean photos;
    final boolean indexed;
    final Field<UUID> id;
    final Field<String> fileName;
    final Field<String> mediaType;
    final Field<Long> sizeBytes;
    final Field<String> sha256;
    final Field<byte[]> content;
    final Field<String> uploadedBy;
    final Field<OffsetDateTime> uploadedAt;

    /**
     * @param ownerType the owner's record type ({@code plan}); an upload is audited as {@code <entity>.attach}
     * @param table   the attachment table
     * @param owner   its column naming the owner
     * @param label   an enum column shown with each attachment (a plan's {@code role}, a drill's {@code kind}), or null
     * @param photos  whether JPEG and PNG photos are accepted besides .docx and .pdf
     * @param indexed whether the owner's search document holds its attachments (an upload re-indexes the owner)
     */
    public AttachmentTable(Versioned<?> ownerType, Table<?> table, Field<UUID> owner, Field<? extends EnumType> label,
            boolean photos, boolean indexed) {
        this.ownerType = ownerType;
        this.entity = ownerType.entity();
        this.table = table;
        this.owner = owner;
        this.label = label;
        this.photos = photos;
        this.indexed = indexed;
        this.id = column("id", UUID.class);
        this.fileName = column("file_name", String.class);
        this.mediaType = column("media_type", String.class);
        this.sizeBytes = column("size_bytes", Long.class);
        this.sha256 = column("sha256", String.class);
        this.content = column("content", byte[].class);
        this.uploadedBy = column("uploaded_by", String.class);
        this.uploadedAt = column("uploaded_at", OffsetDateTime.class);
    }

    private <T> Field<T> column(String name, Class<T> type) {
        Field<?> field = Objects.requireNonNull(table.field(name), () -> table.getName() + " has no column " + name);
        if (!type.equals(field.getType())) {
            throw new IllegalArgumentException(table.getName() + "." + name + " is not a " + type.getSimpleName());
        }
        @SuppressWarnings("unchecked")
        Field<T> typed = (Field<T>) field;
        return typed;
    }
}
