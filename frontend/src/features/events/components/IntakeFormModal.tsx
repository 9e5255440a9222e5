import { DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useSubmitIntake } from '../service';
import type { IntakeItem, IntakeSource, ReportChannel } from '../types';

interface Values {
  source: IntakeSource;
  channel: ReportChannel;
  reporter: string;
  reporterPhone?: string;
  content: string;
  occurredAt?: Dayjs;
  address?: string;
  longitude?: number;
  latitude?: number;
}

/**
 * 接报登记 (the duty officer, any source and channel) or 信息上报 (a 信息员: its township, through the system): one
 * item, sent once however often OK is clicked.
 */
export function IntakeFormModal({ informant, onClose }: { informant: boolean; onClose: () => void }) {
  const t = zhCN.events;
  const submit = useSubmitIntake();
  const [key] = useState(() => crypto.randomUUID());
  return (
    <FormModal<Values, IntakeItem>
      title={informant ? t.intake.submitTitle : t.intake.title}
      name="intake"
      width={640}
      data-testid="intake-form"
      initialValues={informant ? { source: 'township', channel: 'system' } : { source: 'hotline', channel: 'phone' }}
      pending={submit.isPending}
      saved={informant ? t.intake.submitted : t.intake.registered}
      onClose={onClose}
      submit={(v) =>
        submit.mutateAsync({
          key,
          input: {
            source: v.source,
            channel: v.channel,
            receivedAt: null,
            reporter: v.reporter,
            reporterPhone: v.reporterPhone ?? null,
            content: v.content,
            occurredAt: v.occurredAt ? v.occurredAt.toISOString() : null,
            address: v.address ?? null,
            longitude: v.longitude ?? null,
            latitude: v.latitude ?? null,
          },
        })
      }
    >
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item name="source" label={t.intake.source} rules={[{ required: true }]} style={{ minWidth: 200 }}>
          <Select options={Object.entries(t.sources).map(([value, label]) => ({ value, label }))} disabled={informant} />
        </Form.Item>
        <Form.Item name="channel" label={t.intake.channel} rules={[{ required: true }]} style={{ minWidth: 160 }}>
          <Select options={Object.entries(t.channels).map(([value, label]) => ({ value, label }))} disabled={informant} />
        </Form.Item>
      </Space>
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item name="reporter" label={t.intake.reporter} rules={[{ required: true, max: 100 }]} style={{ minWidth: 260 }}>
          <Input />
        </Form.Item>
        <Form.Item name="reporterPhone" label={t.intake.reporterPhone} rules={[{ max: 30 }]}>
          <Input />
        </Form.Item>
      </Space>
      <Form.Item name="content" label={t.intake.content} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item name="occurredAt" label={t.intake.occurredAt}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="address" label={t.intake.address} rules={[{ max: 300 }]} style={{ minWidth: 300 }}>
          <Input />
        </Form.Item>
      </Space>
      <Space size="middle">
        <Form.Item name="longitude" label={t.intake.longitude}>
          <InputNumber min={73} max={136} step={0.0001} />
        </Form.Item>
        <Form.Item name="latitude" label={t.intake.latitude}>
          <InputNumber min={3} max={54} step={0.0001} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
