import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { TRIGGER_KINDS, isFutureDay } from '../plans';
import { useRaiseTrigger } from '../service';
import type { Plan } from '../types';

interface FormValues {
  kind: string;
  note: string;
  occurredOn: Dayjs;
}

/** 登记修订情形: what changed that calls for a revision (law, organization, risk, …). */
export function TriggerModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const t = zhCN.plans.trigger;
  const raise = useRaiseTrigger();

  const submit = (values: FormValues) =>
    raise.mutateAsync({
      id: plan.id,
      input: { kind: values.kind, note: values.note.trim(), occurredOn: values.occurredOn.format('YYYY-MM-DD') },
    });

  return (
    <FormModal
      title={t.title}
      okText={zhCN.plans.actions.ok}
      cancelText={zhCN.plans.actions.cancel}
      name="trigger"
      submit={submit}
      pending={raise.isPending}
      saved={t.recorded}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t.kind} rules={[{ required: true, message: t.kindRequired }]}>
        <Select
          placeholder={t.kindRequired}
          options={TRIGGER_KINDS.map((value) => ({ value, label: t.kinds[value] ?? value }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t.note} rules={[{ required: true, whitespace: true, message: t.noteRequired }]}>
        <Input.TextArea rows={3} placeholder={t.notePlaceholder} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="occurredOn" label={t.occurredOn} rules={[{ required: true, message: t.occurredOnRequired }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
      </Form.Item>
    </FormModal>
  );
}
