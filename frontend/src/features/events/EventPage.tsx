import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { BackLink, DetailNotFound } from '../../components/DetailPage';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import type { Obligation } from '../obligations/types';
import { BulletinFormModal } from './components/BulletinFormModal';
import { ClockTag } from './components/ClockTag';
import { ClosingCard } from './components/ClosingCard';
import { FindingsCard } from './components/FindingsCard';
import { InstructionsCard } from './components/InstructionsCard';
import { ReportForm } from './components/ReportForm';
import { ResponseCard } from './components/ResponseCard';
import { formatTime, isBelow } from './events';
import { useEvent } from './service';
import type { Report } from './types';

/** 事件详情: what happened, where and how grave; every tier's report clocks; its timeline; the office's next report. */
export default function EventPage() {
  const t = zhCN.events;
  const { id = '' } = useParams();
  // opened from the console's 立为事件: straight on to the 初报
  const [params] = useSearchParams();
  const { data: me } = useMe();
  const { data, isLoading, isError } = useEvent(id);
  const [composing, setComposing] = useState(false);
  if (isLoading) {
    return <Skeleton active />;
  }
  if (isError || !data) {
    return <DetailNotFound title={zhCN.layout.notFound} back={t.event.list} to="/events" />;
  }
  const e = data.event;
  const mine = data.reports.filter((r) => r.own);
  const timeline = [
    ...data.intake.map((i) => ({
      at: i.receivedAt,
      key: `intake-${i.id}`,
      color: 'gray',
      children: (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>
            {formatTime(i.receivedAt)} {i.sourceLabel}（{i.reporter}）
          </Typography.Text>
          <Typography.Text>{i.content}</Typography.Text>
        </Space>
      ),
    })),
    ...data.reports.map((r: Report) => ({
      at: r.reportedAt,
      key: `report-${r.id}`,
      color: r.late ? 'red' : 'green',
      children: (
        <Space direction="vertical" size={0} id={`report-${r.id}`} data-testid="timeline-report">
          <Space wrap>
            <Typography.Text strong>
              {formatTime(r.reportedAt)} {t.report.from(r.tenantName, r.title)}
            </Typography.Text>
            <Tag>{r.channelLabel}</Tag>
            {r.late ? <Tag color="red">{t.report.late}</Tag> : <Tag color="green">{t.report.onTime}</Tag>}
          </Space>
          <Typography.Text>{r.content}</Typography.Text>
          <Typography.Text type="secondary">
            {t.report.figures(r.dead, r.injured, r.missing)}
            {r.affected !== null || r.economicLoss !== null ? `，${t.report.losses(r.affected, r.economicLoss)}` : ''}
            {r.figureBasisLabel ? `（${r.figureBasisLabel}）` : ''}
          </Typography.Text>
          <Typography.Text type="secondary">{t.report.people(r.principal, r.deputy, r.compiledBy)}</Typography.Text>
          {r.own ? (
            <Typography.Text type="secondary">
              {r.readings.length ? t.report.readBy(r.readings.map((x) => `${x.tenantName}${x.readerName}`).join('、')) : t.report.notRead}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const open = data.obligations.filter((o) => o.state === 'open');
  // the tiers below the viewer's that a leader may instruct on this event: the event's own, the region where it
  // happened, and those that reported
  const tiersBelow = [
    ...new Map(
      [
        { code: e.tenantCode, name: e.tenantName },
        { code: e.placeCode, name: e.placeName },
        ...data.reports.map((r) => ({ code: r.tenantCode, name: r.tenantName })),
      ]
        .filter((x) => (me ? isBelow(x.code, me.tenant) : false))
        .map((x) => [x.code, x]),
    ).values(),
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to="/duty/console">{zhCN.layout.menu.dutyConsole}</BackLink>
      <Card
        title={
          <Space>
            {e.title}
            <Tag color={e.severity === 'general' ? 'blue' : 'red'}>{e.severityLabel}</Tag>
            <Tag>{e.statusLabel}</Tag>
          </Space>
        }
        data-testid="event-card"
        extra={
          <Button data-testid="compose-bulletin" onClick={() => setComposing(true)}>
            {t.bulletins.compose}
          </Button>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t.event.tenant}>{e.tenantName}</Descriptions.Item>
          <Descriptions.Item label={t.event.eventType}>{e.eventType}</Descriptions.Item>
          <Descriptions.Item label={t.event.occurredAt}>{formatTime(e.occurredAt)}</Descriptions.Item>
          <Descriptions.Item label={t.event.learnedAt}>{formatTime(e.learnedAt)}</Descriptions.Item>
          {e.placeCode !== e.tenantCode ? <Descriptions.Item label={t.event.place}>{e.placeName}</Descriptions.Item> : null}
          <Descriptions.Item label={t.event.address}>{e.address}</Descriptions.Item>
          <Descriptions.Item label={t.event.coordinates}>
            {e.longitude.toFixed(4)}，{e.latitude.toFixed(4)}
          </Descriptions.Item>
          <Descriptions.Item label={t.event.summary} span={2}>
            {data.summary || '—'}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 8 }} data-testid="event-clocks">
          {e.clocks.length ? (
            e.clocks.map((c) => <ClockTag key={`${c.kind}-${c.assigneeTenantCode}`} clock={c} showAssignee />)
          ) : (
            <Typography.Text type="secondary">{t.event.noClock}</Typography.Text>
          )}
        </Space>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t.event.timeline}>
              <Timeline items={timeline.map(({ key, color, children }) => ({ key, color, children }))} />
            </Card>
            <ResponseCard data={data} />
            <ClosingCard data={data} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <InstructionsCard on={{ eventId: e.id }} instructions={data.instructions} tiersBelow={e.status === 'open' ? tiersBelow : []} />
            <FindingsCard data={data} regions={tiersBelow} />
            {e.status === 'open' || mine.length > 0 ? (
              // once the event is closed, a tier that reported on it still sends its own 终报 (closing its 续报 clock)
              <ReportForm
                eventId={e.id}
                sentBefore={mine.length > 0}
                finished={mine.some((r) => r.stage === 'final')}
                finalOnly={e.status === 'closed'}
                focus={params.get('report') === '1'}
              />
            ) : null}
            <Card title={t.event.clocks} size="small">
              <Table<Obligation>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={[...open, ...data.obligations.filter((o) => o.state !== 'open')]}
                columns={[
                  { title: zhCN.obligations.figures.columns.kind, key: 'kind', render: (_, o) => o.kindLabel },
                  { title: t.event.owedBy, key: 'who', render: (_, o) => o.assigneeTenantName },
                  { title: t.event.dueAt, key: 'due', render: (_, o) => formatTime(o.dueAt) },
                  {
                    title: t.event.status,
                    key: 'state',
                    render: (_, o) => (
                      <Tag color={o.state === 'done_late' || o.overdue ? 'red' : o.state === 'open' ? 'blue' : 'green'}>
                        {o.state === 'done_late' ? t.report.late : o.stateLabel}
                      </Tag>
                    ),
                  },
                ]}
              />
            </Card>
          </Space>
        </Col>
      </Row>
      {composing && (
        <BulletinFormModal data={data} regions={tiersBelow} compiler={(me?.name ?? '').replace(/（.*）$/, '')} onClose={() => setComposing(false)} />
      )}
    </Space>
  );
}
