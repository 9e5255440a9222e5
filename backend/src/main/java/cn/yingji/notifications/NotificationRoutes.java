package cn.yingji.notifications;

import static cn.yingji.db.Tables.NOTIFICATION;
import static cn.yingji.db.Tables.NOTIFICATION_DELIVERY;
import static cn.yingji.db.Tables.NOTIFICATION_ROUTE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import cn.yingji.db.tables.records.NotificationRouteRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.platform.Labelled;
import cn.yingji.records.RecordWrites;
import cn.yingji.tenancy.Readership;
import cn.yingji.tenancy.Role;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 消息外发设置: the routes an office's notifications leave by, kept by its 单位管理员, and what became of each delivery. */
@Component
class NotificationRoutes {

    /** A route as the admin sees it; {@code audienceRole} null: everything the office is told (the web app names the role). */
    record Route(UUID id, String channel, String channelLabel, String address, String name, @Nullable String audienceRole,
            OffsetDateTime createdAt) {
    }

    /** What the admin asks for: the channel's literal, its address, what the office calls it, for whom (may be null). */
    record RouteRequest(String channel, String address, String name, @Nullable String audienceRole) {
    }

    /** One delivery of a notification: by which route, in what state (待发送, 已发送, 发送失败), when it was sent. */
    record Delivery(String channelLabel, String routeName, String state, String stateLabel, int attempts,
            @Nullable OffsetDateTime sentAt) {
    }

    private static final Map<String, String> STATES = Map.of("pending", "待发送", "sent", "已发送", "failed", "发送失败");

    private final TenantTx tx;
    private final RecordWrites writes;

    NotificationRoutes(TenantTx tx, RecordWrites writes) {
        this.tx = tx;
        this.writes = writes;
    }

    Mono<List<Route>> list(Viewer viewer) {
        return tx.call(viewer, dsl -> dsl.selectFrom(NOTIFICATION_ROUTE)
                .where(NOTIFICATION_ROUTE.TENANT_CODE.eq(viewer.tenant().code()))
                .orderBy(NOTIFICATION_ROUTE.CREATED_AT).fetch(NotificationRoutes::route));
    }

    Mono<Route> add(Viewer viewer, RouteRequest request) {
        OutboundChannel channel = Labelled.byLiteral(OutboundChannel.class, request.channel() == null ? "" : request.channel())
                .orElseThrow(() -> ApiException.badRequest("invalid-channel", "外发渠道无效，可选值：sms（短信）、gov_wechat（政务微信）、dingtalk（钉钉）、email（电子邮件）"));
        String address = request.address() == null ? "" : request.address().strip();
        if (!channel.accepts(address)) {
            throw ApiException.badRequest("invalid-address", channel.label() + "的地址无效：须为" + channel.addressRule());
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw ApiException.badRequest("invalid-route-name", "名称不能为空，且不能超过 100 个字");
        }
        String audience = request.audienceRole() == null || request.audienceRole().isBlank() ? null : request.audienceRole();
        if (audience != null && !Role.of(audience).filter(Readership::isOfficeRole).isPresent()) {
            throw ApiException.badRequest("invalid-audience", "接收范围无效：须为本单位的一种业务角色，或不限");
        }
        return tx.call(viewer, dsl -> {
            NotificationRouteRecord added = dsl.insertInto(NOTIFICATION_ROUTE)
                    .set(NOTIFICATION_ROUTE.CHANNEL, cn.yingji.db.enums.OutboundChannel.lookupLiteral(channel.literal()))
                    .set(NOTIFICATION_ROUTE.ADDRESS, address).set(NOTIFICATION_ROUTE.NAME, name)
                    .set(NOTIFICATION_ROUTE.AUDIENCE_ROLE, audience).set(NOTIFICATION_ROUTE.CREATED_BY, viewer.username())
                    .onConflictDoNothing().returning().fetchOne();
            if (added == null) {
                throw ApiException.conflict("route-exists", "该" + channel.label() + "地址已设置过，无需重复添加");
            }
            Route route = route(added);
            writes.audited(dsl, viewer, "notification_route", "notification_route.add", route.id(), null, route);
            return route;
        });
    }

    Mono<Void> remove(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            NotificationRouteRecord removed = dsl.deleteFrom(NOTIFICATION_ROUTE).where(NOTIFICATION_ROUTE.ID.eq(id))
                    .and(NOTIFICATION_ROUTE.TENANT_CODE.eq(viewer.tenant().code())).returning().fetchOne();
            if (removed == null) {
                throw ApiException.notFound("route-not-found", "未找到该外发设置，或不属于本单位");
            }
            writes.audited(dsl, viewer, "notification_route", "notification_route.remove", id, route(removed), null);
            return null;
        });
    }

    /** The deliveries of a notification addressed to the viewer (404 otherwise), in the order they were written. */
    Mono<List<Delivery>> deliveries(Viewer viewer, long notificationId) {
        return tx.call(viewer, dsl -> {
            if (!dsl.fetchExists(NOTIFICATION, Notifications.addressedTo(viewer).and(NOTIFICATION.ID.eq(notificationId)))) {
                throw ApiException.notFound("notification-not-found", "未找到该消息，或不是发给您的");
            }
            return dsl.selectFrom(NOTIFICATION_DELIVERY).where(NOTIFICATION_DELIVERY.NOTIFICATION_ID.eq(notificationId))
                    .orderBy(NOTIFICATION_DELIVERY.ID).fetch(d -> new Delivery(
                            Labelled.byLiteral(OutboundChannel.class, d.getChannel().getLiteral()).orElseThrow().label(),
                            d.getRouteName(),
                            d.getState().getLiteral(), STATES.get(d.getState().getLiteral()), d.getAttempts(),
                            d.getSentAt()));
        });
    }

    private static Route route(NotificationRouteRecord r) {
        OutboundChannel channel = Labelled.byLiteral(OutboundChannel.class, r.getChannel().getLiteral()).orElseThrow();
        return new Route(r.getId(), channel.literal(), channel.label(), r.getAddress(), r.getName(), r.getAudienceRole(),
                r.getCreatedAt());
    }
}
