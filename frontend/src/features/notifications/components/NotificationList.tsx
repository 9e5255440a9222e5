import { Badge, Empty, List, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { recordPage } from '../../../records';
import { useMarkRead } from '../service';
import type { Notification } from '../types';

/** Notifications, newest first: unread ones marked; a click marks one read and opens its record. */
export function NotificationList({ items, loading, onOpen }: { items: Notification[]; loading?: boolean; onOpen?: () => void }) {
  const t = zhCN.notifications;
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const open = (n: Notification) => {
    if (!n.read) {
      markRead.mutate(n.id);
    }
    onOpen?.();
    void navigate(recordPage(n.entity, n.entityId));
  };
  return (
    <List
      loading={loading}
      dataSource={items}
      locale={{ emptyText: <Empty description={t.none} /> }}
      renderItem={(n) => (
        <List.Item
          data-testid="notification"
          style={{ cursor: 'pointer' }}
          onClick={() => open(n)}
          extra={<Typography.Text type="secondary">{new Date(n.createdAt).toLocaleString('zh-CN')}</Typography.Text>}
        >
          <List.Item.Meta
            title={
              <Space wrap>
                {!n.read && <Badge status="processing" text={t.fresh} />}
                <Tag>{n.kindLabel}</Tag>
                <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
              </Space>
            }
            description={n.body ? `${n.senderTenantName} · ${n.body}` : n.senderTenantName}
          />
        </List.Item>
      )}
    />
  );
}
