import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { isFutureDay } from '../plans';
import { useIssuePlan } from '../service';
import type { Plan } from '../types';

interface FormValues {
  docNumber: string;
  issuedOn: Dayjs;
}

/** 印发: the 文号 and the 印发日期 (today or earlier). */
export function IssueModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const t = zhCN.plans.issue;
  const issue = useIssuePlan();

  const submit = (values: FormValues) =>
    issue.mutateAsync({
      id: plan.id,
      docNumber: values.docNumber.trim(),
      issuedOn: values.issuedOn.format('YYYY-MM-DD'),
      version: plan.version,
    });

  return (
    <FormModal
      title={t.title}
      okText={zhCN.plans.actions.ok}
      cancelText={zhCN.plans.actions.cancel}
      name="issue"
      submit={submit}
      pending={issue.isPending}
      saved={t.issued}
      onClose={onClose}
    >
      <Form.Item
        name="docNumber"
        label={t.docNumber}
        rules={[{ required: true, whitespace: true, message: t.docNumberRequired }]}
      >
        <Input placeholder={t.docNumberPlaceholder} maxLength={100} autoFocus />
      </Form.Item>
      <Form.Item name="issuedOn" label={t.issuedOn} rules={[{ required: true, message: t.issuedOnRequired }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={isFutureDay}
        />
      </Form.Item>
    </FormModal>
  );
}
