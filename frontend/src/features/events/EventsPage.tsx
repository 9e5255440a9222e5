import { Card, Segmented, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { choiceIn } from '../../components/useUrlChoice';
import { useUrlState } from '../../components/useUrlState';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { ClockTag } from './components/ClockTag';
import { formatTime, nextClock } from './events';
import { useEvents } from './service';
import type { EventRow, Scope } from './types';

const SCOPES: Scope[] = ['all', 'own', 'below'];
const STATUSES = ['open', 'closed'] as const;

/** 事件信息: the events of the office and the tiers below it, open or ended; the scope and status are in the URL. */
export default function EventsPage() {
  const t = zhCN.events;
  const url = useUrlState();
  const { data: me } = useMe();
  const scope = choiceIn<Scope>(url.params, 'scope', SCOPES, 'all');
  const status = choiceIn<(typeof STATUSES)[number]>(url.params, 'status', STATUSES, 'open');
  const { data, isLoading } = useEvents(scope, status);
  return (
    <Card
      title={t.event.list}
      extra={
        <Space>
          <Segmented<Scope>
            value={scope}
            onChange={(v) => url.set({ scope: v })}
            options={SCOPES.map((s) => ({ value: s, label: t.event.scopes[s] }))}
          />
          <Segmented<string>
            value={status}
            onChange={(v) => url.set({ status: v })}
            options={[
              { value: 'open', label: t.event.open },
              { value: 'closed', label: t.event.closed },
            ]}
          />
        </Space>
      }
    >
      <Table<EventRow>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data ?? []}
        columns={[
          { title: t.event.title, key: 'title', render: (_, e) => <Link to={`/events/${e.id}`}>{e.title}</Link> },
          { title: t.event.severity, key: 'severity', render: (_, e) => <Tag>{e.severityLabel}</Tag> },
          { title: t.event.eventType, dataIndex: 'eventType' },
          { title: t.event.tenant, dataIndex: 'tenantName' },
          { title: t.event.occurredAt, key: 'occurred', render: (_, e) => formatTime(e.occurredAt) },
          { title: t.event.reports, key: 'reports', render: (_, e) => t.event.reportsCount(e.reports) },
          {
            title: t.event.clocks,
            key: 'clock',
            render: (_, e) => {
              const clock = nextClock(e.clocks, me?.tenant.code);
              return clock ? <ClockTag clock={clock} showAssignee={clock.assigneeTenantCode !== me?.tenant.code} /> : '—';
            },
          },
        ]}
      />
    </Card>
  );
}
