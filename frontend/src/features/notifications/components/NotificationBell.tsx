import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Popover, Space } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { useInbox, useLiveNotifications, useMarkAllRead } from '../service';
import type { Notification } from '../types';
import { NotificationList } from './NotificationList';

/** The bell in the header: the unread count, live; the newest notifications on a click. */
export function NotificationBell() {
  const t = zhCN.notifications;
  const { notification } = App.useApp();
  const [open, setOpen] = useState(false);
  const { data, isLoading } = useInbox(8);
  const markAll = useMarkAllRead();
  const arrived = useCallback(
    (n: Notification) => notification.info({ message: `${t.arrived}：${n.kindLabel}`, description: n.title, placement: 'bottomRight' }),
    [notification, t.arrived],
  );
  useLiveNotifications(arrived);
  const unread = data?.unread ?? 0;
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>{t.title}</span>
          <Button size="small" type="link" disabled={unread === 0} onClick={() => markAll.mutate()}>
            {t.readAll}
          </Button>
        </Space>
      }
      content={
        <div style={{ width: 420, maxHeight: 480, overflow: 'auto' }}>
          <NotificationList items={data?.items ?? []} loading={isLoading} onOpen={() => setOpen(false)} />
          <Link to="/notifications" onClick={() => setOpen(false)}>
            {t.seeAll}
          </Link>
        </div>
      }
    >
      <Badge count={unread} size="small" data-testid="notification-count" title={t.unread(unread)}>
        <Button type="text" icon={<BellOutlined />} aria-label={t.bell} data-testid="notification-bell" data-unread={unread} />
      </Badge>
    </Popover>
  );
}
