import { App as AntdApp, Button, Card, Checkbox, Col, Empty, Input, List, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';
import { recordPage } from '../../records';
import { formatTime } from '../events/events';
import { useAcceptHandover, useAddLog, useDutyLog, useHandOver, useHandovers } from './service';
import type { Handover } from './types';

/**
 * 值班日志与交接班: what the shift records, and the handover — the outgoing officer hands over every open clock of
 * the office (report clocks, 批示 to answer, spot checks), the incoming officer ticks each one and accepts.
 */
export default function DutyLogPage() {
  const t = zhCN.duty;
  const { message } = AntdApp.useApp();
  const log = useDutyLog(null);
  const handovers = useHandovers(null);
  const addLog = useAddLog();
  const handOver = useHandOver();
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const open = handovers.data?.find((h) => h.acceptedAt == null) ?? null;
  const history = (handovers.data ?? []).filter((h) => h.acceptedAt != null);

  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Card title={t.log.title} data-testid="duty-log">
          <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
            <Input.TextArea
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t.log.placeholder}
              autoSize={{ minRows: 2 }}
              maxLength={4000}
            />
            <Button
              type="primary"
              disabled={!text.trim()}
              loading={addLog.isPending}
              onClick={() => addLog.mutateAsync(text).then(() => (setText(''), message.success(t.log.saved)))}
            >
              {t.log.add}
            </Button>
          </Space.Compact>
          <List
            loading={log.isLoading}
            dataSource={log.data ?? []}
            locale={{ emptyText: <Empty description={t.log.empty} /> }}
            renderItem={(e) => (
              <List.Item data-testid="log-entry">
                <List.Item.Meta title={`${formatTime(e.loggedAt)} ${e.loggedBy}`} description={e.content} />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card title={t.handover.title} data-testid="handover">
            {open ? (
              <OpenHandover handover={open} mine={open.mine} />
            ) : (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input.TextArea
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  placeholder={t.handover.notePlaceholder}
                  autoSize={{ minRows: 2 }}
                  maxLength={4000}
                />
                <Button
                  type="primary"
                  loading={handOver.isPending}
                  onClick={() => handOver.mutateAsync(note.trim() || null).then(() => (setNote(''), message.success(t.handover.handedOver)))}
                  data-testid="hand-over"
                >
                  {t.handover.handOver}
                </Button>
              </Space>
            )}
          </Card>
          <Card title={t.handover.history} size="small">
            <List
              dataSource={history}
              locale={{ emptyText: <Empty /> }}
              renderItem={(h) => (
                <List.Item>
                  <Space direction="vertical" size={0}>
                    <span>{t.handover.acceptedLine(h.handedBy, h.acceptedBy ?? '', formatTime(h.acceptedAt))}</span>
                    {h.note && <Typography.Text type="secondary">{h.note}</Typography.Text>}
                    <Typography.Text type="secondary">
                      {h.items.length === 0 ? t.handover.noItems : h.items.map((i) => `${i.kindLabel}：${i.subject}`).join('；')}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Space>
      </Col>
    </Row>
  );
}

/** A handover waiting for acceptance: the outgoing officer sees it wait; anyone else ticks each item and accepts. */
function OpenHandover({ handover, mine }: { handover: Handover; mine: boolean }) {
  const t = zhCN.duty.handover;
  const { message } = AntdApp.useApp();
  const accept = useAcceptHandover();
  const [ticked, setTicked] = useState<string[]>([]);
  const missing = handover.items.length - ticked.length;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Tag color="orange">{mine ? t.mine : t.waiting(handover.handedBy)}</Tag>
      {handover.note && <Typography.Paragraph>{handover.note}</Typography.Paragraph>}
      <Typography.Text strong>{t.items}</Typography.Text>
      {handover.items.length === 0 ? (
        <Typography.Text type="secondary">{t.noItems}</Typography.Text>
      ) : (
        <Checkbox.Group value={ticked} onChange={(v) => setTicked(v as string[])} disabled={mine} style={{ width: '100%' }}>
          <Space direction="vertical">
            {handover.items.map((i) => (
              <Checkbox key={i.id} value={i.id} data-testid="handover-item">
                <Tag>{i.kindLabel}</Tag>
                <Link to={recordPage(i.recordEntity, i.recordId)}>{i.subject}</Link>
                <Typography.Text type="secondary"> {t.due}：{formatTime(i.dueAt)}</Typography.Text>
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      )}
      {!mine && (
        <Button
          type="primary"
          disabled={missing > 0}
          loading={accept.isPending}
          onClick={() => accept.mutateAsync({ id: handover.id, itemIds: ticked }).then(() => message.success(t.accepted))}
          data-testid="accept-handover"
        >
          {missing > 0 ? t.pendingCount(missing) : t.accept}
        </Button>
      )}
    </Space>
  );
}
