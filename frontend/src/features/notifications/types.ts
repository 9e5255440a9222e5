import type { Narrowed, Schemas } from '../../api/schemas';

/** One notification of `GET /api/v1/notifications` and of the live stream (消息中心, docs/notifications.md). */
export type Notification = Schemas['Notifications.Item'];

/** The newest notifications and how many of all the caller's it has not read. */
export type Inbox = Schemas['Notifications.Inbox'];

/** The outbound channels of 消息外发设置: 短信, 政务微信, 钉钉, 电子邮件. */
export type Channel = 'sms' | 'gov_wechat' | 'dingtalk' | 'email';

/** 消息外发设置: a route an office's notifications leave by (`GET /api/v1/notification-routes`). */
export type NotificationRoute = Narrowed<Schemas['NotificationRoutes.Route'], { channel: Channel }>;

export type NotificationRouteInput = Schemas['NotificationRoutes.RouteRequest'];
