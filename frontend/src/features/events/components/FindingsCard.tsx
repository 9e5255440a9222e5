import { Button, Card, Empty, Form, Input, List, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { formatTime } from '../events';
import { useDecideFinding, useRecordFinding } from '../service';
import type { EventDetail, Finding, FindingKind } from '../types';

interface Region {
  code: string;
  name: string;
}

const STATE_COLOR: Record<string, string> = { candidate: 'orange', confirmed: 'red', dismissed: 'default' };

/** One finding: kind, state, the region at fault, who found it, why, and (for the office's own suspicion) 认定/排除. */
export function FindingItem({ f, showEvent }: { f: Finding; showEvent?: boolean }) {
  const t = zhCN.events.findings;
  const [deciding, setDeciding] = useState(false);
  return (
    <List.Item id={`finding-${f.id}`} data-testid="finding">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color="red">{f.kindLabel}</Tag>
          <Tag color={STATE_COLOR[f.state]}>{f.stateLabel}</Tag>
          <Typography.Text strong>{f.subjectTenantName}</Typography.Text>
          {showEvent ? <Link to={`/events/${f.eventId}#finding-${f.id}`}>{f.eventTitle}</Link> : null}
          <Typography.Text type="secondary">
            {f.tenantName} {formatTime(f.createdAt)}
          </Typography.Text>
        </Space>
        {f.detail ? <Typography.Text type="secondary">{`${t.detail}：${f.detail}`}</Typography.Text> : null}
        {f.basis ? <Typography.Paragraph style={{ marginBottom: 0 }}>{`${t.basis}：${f.basis}`}</Typography.Paragraph> : null}
        {f.decidedBy && f.decidedAt ? (
          <Typography.Text type="secondary">{t.decidedBy(f.decidedBy, formatTime(f.decidedAt))}</Typography.Text>
        ) : null}
        {f.decidable ? (
          <Button size="small" type="primary" onClick={() => setDeciding(true)} data-testid="decide-finding">
            {t.confirm} / {t.dismiss}
          </Button>
        ) : null}
      </Space>
      {deciding ? <DecisionModal finding={f} onClose={() => setDeciding(false)} /> : null}
    </List.Item>
  );
}

/**
 * 报送问题 on the event: the suspicions of the check and the findings of the offices the viewer reads; an office above
 * the regions concerned records a 漏报/瞒报/谎报 after 核查.
 */
export function FindingsCard({ data, regions }: { data: EventDetail; regions: Region[] }) {
  const t = zhCN.events.findings;
  const [recording, setRecording] = useState(false);
  if (data.findings.length === 0 && regions.length === 0) {
    return null;
  }
  return (
    <Card
      title={t.title}
      size="small"
      data-testid="findings"
      extra={
        regions.length ? (
          <Button size="small" onClick={() => setRecording(true)} data-testid="record-finding">
            {t.record}
          </Button>
        ) : null
      }
    >
      <List<Finding>
        dataSource={data.findings}
        locale={{ emptyText: <Empty description={t.none} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        renderItem={(f) => <FindingItem f={f} />}
      />
      {recording ? <RecordModal data={data} regions={regions} onClose={() => setRecording(false)} /> : null}
    </Card>
  );
}

interface RecordValues {
  kind: FindingKind;
  subjectTenantCode: string;
  reportId?: string;
  basis: string;
}

function RecordModal({ data, regions, onClose }: { data: EventDetail; regions: Region[]; onClose: () => void }) {
  const t = zhCN.events.findings;
  const record = useRecordFinding();
  const [key] = useState(() => crypto.randomUUID());
  const [form] = Form.useForm<RecordValues>();
  const subject = Form.useWatch('subjectTenantCode', form);
  const reports = data.reports.filter((r) => r.tenantCode === subject);
  return (
    <FormModal<RecordValues, Finding>
      title={t.record}
      name="finding"
      data-testid="finding-form"
      form={form}
      initialValues={{ kind: 'concealed', subjectTenantCode: regions[0]?.code }}
      pending={record.isPending}
      saved={t.recorded}
      onClose={onClose}
      submit={(v) =>
        record.mutateAsync({
          key,
          input: {
            kind: v.kind,
            eventId: data.event.id,
            reportId: v.reportId ?? null,
            subjectTenantCode: v.subjectTenantCode,
            basis: v.basis,
          },
        })
      }
    >
      <Form.Item name="kind" label={t.kind} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={Object.entries(t.kinds).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="subjectTenantCode" label={t.subject} rules={[{ required: true }]}>
        <Select options={regions.map((r) => ({ value: r.code, label: r.name }))} />
      </Form.Item>
      <Form.Item name="reportId" label={t.report}>
        <Select
          allowClear
          placeholder={t.reportNone}
          options={reports.map((r) => ({ value: r.id, label: `${r.tenantName}${r.title}（${formatTime(r.reportedAt)}）` }))}
        />
      </Form.Item>
      <Form.Item name="basis" label={t.basis} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  );
}

function DecisionModal({ finding, onClose }: { finding: Finding; onClose: () => void }) {
  const t = zhCN.events.findings;
  const decide = useDecideFinding();
  return (
    <FormModal<{ decision: 'confirm' | 'dismiss'; basis: string }, Finding>
      title={t.decideTitle(finding.subjectTenantName)}
      name="finding-decision"
      data-testid="finding-decision-form"
      initialValues={{ decision: 'confirm' }}
      pending={decide.isPending}
      saved={t.decided}
      onClose={onClose}
      submit={(v) => decide.mutateAsync({ id: finding.id, input: { ...v, version: finding.version } })}
    >
      <Typography.Paragraph type="secondary">{finding.detail}</Typography.Paragraph>
      <Form.Item name="decision" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'confirm', label: t.confirm },
            { value: 'dismiss', label: t.dismiss },
          ]}
        />
      </Form.Item>
      <Form.Item name="basis" label={t.decisionBasis} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  );
}
