package cn.yingji.notifications;

import static cn.yingji.db.Tables.NOTIFICATION;
import static cn.yingji.db.Tables.NOTIFICATION_READ;
import static cn.yingji.db.Tables.TENANT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Role;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 消息中心: what an office, or one person of it, is told. A feature writes a notification in the transaction of its
 * cause ({@link #notify}); the database announces it at commit and {@link NotificationHub} pushes it to the open
 * browsers of its readers; the list, the unread count and 已读 are read here.
 */
@Component
public class Notifications {

    /**
     * Who is told: an office (a tenant on the writer's line — its own, one above or one below it), narrowed to those
     * of it with a role, or to one person of it by login name.
     */
    public record Recipient(String tenantCode, Role role, String username) {

        /** Everyone of the office. */
        public static Recipient office(String tenantCode) {
            return new Recipient(tenantCode, null, null);
        }

        /** Those of the office with this role, e.g. its reviewers. */
        public static Recipient role(String tenantCode, Role role) {
            return new Recipient(tenantCode, role, null);
        }

        /** One person of the office. */
        public static Recipient person(String tenantCode, String username) {
            return new Recipient(tenantCode, null, username);
        }

        /** Whether {@code viewer} is among those told (its tenant, its roles, its login name). */
        boolean includes(Viewer viewer) {
            return viewer.tenant().code().equals(tenantCode) && (role == null || viewer.hasRole(role))
                    && (username == null || username.equals(viewer.username()));
        }
    }

    /** What a feature tells: its kind, to whom, a title and a body users read, and the record it opens. */
    public record Notice(NotificationKind kind, Recipient to, String title, String body, String entity, UUID entityId) {
    }

    /** One notification as its reader sees it, the kind in Chinese, who sent it, whether the reader has read it. */
    public record Item(long id, String kind, String kindLabel, String title, @Nullable String body,
            @Nullable String entity, @Nullable UUID entityId, String senderTenantName, OffsetDateTime createdAt, boolean read) {
    }

    /** The reader's list: its newest notifications and how many of all of them it has not read. */
    public record Inbox(List<Item> items, int unread) {
    }

    private final TenantTx tx;

    Notifications(TenantTx tx) {
        this.tx = tx;
    }

    /** Writes a notification in the caller's transaction; its readers hear it when that transaction commits. */
    public long notify(DSLContext dsl, Notice notice) {
        Recipient to = notice.to();
        return dsl.select(DSL.field("app.notify({0}, {1}, {2}, {3}::notification_kind, {4}, {5}, {6}, {7})", Long.class,
                DSL.val(to.tenantCode()), DSL.val(to.role() == null ? null : to.role().literal()), DSL.val(to.username()), DSL.val(notice.kind().literal()),
                DSL.val(notice.title()), DSL.val(notice.body()), DSL.val(notice.entity()),
                DSL.val(notice.entityId(), UUID.class))).fetchSingle().value1();
    }

    /** The viewer's newest notifications, at most {@code limit} (only the unread ones with {@code unreadOnly}). */
    public Mono<Inbox> inbox(Viewer viewer, boolean unreadOnly, int limit) {
        return tx.call(viewer, dsl -> {
            Condition where = addressedTo(viewer);
            var items = items(dsl, viewer, unreadOnly ? where.and(unread(viewer)) : where, limit, false);
            return new Inbox(items, dsl.fetchCount(NOTIFICATION, where.and(unread(viewer))));
        });
    }

    /** What the viewer was told after notification {@code lastId}, oldest first, at most {@code limit}: a reconnect's catch-up. */
    public Mono<List<Item>> after(Viewer viewer, long lastId, int limit) {
        return tx.call(viewer, dsl -> items(dsl, viewer, addressedTo(viewer).and(NOTIFICATION.ID.gt(lastId)), limit, true));
    }

    /** Notification {@code id} as the viewer reads it, if the viewer is among its readers. */
    Mono<List<Item>> one(Viewer viewer, long id) {
        return tx.call(viewer, dsl -> items(dsl, viewer, addressedTo(viewer).and(NOTIFICATION.ID.eq(id)), 1, true));
    }

    /** Marks one notification read by the viewer (again: no change); 404 when it is not the viewer's. */
    public Mono<Integer> markRead(Viewer viewer, long id) {
        return tx.call(viewer, dsl -> {
            if (!dsl.fetchExists(NOTIFICATION, addressedTo(viewer).and(NOTIFICATION.ID.eq(id)))) {
                throw ApiException.notFound("notification-not-found", "未找到该消息，或不是发给您的");
            }
            dsl.insertInto(NOTIFICATION_READ).set(NOTIFICATION_READ.NOTIFICATION_ID, id)
                    .set(NOTIFICATION_READ.USERNAME, viewer.username())
                    .onConflict(NOTIFICATION_READ.NOTIFICATION_ID, NOTIFICATION_READ.USERNAME).doNothing().execute();
            return dsl.fetchCount(NOTIFICATION, addressedTo(viewer).and(unread(viewer)));
        });
    }

    /** Marks everything the viewer was told up to now read; returns how many were unread. */
    public Mono<Integer> markAllRead(Viewer viewer) {
        return tx.call(viewer, dsl -> dsl.insertInto(NOTIFICATION_READ, NOTIFICATION_READ.NOTIFICATION_ID, NOTIFICATION_READ.USERNAME)
                .select(dsl.select(NOTIFICATION.ID, DSL.val(viewer.username())).from(NOTIFICATION)
                        .where(addressedTo(viewer)).and(unread(viewer)))
                .onConflictDoNothing().execute());
    }

    private static List<Item> items(DSLContext dsl, Viewer viewer, Condition where, int limit, boolean ascending) {
        var read = DSL.exists(DSL.selectOne().from(NOTIFICATION_READ)
                .where(NOTIFICATION_READ.NOTIFICATION_ID.eq(NOTIFICATION.ID))
                .and(NOTIFICATION_READ.USERNAME.eq(viewer.username())));
        return dsl.select(NOTIFICATION.asterisk(), TENANT.NAME, DSL.field(read).as("read")).from(NOTIFICATION)
                .join(TENANT).on(TENANT.CODE.eq(NOTIFICATION.SENDER_TENANT_CODE))
                .where(where).orderBy(ascending ? NOTIFICATION.ID.asc() : NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> {
                    var n = r.into(NOTIFICATION);
                    NotificationKind kind = NotificationKind.fromLiteral(n.getKind().getLiteral());
                    return new Item(n.getId(), kind.literal(), kind.label(), n.getTitle(), n.getBody(), n.getEntity(),
                            n.getEntityId(), r.get(TENANT.NAME), n.getCreatedAt(), r.get("read", Boolean.class));
                });
    }

    /** What is addressed to the viewer: its office's, narrowed by role and person (the database narrows outsiders). */
    static Condition addressedTo(Viewer viewer) {
        return NOTIFICATION.TENANT_CODE.eq(viewer.tenant().code())
                .and(NOTIFICATION.AUDIENCE_ROLE.isNull().or(NOTIFICATION.AUDIENCE_ROLE.in(viewer.roles().stream().map(Role::literal).toList())))
                .and(NOTIFICATION.RECIPIENT_USERNAME.isNull().or(NOTIFICATION.RECIPIENT_USERNAME.eq(viewer.username())));
    }

    private static Condition unread(Viewer viewer) {
        return DSL.notExists(DSL.selectOne().from(NOTIFICATION_READ)
                .where(NOTIFICATION_READ.NOTIFICATION_ID.eq(NOTIFICATION.ID))
                .and(NOTIFICATION_READ.USERNAME.eq(viewer.username())));
    }
}
