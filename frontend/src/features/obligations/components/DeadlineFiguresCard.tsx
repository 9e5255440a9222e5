import { Button, Card, Drawer, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { countdown, formatRate, workPage } from '../obligations';
import { type DeadlineRecordsQuery, useDeadlineFigures, useDeadlineRecords } from '../service';
import type { DeadlineCounts, DeadlineLine, DeadlineOutcome, Obligation } from '../types';

const OUTCOMES: DeadlineOutcome[] = ['onTime', 'late', 'overdue', 'pending'];
const ALL = '';
const NONE: DeadlineCounts = { onTime: 0, late: 0, overdue: 0, pending: 0, waived: 0, rate: null };

/**
 * 时限办理（实时）: how a region and each region below it met their deadlines, read live from the obligations —
 * per kind or in all, every number opening the obligations behind it.
 */
export function DeadlineFiguresCard({ region }: { region: string }) {
  const t = zhCN.obligations.figures;
  const { data, isLoading } = useDeadlineFigures(region);
  const [kind, setKind] = useState<string>(ALL);
  const [records, setRecords] = useState<DeadlineRecordsQuery | null>(null);
  const kindLabel = data?.kinds.find((k) => k.kind === kind)?.label ?? t.allKinds;
  const counts = (line: DeadlineLine): DeadlineCounts => (kind === ALL ? line.all : (line.byKind[kind] ?? NONE));
  const lineName = (line: DeadlineLine) => (line.own ? t.own : line.total ? t.total : line.tenantName);
  const lineKey = (line: DeadlineLine) => (line.own ? 'own' : line.total ? 'total' : line.tenantCode);

  const columns: ColumnsType<DeadlineLine> = [
    {
      title: t.region,
      key: 'region',
      width: 140,
      render: (_, line) =>
        line.own || line.total ? (
          <Typography.Text strong={line.total}>{lineName(line)}</Typography.Text>
        ) : (
          <Link to={`/compliance/${line.tenantCode}`}>{line.tenantName}</Link>
        ),
    },
    ...OUTCOMES.map((outcome) => ({
      title: t.outcomes[outcome],
      key: outcome,
      width: 96,
      align: 'right' as const,
      render: (_: unknown, line: DeadlineLine) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          data-testid={`deadline-${lineKey(line)}-${outcome}`}
          onClick={() =>
            setRecords({
              region: line.tenantCode,
              regionName: line.own ? `${line.tenantName}${t.own}` : line.tenantName,
              subtree: !line.own,
              kind: kind === ALL ? null : kind,
              kindLabel,
              outcome,
            })
          }
        >
          {counts(line)[outcome]}
        </Button>
      ),
    })),
    {
      title: t.rate,
      key: 'rate',
      width: 90,
      align: 'right',
      render: (_, line) => <span data-testid={`deadline-${lineKey(line)}-rate`}>{formatRate(counts(line).rate)}</span>,
    },
  ];

  return (
    <Card
      title={t.title}
      data-testid="deadline-figures"
      extra={
        <Segmented<string>
          value={kind}
          onChange={setKind}
          options={[{ value: ALL, label: t.allKinds }, ...(data?.kinds ?? []).map((k) => ({ value: k.kind, label: k.label }))]}
        />
      }
    >
      {data ? (
        <Typography.Paragraph type="secondary">{t.subtitle(data.since)}</Typography.Paragraph>
      ) : null}
      <Table<DeadlineLine>
        rowKey={lineKey}
        size="small"
        bordered
        loading={isLoading}
        pagination={false}
        dataSource={data?.lines ?? []}
        columns={columns}
      />
      <DeadlineRecordsDrawer query={records} onClose={() => setRecords(null)} />
    </Card>
  );
}

function DeadlineRecordsDrawer({ query, onClose }: { query: DeadlineRecordsQuery | null; onClose: () => void }) {
  const t = zhCN.obligations.figures;
  const { data, isFetching } = useDeadlineRecords(query);
  const columns: ColumnsType<Obligation> = [
    {
      title: t.columns.subject,
      key: 'subject',
      render: (_, o) => <Link to={workPage(o)}>{o.subject}</Link>,
    },
    { title: t.columns.kind, key: 'kind', width: 100, render: (_, o) => <Tag>{o.kindLabel}</Tag> },
    { title: t.columns.assignee, key: 'assignee', width: 110, render: (_, o) => o.assigneeTenantName },
    { title: t.columns.due, key: 'due', width: 110, render: (_, o) => o.dueOn },
    { title: t.columns.state, key: 'state', width: 130, render: (_, o) => countdown(o) },
  ];
  return (
    <Drawer
      open={query != null}
      onClose={onClose}
      width={900}
      title={query ? t.records(query.regionName, query.kindLabel, t.outcomes[query.outcome]) : ''}
      destroyOnHidden
    >
      <Table<Obligation>
        data-testid="deadline-records"
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data ?? []}
        columns={columns}
        locale={{ emptyText: t.recordsEmpty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
    </Drawer>
  );
}
