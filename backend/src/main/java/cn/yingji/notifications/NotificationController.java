package cn.yingji.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** 消息中心: the caller's notifications, its unread count, 已读, and the live stream of new ones. */
@RestController
@PreAuthorize(Access.SIGNED_IN)
class NotificationController {

    /** How many missed notifications a reconnecting browser is sent at most; it reads the list for older ones. */
    static final int CATCH_UP = 200;
    /** A comment this often keeps proxies from closing a quiet stream. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    private final Notifications notifications;
    private final NotificationHub hub;

    NotificationController(Notifications notifications, NotificationHub hub) {
        this.notifications = notifications;
        this.hub = hub;
    }

    /** The caller's newest notifications ({@code unread=true}: the unread ones) and its unread count. */
    @GetMapping("/api/v1/notifications")
    Mono<Notifications.Inbox> list(Viewer viewer, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 200) {
            throw ApiException.badRequest("invalid-limit", "条数无效：须在 1 到 200 之间");
        }
        return notifications.inbox(viewer, unread, limit);
    }

    /** Marks one read; returns the unread count after it. */
    @PostMapping("/api/v1/notifications/{id}/read")
    Mono<Unread> read(Viewer viewer, @PathVariable long id) {
        return notifications.markRead(viewer, id).map(Unread::new);
    }

    /** Marks all of the caller's notifications read (全部已读). */
    @PostMapping("/api/v1/notifications/read-all")
    Mono<Unread> readAll(Viewer viewer) {
        return notifications.markAllRead(viewer).map(marked -> new Unread(0));
    }

    record Unread(int unread) {
    }

    /**
     * The caller's new notifications as Server-Sent Events ({@code event: notification}, {@code id} ascending), from
     * the moment the stream opens; with {@code Last-Event-ID} first those after it that the browser missed (at most
     * {@link #CATCH_UP}). The first event is a {@code ready} comment. The stream ends when the caller's token does:
     * the browser reconnects with a new one.
     */
    @GetMapping(value = "/api/v1/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Notifications.Item>> stream(Viewer viewer, @AuthenticationPrincipal Jwt token,
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId, ServerHttpResponse response) {
        Long after = lastEventId(lastEventId);
        // no cache or proxy (nginx) holds events back
        response.getHeaders().setCacheControl("no-cache");
        response.getHeaders().set("X-Accel-Buffering", "no");
        Duration valid = token.getExpiresAt() == null ? Duration.ofHours(1)
                : Duration.between(Instant.now(), token.getExpiresAt());
        return Flux.defer(() -> {
            NotificationHub.Stream stream = hub.open(viewer);
            Mono<List<Notifications.Item>> missed = after == null ? Mono.just(List.of())
                    : notifications.after(viewer, after, CATCH_UP);
            Flux<Notifications.Item> items = missed.flatMapMany(list -> {
                long seen = list.isEmpty() ? (after == null ? 0 : after) : list.getLast().id();
                return Flux.fromIterable(list).concatWith(stream.live().filter(item -> item.id() > seen));
            });
            Flux<ServerSentEvent<Notifications.Item>> events = items.map(item -> ServerSentEvent.builder(item)
                    .id(Long.toString(item.id())).event("notification").build());
            Flux<ServerSentEvent<Notifications.Item>> keepAlive = Flux.interval(KEEP_ALIVE).onBackpressureDrop()
                    .takeUntilOther(stream.closed())
                    .map(i -> ServerSentEvent.<Notifications.Item>builder().comment("keep-alive").build());
            return Flux.just(ServerSentEvent.<Notifications.Item>builder().comment("ready").build())
                    .concatWith(Flux.merge(events, keepAlive))
                    .take(valid.isNegative() ? Duration.ZERO : valid)
                    .doFinally(signal -> stream.close());
        });
    }

    private static Long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(header.strip());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid-last-event-id", "Last-Event-ID 无效：须为消息编号");
        }
    }
}
