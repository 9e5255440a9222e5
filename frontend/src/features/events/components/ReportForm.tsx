import { App as AntdApp, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import { useSubmitReport } from '../service';
import type { FigureBasis, ReportChannel, ReportStage } from '../types';

/** 书面、传真、系统报送: a 终报 goes one of these ways. */
const WRITTEN_CHANNELS: ReportChannel[] = ['written', 'fax', 'system'];

interface Values {
  stage: ReportStage;
  channel: ReportChannel;
  direct: boolean;
  content: string;
  dead?: number;
  injured?: number;
  missing?: number;
  relocated?: number;
  affected?: number;
  economicLoss?: number;
  figureBasis?: FigureBasis;
  principal: string;
  deputy: string;
  compiledBy: string;
}

/**
 * 报送报告: the office's next report on the event — its 初报 first, then 续报 or 终报 — with the figures by 口径 and
 * the three people answerable for it; sent once however often it is clicked (a key per filled form).
 */
export function ReportForm({
  eventId,
  sentBefore,
  finished,
  finalOnly = false,
  focus = false,
}: {
  eventId: string;
  sentBefore: boolean;
  finished: boolean;
  /** The event is closed: only the office's 终报 is left to send. */
  finalOnly?: boolean;
  /** Just opened from the console: the cursor waits in the report's text. */
  focus?: boolean;
}) {
  const t = zhCN.events;
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<Values>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const submit = useSubmitReport(eventId);
  if (finished) {
    return null;
  }
  const stages: ReportStage[] = finalOnly ? ['final'] : sentBefore ? ['follow_up', 'final'] : ['initial'];
  const send = async (v: Values) => {
    const report = await submit.mutateAsync({
      key,
      input: {
        stage: v.stage,
        channel: v.channel,
        direct: v.direct ?? false,
        content: v.content,
        dead: v.dead ?? null,
        injured: v.injured ?? null,
        missing: v.missing ?? null,
        relocated: v.relocated ?? null,
        affected: v.affected ?? null,
        economicLoss: v.economicLoss ?? null,
        figureBasis: v.figureBasis ?? null,
        principal: v.principal,
        deputy: v.deputy,
        compiledBy: v.compiledBy,
      },
    });
    message.success(t.report.sent(report.title));
    setKey(crypto.randomUUID());
    form.resetFields(['content']);
    if (v.stage === 'initial') {
      // what comes next: a 续报 or the 终报, in writing
      form.setFieldsValue({ stage: 'follow_up', channel: 'written' });
    }
  };
  return (
    <Card title={t.report.formTitle} data-testid="report-form">
      <Form<Values>
        form={form}
        name="report"
        layout="vertical"
        initialValues={{ stage: stages[0], channel: sentBefore ? 'written' : 'phone', direct: false, figureBasis: 'territorial' }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.stage === 'final' && !WRITTEN_CHANNELS.includes(form.getFieldValue('channel') as ReportChannel)) {
            // a 终报 is sent in writing
            form.setFieldValue('channel', 'written');
          }
        }}
        onFinish={(v) => void send(v)}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="stage" label={t.report.stage} rules={[{ required: true }]}>
              <Select options={stages.map((s) => ({ value: s, label: t.stages[s] }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="channel" label={t.report.channel} rules={[{ required: true }]}>
              <Select options={Object.entries(t.channels).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="figureBasis" label={t.report.figureBasis}>
              <Select options={Object.entries(t.bases).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="content" label={t.report.content} rules={[{ required: true, max: 8000 }]}>
          <Input.TextArea rows={4} autoFocus={focus} />
        </Form.Item>
        <Row gutter={12}>
          {(['dead', 'injured', 'missing', 'relocated'] as const).map((f) => (
            <Col span={6} key={f}>
              <Form.Item name={f} label={t.report[f]}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="affected" label={t.report.affected}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="economicLoss" label={t.report.economicLoss}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {(['principal', 'deputy', 'compiledBy'] as const).map((f) => (
            <Col span={8} key={f}>
              <Form.Item name={f} label={t.report[f]} rules={[{ required: true, max: 50 }]}>
                <Input />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="direct" valuePropName="checked">
          <Checkbox>{t.report.direct}</Checkbox>
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="send-report">
            {t.report.submit}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
