import { Card, Col, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { zhCN } from '../../i18n/zh-CN';
import { dueStateColor, yearOptions } from './drills';
import { useDrillCompliance } from './service';
import type { DueItem, TownshipCount } from './types';

/** A table of plans or units with 上次演练, 应于…前演练 and the state tag. */
function DueTable({ title, items, loading, testId }: { title: string; items: DueItem[]; loading: boolean; testId: string }) {
  const t = zhCN.drills.compliance;
  return (
    <Card title={title} data-testid={testId}>
      <Table<DueItem>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.name, dataIndex: 'name', key: 'name' },
          { title: t.interval, key: 'interval', width: 110, render: (_, item) => t.months(item.intervalMonths) },
          { title: t.lastHeldOn, key: 'lastHeldOn', width: 120, render: (_, item) => item.lastHeldOn ?? t.never },
          { title: t.dueOn, dataIndex: 'dueOn', key: 'dueOn', width: 130 },
          {
            title: t.state,
            key: 'state',
            width: 120,
            render: (_, item) => <Tag color={dueStateColor(item.state)}>{t.states[item.state] ?? item.stateLabel}</Tag>,
          },
        ]}
      />
    </Card>
  );
}

/** 演练频次: the year's drill plan against what was held, township minimums, and plans and units due a drill. */
export default function DrillCompliancePage() {
  const t = zhCN.drills.compliance;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data, isFetching } = useDrillCompliance(year);
  const counts = data?.counts;
  const required = counts?.comprehensiveRequired;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t.title}
        extra={
          <Select
            style={{ width: 120 }}
            value={year}
            onChange={setYear}
            options={yearOptions(thisYear).map((y) => ({ value: y, label: `${y} 年` }))}
          />
        }
        loading={!data && isFetching}
      >
        <Row gutter={[16, 16]} data-testid="drill-compliance-counts">
          <Col xs={12} md={4}>
            <Statistic title={t.counts.planned} value={counts?.planned ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t.counts.plannedHeld} value={counts?.plannedHeld ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t.counts.cancelled} value={counts?.cancelled ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t.counts.held} value={counts?.held ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t.counts.joint} value={counts?.joint ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic
              title={t.counts.comprehensive}
              value={counts?.comprehensiveHeld ?? 0}
              suffix={required == null ? `/ ${t.counts.noRequirement}` : `/ ${t.counts.required(required)}`}
              valueStyle={required != null && (counts?.comprehensiveHeld ?? 0) < required ? { color: '#cf1322' } : undefined}
            />
          </Col>
        </Row>
      </Card>
      <Card title={t.townships}>
        <Table<TownshipCount>
          rowKey="unitId"
          size="small"
          loading={isFetching}
          dataSource={data?.townships ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t.empty }}
          columns={[
            { title: t.township, dataIndex: 'name', key: 'name' },
            {
              title: t.comprehensiveHeld,
              key: 'held',
              width: 160,
              render: (_, row) => (
                <Tag color={row.comprehensiveHeld >= row.required ? 'green' : 'red'}>{row.comprehensiveHeld}</Tag>
              ),
            },
            { title: t.required, dataIndex: 'required', key: 'required', width: 100 },
          ]}
        />
      </Card>
      <DueTable title={t.plans} items={data?.plans ?? []} loading={isFetching} testId="drill-compliance-plans" />
      <DueTable title={t.units} items={data?.units ?? []} loading={isFetching} testId="drill-compliance-units" />
    </Space>
  );
}
