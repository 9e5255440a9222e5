import { Button, Card } from 'antd';
import { zhCN } from '../../i18n/zh-CN';
import { NotificationList } from './components/NotificationList';
import { useInbox, useMarkAllRead } from './service';

/** 消息中心: the caller's notifications, newest first. */
export default function NotificationsPage() {
  const t = zhCN.notifications;
  const { data, isLoading } = useInbox(200);
  const markAll = useMarkAllRead();
  return (
    <Card
      title={`${t.title}（${t.unread(data?.unread ?? 0)}）`}
      extra={
        <Button disabled={!data?.unread} onClick={() => markAll.mutate()}>
          {t.readAll}
        </Button>
      }
    >
      <NotificationList items={data?.items ?? []} loading={isLoading} />
    </Card>
  );
}
