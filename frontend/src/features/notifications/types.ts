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
