import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { EVALUATION_CONCLUSIONS, isFutureDate } from '../plans';
import { useEvaluatePlan } from '../service';
import type { EvaluationConclusion, Plan } from '../types';

interface FormValues {
  evaluatedOn: Dayjs;
  conclusion: EvaluationConclusion;
  findings: string;
  evaluator?: string;
}

/** 评估: date (not in the future, not before 印发), conclusion, findings; restarts the evaluation clock. */
export function EvaluationModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const t = zhCN.plans.evaluation;
  const evaluate = useEvaluatePlan();

  const submit = (values: FormValues) => {
    const evaluator = values.evaluator?.trim();
    return evaluate.mutateAsync({
      id: plan.id,
      input: {
        evaluatedOn: values.evaluatedOn.format('YYYY-MM-DD'),
        conclusion: values.conclusion,
        findings: values.findings.trim(),
        evaluator: evaluator ? evaluator : null,
        version: plan.version,
      },
    });
  };

  return (
    <FormModal
      title={t.title}
      okText={zhCN.plans.actions.ok}
      cancelText={zhCN.plans.actions.cancel}
      name="evaluation"
      initialValues={{ conclusion: 'keep' }}
      submit={submit}
      pending={evaluate.isPending}
      saved={t.recorded}
      onClose={onClose}
    >
      <Form.Item name="evaluatedOn" label={t.evaluatedOn} rules={[{ required: true, message: t.evaluatedOnRequired }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(day: Dayjs) => {
            const iso = day.format('YYYY-MM-DD');
            return isFutureDate(iso) || (plan.issuedOn !== null && iso < plan.issuedOn);
          }}
        />
      </Form.Item>
      <Form.Item name="conclusion" label={t.conclusion} rules={[{ required: true, message: t.conclusionRequired }]}>
        <Radio.Group
          optionType="button"
          options={EVALUATION_CONCLUSIONS.map((value) => ({ value, label: t.conclusions[value] }))}
        />
      </Form.Item>
      <Form.Item
        name="findings"
        label={t.findings}
        rules={[{ required: true, whitespace: true, message: t.findingsRequired }]}
      >
        <Input.TextArea rows={4} placeholder={t.findingsPlaceholder} maxLength={20000} />
      </Form.Item>
      <Form.Item name="evaluator" label={t.evaluator}>
        <Input placeholder={t.evaluatorPlaceholder} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
