import { Button, Card, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { formatTime } from '../events';
import { type InstructionSubject, useFeedback, useIssueInstruction } from '../service';
import type { Addressee, Instruction } from '../types';

interface Tier {
  code: string;
  name: string;
}

/**
 * 领导批示 on an event or a 信息快报: who instructed whom, and each addressee's feedback clock and 落实情况. A tier above
 * the event (or the bulletin's reader) records its leader's instruction to tiers below it; a tier named feeds back,
 * as often as the event needs.
 */
export function InstructionsCard({
  on,
  instructions,
  tiersBelow,
}: {
  on: InstructionSubject;
  instructions: Instruction[];
  tiersBelow: Tier[];
}) {
  const t = zhCN.events.instruction;
  const [adding, setAdding] = useState(false);
  const [answering, setAnswering] = useState<Instruction | null>(null);
  return (
    <Card
      title={t.title}
      data-testid="instructions"
      extra={
        tiersBelow.length ? (
          <Button size="small" type="primary" onClick={() => setAdding(true)} data-testid="add-instruction">
            {t.add}
          </Button>
        ) : null
      }
    >
      <List<Instruction>
        dataSource={instructions}
        locale={{ emptyText: <Empty description={t.none} /> }}
        renderItem={(i) => (
          <List.Item id={`instruction-${i.id}`} data-testid="instruction">
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{t.by(i.tenantName, i.leaderName, i.leaderTitle)}</Typography.Text>
                <Typography.Text type="secondary">{formatTime(i.issuedAt)}</Typography.Text>
              </Space>
              {i.passedDownFrom ? <Typography.Text type="secondary">{t.passedDown(i.passedDownFrom)}</Typography.Text> : null}
              {i.bulletinTitle && 'eventId' in on ? (
                <Typography.Text type="secondary">{t.onBulletin(i.bulletinTitle)}</Typography.Text>
              ) : null}
              <Typography.Paragraph style={{ marginBottom: 0 }}>{i.content}</Typography.Paragraph>
              {i.addressees.map((a) => (
                <AddresseeLine key={a.tenantCode} a={a} />
              ))}
              {i.toMe ? (
                <Button size="small" onClick={() => setAnswering(i)} data-testid="answer-instruction">
                  {t.feedback}
                </Button>
              ) : null}
            </Space>
          </List.Item>
        )}
      />
      {adding ? <InstructionModal on={on} tiers={tiersBelow} onClose={() => setAdding(false)} /> : null}
      {answering ? <FeedbackModal instruction={answering} onClose={() => setAnswering(null)} /> : null}
    </Card>
  );
}

function AddresseeLine({ a }: { a: Addressee }) {
  const t = zhCN.events.instruction;
  return (
    <div data-testid="addressee">
      <Space wrap>
        <Tag>{a.tenantName}</Tag>
        {a.state ? (
          <Tag color={a.overdue || a.state === 'done_late' ? 'red' : a.state === 'open' ? 'blue' : 'green'}>
            {a.state === 'done_late' ? t.late : a.stateLabel}
          </Tag>
        ) : null}
        {a.dueAt && a.state === 'open' ? <Typography.Text type="secondary">{t.due(formatTime(a.dueAt))}</Typography.Text> : null}
        {a.feedbacks.length === 0 ? <Typography.Text type="secondary">{t.noFeedback}</Typography.Text> : null}
      </Space>
      {a.feedbacks.map((f) => (
        <Typography.Paragraph key={f.id} style={{ margin: '4px 0 0 12px' }} data-testid="feedback">
          {formatTime(f.fedBackAt)} {f.fedBackBy}：{f.content}
        </Typography.Paragraph>
      ))}
    </div>
  );
}

interface InstructionValues {
  leaderName: string;
  leaderTitle: string;
  content: string;
  addresseeCodes: string[];
}

function InstructionModal({ on, tiers, onClose }: { on: InstructionSubject; tiers: Tier[]; onClose: () => void }) {
  const t = zhCN.events.instruction;
  const issue = useIssueInstruction(on);
  const [key] = useState(() => crypto.randomUUID());
  return (
    <FormModal<InstructionValues, Instruction>
      title={t.add}
      name="instruction"
      data-testid="instruction-form"
      initialValues={{ addresseeCodes: tiers.map((x) => x.code).slice(0, 1) }}
      pending={issue.isPending}
      saved={t.saved}
      onClose={onClose}
      submit={(v) =>
        issue.mutateAsync({
          key,
          input: { leaderName: v.leaderName, leaderTitle: v.leaderTitle, content: v.content, reportId: null, addresseeCodes: v.addresseeCodes, passedDownFrom: null },
        })
      }
    >
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item name="leaderName" label={t.leaderName} rules={[{ required: true, max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="leaderTitle" label={t.leaderTitle} rules={[{ required: true, max: 50 }]}>
          <Input />
        </Form.Item>
      </Space>
      <Form.Item name="content" label={t.content} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item name="addresseeCodes" label={t.addressees} rules={[{ required: true }]}>
        <Select mode="multiple" options={tiers.map((x) => ({ value: x.code, label: x.name }))} />
      </Form.Item>
    </FormModal>
  );
}

function FeedbackModal({ instruction, onClose }: { instruction: Instruction; onClose: () => void }) {
  const t = zhCN.events.instruction;
  const feedback = useFeedback();
  const [key] = useState(() => crypto.randomUUID());
  return (
    <FormModal<{ content: string }, Instruction>
      title={`${t.feedback} · ${t.by(instruction.tenantName, instruction.leaderName, instruction.leaderTitle)}`}
      name="feedback"
      data-testid="feedback-form"
      pending={feedback.isPending}
      saved={t.fedBack}
      onClose={onClose}
      submit={(v) => feedback.mutateAsync({ id: instruction.id, content: v.content, key })}
    >
      <Typography.Paragraph type="secondary">{instruction.content}</Typography.Paragraph>
      <Form.Item name="content" label={t.feedbackContent} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  );
}
