package cn.yingji.notifications;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 消息外发设置 (单位管理员) and the receipts of a notification's deliveries (its readers). */
@RestController
class NotificationRouteController {

    private final NotificationRoutes routes;

    NotificationRouteController(NotificationRoutes routes) {
        this.routes = routes;
    }

    @GetMapping("/api/v1/notification-routes")
    @PreAuthorize(Access.ADMINS)
    Mono<List<NotificationRoutes.Route>> list(Viewer viewer) {
        return routes.list(viewer);
    }

    @PostMapping("/api/v1/notification-routes")
    @PreAuthorize(Access.ADMINS)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<NotificationRoutes.Route> add(Viewer viewer, @RequestBody NotificationRoutes.RouteRequest request) {
        return routes.add(viewer, request);
    }

    @DeleteMapping("/api/v1/notification-routes/{id}")
    @PreAuthorize(Access.ADMINS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> remove(Viewer viewer, @PathVariable UUID id) {
        return routes.remove(viewer, id);
    }

    @GetMapping("/api/v1/notifications/{id}/deliveries")
    @PreAuthorize(Access.SIGNED_IN)
    Mono<List<NotificationRoutes.Delivery>> deliveries(Viewer viewer, @PathVariable long id) {
        return routes.deliveries(viewer, id);
    }
}
