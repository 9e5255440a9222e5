import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useReportAbsence } from '../service';
import type { Absence, StaffMember } from '../types';

interface Values {
  personId: string;
  deputyId?: string;
  span: [Dayjs, Dayjs];
  destination: string;
  reason: string;
}

/** 离岗报备: a leader away (where, why, until when) and who stands in. */
export function AbsenceFormModal({ people, onClose }: { people: StaffMember[]; onClose: () => void }) {
  const t = zhCN.duty.absenceForm;
  const report = useReportAbsence();
  const options = people.map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name }));
  return (
    <FormModal<Values, Absence>
      title={t.title}
      name="absence"
      width={560}
      data-testid="absence-form"
      pending={report.isPending}
      saved={t.saved}
      onClose={onClose}
      submit={(v) =>
        report.mutateAsync({
          personId: v.personId,
          deputyId: v.deputyId ?? null,
          startsAt: v.span[0].toISOString(),
          endsAt: v.span[1].toISOString(),
          destination: v.destination,
          reason: v.reason,
        })
      }
    >
      <Form.Item name="personId" label={t.person} rules={[{ required: true }]}>
        <Select showSearch optionFilterProp="label" options={options} />
      </Form.Item>
      <Form.Item name="deputyId" label={t.deputy}>
        <Select allowClear showSearch optionFilterProp="label" options={options} />
      </Form.Item>
      <Form.Item name="span" label={t.span} rules={[{ required: true }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="destination" label={t.destination} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="reason" label={t.reason} rules={[{ required: true, max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
