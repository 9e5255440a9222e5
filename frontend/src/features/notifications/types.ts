/** One notification of `GET /api/v1/notifications` and of the live stream (消息中心, docs/notifications.md). */
export interface Notification {
  /** Ascending: the stream's event id. */
  id: number;
  kind: string;
  /** 新的备案报送, 备案退回, … */
  kindLabel: string;
  title: string;
  body: string | null;
  /** The record it opens (`plan`, `filing`, …), if any. */
  entity: string | null;
  entityId: string | null;
  /** The office whose work caused it. */
  senderTenantName: string;
  createdAt: string;
  read: boolean;
}

export interface Inbox {
  items: Notification[];
  /** How many of all the caller's notifications it has not read. */
  unread: number;
}

/** 消息外发设置: a route an office's notifications leave by (`GET /api/v1/notification-routes`). */
export interface NotificationRoute {
  id: string;
  channel: 'sms' | 'gov_wechat' | 'dingtalk' | 'email';
  /** 短信, 政务微信, 钉钉, 电子邮件 */
  channelLabel: string;
  address: string;
  name: string;
  /** Only what is told to those with this role; null: everything the office is told. */
  audienceRole: string | null;
  createdAt: string;
}

export interface NotificationRouteInput {
  channel: NotificationRoute['channel'];
  address: string;
  name: string;
  audienceRole: string | null;
}
