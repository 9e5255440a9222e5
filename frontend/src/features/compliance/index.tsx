import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Col, Descriptions, Empty, Result, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';
import { BulletinsCard } from '../bulletins/BulletinsCard';
import { ReportTimelinessCard } from '../events/components/ReportTimelinessCard';
import { DeadlineFiguresCard } from '../obligations/components/DeadlineFiguresCard';
import { useMe } from '../me/service';
import { ScoreChart, TrendChart } from './components/charts';
import { RecordsDrawer } from './components/RecordsDrawer';
import { cellText, columnGroups, formatScore, recentMonths, recordsQuery, tableLines } from './compliance';
import { useDashboard, useExport, useRefresh, useTrend } from './service';
import type { ComplianceRow, Dashboard, RecordsQuery } from './types';

/** The key of a line: 本级, a child region's code, or the total. */
const lineKey = (d: Dashboard, row: ComplianceRow) => (row === d.total ? 'total' : row.own ? 'own' : row.tenantCode);

function DashboardTable({ d, month, onOpen }: { d: Dashboard; month: string; onOpen: (q: RecordsQuery) => void }) {
  const t = zhCN.compliance;
  const columns: ColumnsType<ComplianceRow> = [
    {
      title: t.region,
      key: 'region',
      fixed: 'left',
      width: 150,
      render: (_, row) =>
        row.own || row === d.total ? (
          <Typography.Text strong={row === d.total}>{row.tenantName}</Typography.Text>
        ) : (
          <Link to={`/compliance/${row.tenantCode}?month=${month}`} data-testid={`drill-${row.tenantCode}`}>
            {row.tenantName}
          </Link>
        ),
    },
    ...columnGroups(d.columns).map((g) => ({
      title: g.group,
      key: g.group,
      children: g.columns.map((c) => ({
        title: c.label,
        key: c.key,
        width: 92,
        align: 'right' as const,
        render: (_: unknown, row: ComplianceRow) =>
          row.values == null ? (
            cellText(row, c)
          ) : (
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              data-testid={`cell-${lineKey(d, row)}-${c.key}`}
              onClick={() => onOpen(recordsQuery(d, row, c))}
            >
              {cellText(row, c)}
            </Button>
          ),
      })),
    })),
    { title: t.score, key: 'score', width: 90, align: 'right', fixed: 'right', render: (_, row) => formatScore(row.score) },
    { title: t.rank, key: 'rank', width: 70, align: 'right', fixed: 'right', render: (_, row) => row.rank ?? '' },
  ];
  return (
    <Table<ComplianceRow>
      data-testid="compliance-table"
      rowKey={(row) => lineKey(d, row)}
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={tableLines(d)}
      columns={columns}
      rowClassName={(row) => (row === d.total ? 'compliance-total' : '')}
    />
  );
}

/**
 * 合规看板: a tenant's figures rolled up over its subtree — its own records (本级), one line per region below it,
 * the total; score and rank; a chart of the regions' scores and the twelve-month trend. Every number opens the
 * records behind it; a region's name drills down (URL /compliance/{code}); 导出 gives exactly this table. Below
 * it, 时限办理 live from the obligations (on time, late, overdue per region and kind).
 */
export default function CompliancePage() {
  const { code } = useParams();
  const { data: me } = useMe();
  if (!code) {
    return me ? <Navigate to={`/compliance/${me.tenant.code}`} replace /> : null;
  }
  return <ComplianceOf code={code} />;
}

function ComplianceOf({ code }: { code: string }) {
  const t = zhCN.compliance;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? undefined;
  const { data: d, error, isFetching } = useDashboard(code, month);
  const { data: trend } = useTrend(code, month);
  const refresh = useRefresh(code);
  const exporter = useExport();
  const [records, setRecords] = useState<RecordsQuery | null>(null);
  const { data: me } = useMe();

  if (error) {
    return <Result status="404" title={t.notFound} subTitle={(error as Error).message} />;
  }
  if (!d) {
    return <Card loading />;
  }
  const shownMonth = d.month;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        data-testid="compliance-breadcrumb"
        items={[
          ...d.ancestors.map((a) => ({ title: <Link to={`/compliance/${a.code}?month=${shownMonth}`}>{a.name}</Link> })),
          { title: d.tenant.name },
        ]}
      />
      <Card
        title={
          <Space>
            <span data-testid="compliance-title">{`${t.title} · ${d.tenant.name}`}</span>
            <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
          </Space>
        }
        extra={
          <Space>
            <Select
              aria-label={t.month}
              value={shownMonth}
              style={{ width: 120 }}
              options={recentMonths(new Date().toISOString().slice(0, 7)).map((m) => ({ value: m, label: m }))}
              onChange={(m: string) => setParams({ month: m })}
            />
            <Button
              icon={<ReloadOutlined />}
              loading={refresh.isPending}
              onClick={() => refresh.mutate(undefined, { onSuccess: () => void message.success(t.refreshed) })}
            >
              {t.refresh}
            </Button>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              data-testid="compliance-export"
              loading={exporter.isPending}
              onClick={() => exporter.mutate({ code, month: shownMonth, fileName: `合规看板-${d.tenant.name}-${shownMonth}.xlsx` })}
            >
              {t.export}
            </Button>
          </Space>
        }
      >
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={6}>
            <Statistic title={t.totalScore} value={formatScore(d.total.score)} />
          </Col>
          <Col span={18}>
            <Descriptions size="small" column={3} title={t.weights}>
              {Object.entries(d.weights).map(([k, w]) => (
                <Descriptions.Item key={k} label={t.weightNames[k] ?? k}>
                  {w}
                </Descriptions.Item>
              ))}
            </Descriptions>
            <Typography.Text type="secondary">
              {t.formula}
              {d.asOf ? ` · ${t.asOf(d.asOf)}` : ''}
            </Typography.Text>
          </Col>
        </Row>
        {d.total.values == null && !isFetching ? <Empty description={t.noData} /> : null}
        <DashboardTable d={d} month={shownMonth} onOpen={setRecords} />
      </Card>
      <DeadlineFiguresCard region={d.tenant.code} />
      <ReportTimelinessCard region={d.tenant.code} />
      <Row gutter={16}>
        {d.rows.some((r) => !r.own) ? (
          <Col span={12}>
            <Card title={t.ranking} data-testid="compliance-score-chart">
              <ScoreChart rows={d.rows} onSelect={(c) => navigate(`/compliance/${c}?month=${shownMonth}`)} />
            </Card>
          </Col>
        ) : null}
        <Col span={d.rows.some((r) => !r.own) ? 12 : 24}>
          <Card title={t.trend} data-testid="compliance-trend-chart">
            {trend ? <TrendChart months={trend.months} /> : null}
          </Card>
        </Col>
      </Row>
      <BulletinsCard tenantCode={d.tenant.code} own={d.tenant.code === me?.tenant.code} />
      <RecordsDrawer query={records} onClose={() => setRecords(null)} />
    </Space>
  );
}
