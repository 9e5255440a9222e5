import { DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import type { TenantNode } from '../../tenants/types';
import { useScheduleSpotChecks } from '../service';
import type { SpotCheck, SpotCheckMethod } from '../types';

interface Values {
  occasion: string;
  period: [Dayjs, Dayjs];
  count: number;
  checkedTenantCodes?: string[];
  method: SpotCheckMethod;
}

/** 排定随机抽查: checks at random moments of a holiday or sensitive period, sent when due, unseen until then. */
export function ScheduleFormModal({ regions, onClose }: { regions: TenantNode[]; onClose: () => void }) {
  const t = zhCN.duty;
  const schedule = useScheduleSpotChecks();
  const [key] = useState(() => crypto.randomUUID());
  return (
    <FormModal<Values, SpotCheck[]>
      title={t.spotCheck.scheduleTitle}
      name="schedule"
      width={560}
      data-testid="schedule-form"
      initialValues={{ count: 3, method: 'system' }}
      pending={schedule.isPending}
      saved={t.spotCheck.scheduled}
      onClose={onClose}
      submit={(v) =>
        schedule.mutateAsync({
          key,
          input: {
            occasion: v.occasion,
            from: v.period[0].toISOString(),
            to: v.period[1].toISOString(),
            count: v.count,
            checkedTenantCodes: v.checkedTenantCodes?.length ? v.checkedTenantCodes : null,
            method: v.method,
          },
        })
      }
    >
      <Typography.Paragraph type="secondary">{t.spotCheck.scheduleHint}</Typography.Paragraph>
      <Form.Item name="occasion" label={t.spotCheck.occasion} rules={[{ required: true, max: 50 }]}>
        <Input placeholder="元旦假期值班抽查" />
      </Form.Item>
      <Form.Item name="period" label={t.spotCheck.period} rules={[{ required: true }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="count" label={t.spotCheck.count} rules={[{ required: true }]}>
        <InputNumber min={1} max={50} />
      </Form.Item>
      <Form.Item name="checkedTenantCodes" label={t.spotCheck.targets}>
        <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={regions.map((r) => ({ value: r.code, label: r.name }))} />
      </Form.Item>
      <Form.Item name="method" label={t.spotCheck.method} rules={[{ required: true }]}>
        <Radio.Group options={Object.entries(t.methods).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
    </FormModal>
  );
}
