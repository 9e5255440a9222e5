import { PlusOutlined } from '@ant-design/icons';
import { App as AntdApp, Badge, Button, Card, Col, Empty, List, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { useTenantTree } from '../tenants/service';
import { ClockTag } from './components/ClockTag';
import { EventFormModal } from './components/EventFormModal';
import { IntakeFormModal } from './components/IntakeFormModal';
import { consoleKey, formatTime, nextClock } from './events';
import { useEvents, useIntake, useMarkReportRead, useReports, useScreenIntake } from './service';
import type { IntakeItem } from './types';

/**
 * 信息接报: the duty officer's console — what came in and waits for screening, the events in hand with their report
 * clocks counting down, and the reports arriving from the tiers below with who has read them. Every notification
 * the office receives refreshes it (the live stream), so a township's report or a county's 初报 shows at once.
 */
export default function ConsolePage() {
  const t = zhCN.events;
  const navigate = useNavigate();
  const { message } = AntdApp.useApp();
  const { data: me } = useMe();
  const intake = useIntake('new');
  const events = useEvents('all', 'open');
  const reports = useReports('below');
  const screen = useScreenIntake();
  const markRead = useMarkReportRead();
  const [registering, setRegistering] = useState(false);
  const [opening, setOpening] = useState<IntakeItem | null>(null);
  const [attachTo, setAttachTo] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState(0);
  const items = useMemo(() => intake.data ?? [], [intake.data]);
  const current = items[Math.min(selected, items.length - 1)];
  // the keyboard: ↑/↓ pick an item, Enter opens it as an event — the report form follows on the event's page
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const busy = opening !== null || registering || document.querySelector('.ant-modal-wrap:not([style*="display: none"])');
      const move = consoleKey(e, items.length, selected, Boolean(busy));
      if (move === null) {
        return;
      }
      e.preventDefault();
      if (move === 'open') {
        const item = items[Math.min(selected, items.length - 1)];
        if (item) {
          setOpening(item);
        }
      } else {
        setSelected(move);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, selected, opening, registering]);
  const [forwardTo, setForwardTo] = useState<Record<string, string>>({});
  const { data: tree } = useTenantTree();
  // 分级流转: the tier right above, or one right below
  const parent = tree?.ancestors.at(-1);
  const forwardOptions = [
    ...(parent ? [{ value: parent.code, label: t.intake.forwardUp(parent.name) }] : []),
    ...(tree?.root.children ?? []).map((c) => ({ value: c.code, label: t.intake.forwardDown(c.name) })),
  ];

  const attach = (item: IntakeItem) =>
    screen
      .mutateAsync({
        id: item.id,
        input: { decision: 'attach', eventId: attachTo[item.id] ?? null, event: null, version: item.version, forwardTo: null, note: null },
      })
      .then((done) => message.success(t.intake.screenedInto(done.eventTitle ?? '')));
  const forward = (item: IntakeItem) =>
    screen
      .mutateAsync({
        id: item.id,
        input: { decision: 'forward', eventId: null, event: null, version: item.version, forwardTo: forwardTo[item.id] ?? null, note: null },
      })
      .then((done) => message.success(t.intake.forwarded(done.forwardedToName ?? '')));
  const dismiss = (item: IntakeItem) =>
    screen
      .mutateAsync({
        id: item.id,
        input: { decision: 'dismiss', eventId: null, event: null, version: item.version, forwardTo: null, note: null },
      })
      .then(() => message.success(t.intake.dismissed));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="register-intake">
          {t.console.register}
        </Button>
        <Tag color="green">{t.console.live}</Tag>
      </Space>
      <Row gutter={16}>
        <Col xs={24} xl={8}>
          <Card
            title={<Badge count={intake.data?.length ?? 0} offset={[12, 0]}>{t.console.intake}</Badge>}
            extra={items.length ? <Typography.Text type="secondary">{t.console.keys}</Typography.Text> : null}
            data-testid="console-intake"
          >
            <List<IntakeItem>
              loading={intake.isLoading}
              dataSource={intake.data ?? []}
              locale={{ emptyText: <Empty description={t.console.intakeEmpty} /> }}
              renderItem={(item) => (
                <List.Item
                  data-testid="intake-item"
                  aria-selected={item === current}
                  onClick={() => setSelected(items.indexOf(item))}
                  style={item === current ? { background: '#e6f4ff', boxShadow: 'inset 3px 0 0 #1677ff' } : undefined}
                >
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Space wrap>
                      <Tag color="volcano">{item.sourceLabel}</Tag>
                      <Tag>{item.channelLabel}</Tag>
                      <Typography.Text type="secondary">{formatTime(item.receivedAt)}</Typography.Text>
                    </Space>
                    <Typography.Text strong>{item.reporter}</Typography.Text>
                    <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 0 }}>
                      {item.content}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary">{t.intake.takenBy(item.takenBy)}</Typography.Text>
                    <Space wrap>
                      <Button size="small" type="primary" onClick={() => setOpening(item)}>
                        {t.intake.open}
                      </Button>
                      <Select
                        size="small"
                        style={{ width: 180 }}
                        placeholder={t.intake.attachTo}
                        value={attachTo[item.id]}
                        onChange={(v) => setAttachTo({ ...attachTo, [item.id]: v })}
                        options={(events.data ?? []).filter((e) => e.own).map((e) => ({ value: e.id, label: e.title }))}
                      />
                      <Button size="small" disabled={!attachTo[item.id]} onClick={() => void attach(item)}>
                        {t.intake.attach}
                      </Button>
                      {forwardOptions.length > 0 && (
                        <>
                          <Select
                            size="small"
                            style={{ width: 150 }}
                            placeholder={t.intake.forwardTo}
                            value={forwardTo[item.id]}
                            onChange={(v) => setForwardTo({ ...forwardTo, [item.id]: v })}
                            options={forwardOptions}
                            data-testid="forward-to"
                          />
                          <Button size="small" disabled={!forwardTo[item.id]} onClick={() => void forward(item)} data-testid="forward">
                            {t.intake.forward}
                          </Button>
                        </>
                      )}
                      <Button size="small" type="text" onClick={() => void dismiss(item)}>
                        {t.intake.dismiss}
                      </Button>
                    </Space>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t.console.events} data-testid="console-events">
            <List
              loading={events.isLoading}
              dataSource={events.data ?? []}
              locale={{ emptyText: <Empty description={t.console.eventsEmpty} /> }}
              renderItem={(e) => {
                const clock = nextClock(e.clocks, me?.tenant.code);
                return (
                  <List.Item data-testid="console-event">
                    <Space direction="vertical" style={{ width: '100%' }}>
                      <Space wrap>
                        <Link to={`/events/${e.id}`}>{e.title}</Link>
                        <Tag color={e.severity === 'general' ? 'blue' : 'red'}>{e.severityLabel}</Tag>
                      </Space>
                      <Typography.Text type="secondary">
                        {e.tenantName} · {formatTime(e.occurredAt)} · {t.event.reportsCount(e.reports)}
                      </Typography.Text>
                      {clock ? <ClockTag clock={clock} showAssignee={clock.assigneeTenantCode !== me?.tenant.code} /> : null}
                    </Space>
                  </List.Item>
                );
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t.console.reports} data-testid="console-reports">
            <List
              loading={reports.isLoading}
              dataSource={reports.data ?? []}
              locale={{ emptyText: <Empty description={t.console.reportsEmpty} /> }}
              renderItem={(r) => (
                <List.Item
                  data-testid="console-report"
                  actions={[
                    r.readByMyOffice ? (
                      <Tag key="read">{t.report.read}</Tag>
                    ) : (
                      <Button key="read" size="small" onClick={() => markRead.mutate(r.id)}>
                        {t.report.markRead}
                      </Button>
                    ),
                  ]}
                >
                  <Space direction="vertical">
                    <Space wrap>
                      <Link to={`/events/${r.eventId}`}>{t.report.from(r.tenantName, r.title)}</Link>
                      {r.late ? <Tag color="red">{t.report.late}</Tag> : null}
                      {r.direct ? <Tag color="purple">直报</Tag> : null}
                    </Space>
                    <Typography.Text>{r.eventTitle}</Typography.Text>
                    <Typography.Text type="secondary">
                      {r.channelLabel} · {formatTime(r.reportedAt)}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      {registering ? <IntakeFormModal informant={false} onClose={() => setRegistering(false)} /> : null}
      {opening ? (
        <EventFormModal item={opening} onClose={() => setOpening(null)} onSaved={(id) => void navigate(`/events/${id}?report=1`)} />
      ) : null}
    </Space>
  );
}
