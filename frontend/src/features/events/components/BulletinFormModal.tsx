import { Checkbox, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useIssueBulletin } from '../service';
import type { BulletinSeries, EventDetail } from '../types';
import { bulletinBody } from '../events';

interface Values {
  series: BulletinSeries;
  title: string;
  body: string;
  leaders?: string;
  addresseeCodes?: string[];
  departments?: string;
  compiledBy: string;
  approvedBy: string;
}

/**
 * 编发信息快报 from an event: the text compiled from every report the office reads (edited before issue), sent to
 * leaders, to the regions below named here and to departments; numbered when issued.
 */
export function BulletinFormModal({
  data,
  regions,
  compiler,
  onClose,
}: {
  data: EventDetail;
  /** The regions below the office this event concerns (the event's own, those that reported). */
  regions: { code: string; name: string }[];
  compiler: string;
  onClose: () => void;
}) {
  const t = zhCN.events.bulletins;
  const [form] = Form.useForm<Values>();
  const [key] = useState(() => crypto.randomUUID());
  const issue = useIssueBulletin();
  const navigate = useNavigate();
  return (
    <FormModal
      width={720}
      title={t.compose}
      okText={t.ok}
      cancelText={t.cancel}
      name="info-bulletin"
      data-testid="bulletin-form"
      form={form}
      initialValues={{
        series: 'express',
        title: data.event.title,
        body: bulletinBody(data),
        addresseeCodes: regions.map((r) => r.code),
        compiledBy: compiler,
      }}
      submit={(v: Values) =>
        issue.mutateAsync({
          key,
          input: {
            series: v.series,
            title: v.title.trim(),
            body: v.body.trim(),
            eventId: data.event.id,
            reportIds: data.reports.map((r) => r.id),
            leaders: v.leaders?.trim() ?? '',
            addresseeCodes: v.addresseeCodes ?? [],
            departments: v.departments?.trim() ?? '',
            compiledBy: v.compiledBy.trim(),
            approvedBy: v.approvedBy.trim(),
          },
        })
      }
      pending={issue.isPending}
      saved={t.issued('')}
      onSaved={(b) => void navigate(`/info-bulletins/${b.id}`)}
      onClose={onClose}
    >
      <Form.Item name="series" label={t.series}>
        <Select options={Object.entries(t.seriesLabels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="title" label={t.headline} rules={[{ required: true, whitespace: true, message: t.titleRequired }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="body" label={t.body} rules={[{ required: true, whitespace: true, message: t.bodyRequired }]}>
        <Input.TextArea rows={8} maxLength={20000} />
      </Form.Item>
      <Form.Item name="leaders" label={t.leaders}>
        <Input maxLength={500} />
      </Form.Item>
      {regions.length > 0 && (
        <Form.Item name="addresseeCodes" label={t.addressees}>
          <Checkbox.Group options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        </Form.Item>
      )}
      <Form.Item name="departments" label={t.departments}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="compiledBy" label={t.compiledBy} rules={[{ required: true, whitespace: true, message: t.compiledByRequired }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="approvedBy" label={t.approvedBy} rules={[{ required: true, whitespace: true, message: t.approvedByRequired }]}>
        <Input maxLength={50} />
      </Form.Item>
    </FormModal>
  );
}
