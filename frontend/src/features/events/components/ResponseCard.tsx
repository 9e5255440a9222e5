import { Button, Card, DatePicker, Descriptions, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { usePlanSearch } from '../../plans/service';
import { formatTime } from '../events';
import { useAddCommand, useRespond } from '../service';
import type { EventDetail, ResponseAction } from '../types';

/**
 * 应急响应与指挥: who leads an event of this severity by policy; every tier's 启动/调整/终止 of a response level (with
 * the plan it activated) and its 指挥部/工作组; the viewer's tier records its own while the event is open.
 */
export function ResponseCard({ data }: { data: EventDetail }) {
  const t = zhCN.events.response;
  const r = data.response;
  const open = data.event.status === 'open';
  const [acting, setActing] = useState<ResponseAction | null>(null);
  const [commanding, setCommanding] = useState(false);
  const actions: ResponseAction[] = r.levelInForce ? ['adjust', 'end'] : ['start'];
  return (
    <Card
      title={t.title}
      data-testid="response-card"
      extra={
        open ? (
          <Space>
            {actions.map((a) => (
              <Button key={a} size="small" type={a === 'start' ? 'primary' : 'default'} onClick={() => setActing(a)} data-testid={`response-${a}`}>
                {t[a]}
              </Button>
            ))}
            <Button size="small" onClick={() => setCommanding(true)} data-testid="add-command">
              {t.addCommand}
            </Button>
          </Space>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color={r.handledAbove ? 'orange' : 'blue'}>{t.handling(r.handlingTierLabel, r.handledAbove)}</Tag>
        <Typography.Text type="secondary" data-testid="response-in-force">
          {r.levelInForce ? t.inForce(t.levels[r.levelInForce] ?? '') : t.none}
        </Typography.Text>
      </Space>
      <List
        size="small"
        dataSource={r.entries}
        locale={{ emptyText: <Empty description={t.noEntries} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        renderItem={(e) => (
          <List.Item data-testid="response-entry">
            <Space direction="vertical" size={0}>
              <Space wrap>
                <Typography.Text strong>{t.entry(e.body.startsWith(e.tenantName) ? '' : e.tenantName, e.body, e.actionLabel, e.levelLabel)}</Typography.Text>
                <Typography.Text type="secondary">{formatTime(e.decidedAt)}</Typography.Text>
              </Space>
              <Typography.Text type="secondary">
                {e.decidedBy}
                {e.planId && e.planTitle ? (
                  <>
                    {' · '}
                    <Link to={`/plans/${e.planId}`}>{t.activated(e.planTitle)}</Link>
                  </>
                ) : null}
                {e.note ? ` · ${e.note}` : ''}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t.commands}
      </Typography.Title>
      {r.commands.length === 0 ? (
        <Typography.Text type="secondary">{t.noCommands}</Typography.Text>
      ) : (
        <Descriptions column={1} size="small" bordered>
          {r.commands.map((c) => (
            <Descriptions.Item key={c.id} label={`${c.tenantName}${c.name}（${c.kindLabel}）`}>
              <span data-testid="command">
                {t.leader(c.leaderName, c.leaderTitle)}
                {c.duties ? `：${c.duties}` : ''}
              </span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {acting ? (
        <ResponseModal eventId={data.event.id} action={acting} occurredAt={data.event.occurredAt} onClose={() => setActing(null)} />
      ) : null}
      {commanding ? <CommandModal eventId={data.event.id} onClose={() => setCommanding(false)} /> : null}
    </Card>
  );
}

interface ResponseValues {
  level?: string;
  body: string;
  decidedBy: string;
  decidedAt: Dayjs;
  planId?: string;
  note?: string;
}

function ResponseModal({
  eventId,
  action,
  occurredAt,
  onClose,
}: {
  eventId: string;
  action: ResponseAction;
  occurredAt: string;
  onClose: () => void;
}) {
  const t = zhCN.events.response;
  const respond = useRespond(eventId);
  const [planQuery, setPlanQuery] = useState('');
  const { data: plans, isFetching } = usePlanSearch({ q: planQuery, sort: 'relevance', page: 0, size: 20 });
  const planOptions = (plans?.items ?? [])
    .filter((p) => p.status !== 'draft')
    .map((p) => ({ value: p.id, label: `${p.title}（${p.tenantName}）` }));
  return (
    <FormModal<ResponseValues, EventDetail>
      title={t[action]}
      name="response"
      data-testid="response-form"
      initialValues={{ decidedAt: dayjs(), level: action === 'start' ? 'iv' : undefined }}
      pending={respond.isPending}
      saved={t.saved}
      onClose={onClose}
      submit={(v) =>
        respond.mutateAsync({
          action,
          level: action === 'end' ? null : (v.level ?? null),
          body: v.body,
          decidedBy: v.decidedBy,
          decidedAt: v.decidedAt.toISOString(),
          planId: v.planId ?? null,
          note: v.note ?? null,
        })
      }
    >
      {action !== 'end' && (
        <Form.Item name="level" label={t.level} rules={[{ required: true }]}>
          <Select options={Object.entries(t.levels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      )}
      <Form.Item name="body" label={t.body} extra={t.bodyHint} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="decidedBy" label={t.decidedBy} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="decidedAt" label={t.decidedAt} rules={[{ required: true }]}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(d) => d.isBefore(dayjs(occurredAt), 'day') || d.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      {action === 'start' && (
        <Form.Item name="planId" label={t.plan}>
          <Select allowClear showSearch filterOption={false} loading={isFetching} onSearch={setPlanQuery} placeholder={t.planNone} options={planOptions} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t.note} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

interface CommandValues {
  kind: 'headquarters' | 'group';
  name: string;
  leaderName: string;
  leaderTitle?: string;
  duties?: string;
  establishedAt: Dayjs;
}

function CommandModal({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const t = zhCN.events.response;
  const add = useAddCommand(eventId);
  return (
    <FormModal<CommandValues, EventDetail>
      title={t.addCommand}
      name="command"
      data-testid="command-form"
      initialValues={{ kind: 'headquarters', establishedAt: dayjs() }}
      pending={add.isPending}
      saved={t.commandSaved}
      onClose={onClose}
      submit={(v) =>
        add.mutateAsync({
          kind: v.kind,
          name: v.name,
          leaderName: v.leaderName,
          leaderTitle: v.leaderTitle ?? null,
          duties: v.duties ?? null,
          establishedAt: v.establishedAt.toISOString(),
        })
      }
    >
      <Form.Item name="kind" label={t.kind} rules={[{ required: true }]}>
        <Select options={Object.entries(t.kinds).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="name" label={t.name} rules={[{ required: true, max: 100 }]}>
        <Input placeholder={t.namePlaceholder} />
      </Form.Item>
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item name="leaderName" label={t.leaderName} rules={[{ required: true, max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="leaderTitle" label={t.leaderTitle} rules={[{ max: 50 }]}>
          <Input />
        </Form.Item>
      </Space>
      <Form.Item name="duties" label={t.duties} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="establishedAt" label={t.establishedAt} rules={[{ required: true }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
    </FormModal>
  );
}
