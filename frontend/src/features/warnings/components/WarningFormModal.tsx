import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import type { TenantNode } from '../../tenants/types';
import { useCreateWarning } from '../service';
import type { Warning, WarningLevel } from '../types';

interface Values {
  hazard: string;
  level: WarningLevel;
  headline: string;
  description: string;
  instruction?: string;
  areaCodes: string[];
  areaDesc: string;
  polygon?: string;
  audience?: string;
  channels?: string[];
  span: [Dayjs, Dayjs];
}

/** 新建预警: a draft of the office, for its own area or regions below it; signed off and published from its page. */
export function WarningFormModal({ regions, onClose }: { regions: TenantNode[]; onClose: () => void }) {
  const t = zhCN.warnings;
  const navigate = useNavigate();
  const create = useCreateWarning();
  const [key] = useState(() => crypto.randomUUID());
  return (
    <FormModal<Values, Warning>
      title={t.form.title}
      name="warning"
      width={680}
      data-testid="warning-form"
      initialValues={{ level: 'yellow', audience: '社会公众', channels: ['sms'], span: [dayjs(), dayjs().add(12, 'hour')] }}
      pending={create.isPending}
      saved={t.form.saved}
      onClose={onClose}
      onSaved={(w) => navigate(`/warnings/${w.id}`)}
      submit={(v) =>
        create.mutateAsync({
          key,
          input: {
            hazard: v.hazard,
            level: v.level,
            headline: v.headline,
            description: v.description,
            instruction: v.instruction ?? null,
            areaCodes: v.areaCodes,
            areaDesc: v.areaDesc,
            polygon: v.polygon ?? null,
            audience: v.audience ?? null,
            channels: v.channels ?? null,
            onset: v.span[0].toISOString(),
            expires: v.span[1].toISOString(),
            version: null,
          },
        })
      }
    >
      <Form.Item name="hazard" label={t.form.hazard} rules={[{ required: true, max: 50 }]}>
        <Select showSearch options={t.hazards.map((h) => ({ value: h, label: h }))} data-testid="warning-hazard" />
      </Form.Item>
      <Form.Item name="level" label={t.form.level} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={Object.entries(t.levels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="headline" label={t.form.headline} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t.form.description} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="instruction" label={t.form.instruction} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="areaCodes" label={t.form.area} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          options={regions.map((r) => ({ value: r.code, label: r.name }))}
          data-testid="warning-area"
        />
      </Form.Item>
      <Form.Item name="areaDesc" label={t.form.areaDesc} rules={[{ required: true, max: 300 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="polygon" label={t.form.polygon} tooltip={t.form.polygonHint} rules={[{ max: 20000 }]}>
        <Input.TextArea rows={1} />
      </Form.Item>
      <Form.Item name="span" label={t.form.span} rules={[{ required: true }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="audience" label={t.form.audience} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="channels" label={t.form.channels}>
        <Select mode="multiple" options={Object.entries(t.channels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
    </FormModal>
  );
}
