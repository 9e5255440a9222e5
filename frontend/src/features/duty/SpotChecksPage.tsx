import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { zhCN } from '../../i18n/zh-CN';
import { formatTime } from '../events/events';
import { useTenantTree } from '../tenants/service';
import { ConclusionModal } from './components/ConclusionModal';
import { ScheduleFormModal } from './components/ScheduleFormModal';
import { SpotCheckFormModal } from './components/SpotCheckFormModal';
import { outcomeColor, regionsBelow } from './duty';
import { useSpotChecks } from './service';
import type { SpotCheck } from './types';

/**
 * 查岗: the checks this office made of the regions below it (live: an answer arrives as a notification) with their
 * outcome and conclusion, and the checks made of this office.
 */
export default function SpotChecksPage() {
  const t = zhCN.duty.spotCheck;
  const tree = useTenantTree();
  const regions = regionsBelow(tree.data?.root);
  const issued = useSpotChecks('issued', regions.length > 0);
  const received = useSpotChecks('received');
  const [checking, setChecking] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [concluding, setConcluding] = useState<SpotCheck | null>(null);

  const columns = (mine: boolean) => [
    { title: t.sentAt, render: (_: unknown, c: SpotCheck) => formatTime(c.sentAt), width: 130 },
    mine
      ? {
          title: t.target,
          render: (_: unknown, c: SpotCheck) => (
            <Space direction="vertical" size={0}>
              <span>{`${c.checkedTenantName}${c.postName ? ` ${c.postName}` : ''}`}</span>
              {c.occasion && <Tag>{c.occasion}</Tag>}
            </Space>
          ),
        }
      : { title: t.checker, render: (_: unknown, c: SpotCheck) => `${c.tenantName}（${c.checkedBy}）` },
    { title: t.method, dataIndex: 'methodLabel', width: 100 },
    {
      title: t.outcome,
      width: 130,
      render: (_: unknown, c: SpotCheck) => (
        <Tag color={outcomeColor(c.outcome)} data-testid="spot-check-outcome">
          {c.outcomeLabel}
        </Tag>
      ),
    },
    { title: t.answeredBy, render: (_: unknown, c: SpotCheck) => (c.answeredBy ? `${c.answeredBy} ${formatTime(c.answeredAt)}` : '—') },
    {
      title: t.conclusion,
      render: (_: unknown, c: SpotCheck) =>
        c.violationLabel ? (
          <Space direction="vertical" size={0}>
            <Tag color={c.violation === 'none' ? 'green' : 'red'}>{c.violationLabel}</Tag>
            {c.rectification && <span>{c.rectification}</span>}
            {c.sanction && <span>{c.sanction}</span>}
          </Space>
        ) : mine && c.outcome !== 'pending' && c.outcome !== 'scheduled' ? (
          <Button size="small" onClick={() => setConcluding(c)}>
            {t.conclude}
          </Button>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {regions.length > 0 && (
        <Card
          title={t.issued}
          extra={
            <Space>
              <Button onClick={() => setScheduling(true)} data-testid="schedule-spot-checks">
                {t.schedule}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setChecking(true)} data-testid="start-spot-check">
                {t.start}
              </Button>
            </Space>
          }
        >
          <Table<SpotCheck>
            rowKey="id"
            size="small"
            loading={issued.isLoading}
            dataSource={issued.data ?? []}
            columns={columns(true)}
            locale={{ emptyText: t.empty }}
            data-testid="spot-checks-issued"
          />
        </Card>
      )}
      <Card title={t.received}>
        <Table<SpotCheck>
          rowKey="id"
          size="small"
          loading={received.isLoading}
          dataSource={received.data ?? []}
          columns={columns(false)}
          locale={{ emptyText: t.empty }}
        />
      </Card>
      {checking && <SpotCheckFormModal regions={regions} onClose={() => setChecking(false)} />}
      {scheduling && <ScheduleFormModal regions={regions} onClose={() => setScheduling(false)} />}
      {concluding && <ConclusionModal check={concluding} onClose={() => setConcluding(null)} />}
    </Space>
  );
}
