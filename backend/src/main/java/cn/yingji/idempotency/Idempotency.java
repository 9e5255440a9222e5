package cn.yingji.idempotency;

import static cn.yingji.db.Tables.IDEMPOTENT_REQUEST;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.yingji.db.tables.records.IdempotentRequestRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Viewer;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key}: the same request sent again with the same key gets the first answer instead of being
 * done twice. A key belongs to the caller's tenant, the caller, the method and the route; reused for a different
 * request (another target or body, told by its fingerprint) it is refused with 422 {@code idempotency-key-reused}.
 * The key is claimed in the work's own transaction, so a concurrent request with the same key waits until the
 * first one commits and then answers with its result; a failed request leaves its key unused.
 */
@Component
public class Idempotency {

    private final JsonMapper json;

    Idempotency(JsonMapper json) {
        this.json = json;
    }

    /**
     * One use of a key.
     *
     * @param key         the header's value; {@code null} when the client sent none
     * @param method      the HTTP method
     * @param route       the route template, e.g. {@code /api/v1/plans/{id}/submit} (not the concrete path, so
     *                    that a key sent to another record is recognised as reused)
     * @param fingerprint what makes the request this request, from {@link #fingerprint}
     */
    public record Request(String key, String method, String route, String fingerprint) {
    }

    /** A digest of the parts that identify a request: its target and its body's values. */
    public static String fingerprint(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code work} once per key inside the caller's transaction {@code tx} and returns its result, or the
     * result the first request with this key returned.
     */
    public <T> T once(DSLContext tx, Viewer viewer, Request request, Class<T> type, Supplier<T> work) {
        if (request.key() == null) {
            return work.get();
        }
        if (request.key().isBlank() || request.key().length() > 200) {
            throw ApiException.badRequest("invalid-idempotency-key", "Idempotency-Key 须为 1 至 200 个字符");
        }
        // blocks while another transaction holds the same key, until it commits or rolls back
        IdempotentRequestRecord claimed = tx.insertInto(IDEMPOTENT_REQUEST)
                .set(IDEMPOTENT_REQUEST.USERNAME, viewer.username())
                .set(IDEMPOTENT_REQUEST.METHOD, request.method())
                .set(IDEMPOTENT_REQUEST.ROUTE, request.route())
                .set(IDEMPOTENT_REQUEST.KEY, request.key())
                .set(IDEMPOTENT_REQUEST.FINGERPRINT, request.fingerprint())
                .onConflictDoNothing()
                .returning()
                .fetchOne();
        if (claimed == null) {
            IdempotentRequestRecord earlier = tx.selectFrom(IDEMPOTENT_REQUEST)
                    .where(IDEMPOTENT_REQUEST.TENANT_CODE.eq(viewer.tenant().code()))
                    .and(IDEMPOTENT_REQUEST.USERNAME.eq(viewer.username()))
                    .and(IDEMPOTENT_REQUEST.METHOD.eq(request.method()))
                    .and(IDEMPOTENT_REQUEST.ROUTE.eq(request.route()))
                    .and(IDEMPOTENT_REQUEST.KEY.eq(request.key()))
                    .fetchSingle();
            if (!earlier.getFingerprint().equals(request.fingerprint())) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                        "该 Idempotency-Key 已用于另一项请求，请为新的请求使用新的键");
            }
            return json.readValue(earlier.getResponse().data(), type);
        }
        T result = work.get();
        tx.update(IDEMPOTENT_REQUEST).set(IDEMPOTENT_REQUEST.RESPONSE, JSONB.valueOf(json.writeValueAsString(result)))
                .where(IDEMPOTENT_REQUEST.ID.eq(claimed.getId())).execute();
        return result;
    }
}
