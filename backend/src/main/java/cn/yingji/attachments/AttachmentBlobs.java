package cn.yingji.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.BiFunction;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The bytes of an attachment in and out of its {@code bytea} column without holding them whole: written from the
 * spooled upload as one streamed JDBC parameter (pgjdbc copies the stream to the socket), read back in slices of
 * {@link #SLICE} bytes with {@code substring}, each in its own short transaction (row-level security applies to
 * every slice). Large objects would stream too, but they live outside the row: row-level security, the tenant's
 * delete policy and "no orphans" would all need a second mechanism; attachments are at most 50 MB, which bytea holds.
 */
final class AttachmentBlobs {

    static final int SLICE = 1024 * 1024;

    private AttachmentBlobs() {
    }

    /** Streams the spooled file into the content column of the row just inserted (same transaction). */
    static void write(DSLContext dsl, AttachmentTable t, UUID id, Path file, long size) {
        String sql = "update " + dsl.render(t.table) + " set " + dsl.render(DSL.name(t.content.getName()))
                + " = ? where " + dsl.render(DSL.name(t.id.getName())) + " = ?";
        dsl.connection(c -> {
            try (InputStream in = Files.newInputStream(file); var update = c.prepareStatement(sql)) {
                update.setBinaryStream(1, in, size);
                update.setObject(2, id);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("attachment " + id + " vanished while its content was written");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Bytes {@code offset} to {@code offset + length} of the content (0-based), or null when the row is gone. */
    static byte[] slice(DSLContext dsl, AttachmentTable t, UUID id, long offset, int length) {
        var row = dsl.select(DSL.field("substring({0} from {1} for {2})", byte[].class, t.content,
                        DSL.val(Math.toIntExact(offset + 1)), DSL.val(length))) // substring(bytea, int, int)
                .from(t.table).where(t.id.eq(id)).fetchOne();
        return row == null ? null : row.value1();
    }

    /** {@code size} bytes as buffers, one slice read at a time as the client takes them. */
    static Flux<DataBuffer> read(long size, BiFunction<Long, Integer, Mono<byte[]>> slice) {
        long slices = (size + SLICE - 1) / SLICE;
        return Flux.range(0, (int) slices)
                .concatMap(i -> slice.apply((long) i * SLICE, (int) Math.min(SLICE, size - (long) i * SLICE)), 0)
                .map(DefaultDataBufferFactory.sharedInstance::wrap);
    }
}
