import { Form, Input, InputNumber, Rate } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useInvocationStep, type InvocationStep } from '../service';
import type { Invocation } from '../types';

export type StepKind = InvocationStep['kind'];

interface Values {
  note?: string;
  workRecord?: string;
  score?: number;
  comment?: string;
  amount?: number;
}

/** The step's body from the form's values. */
function step(kind: StepKind, v: Values): InvocationStep {
  switch (kind) {
    case 'accept':
    case 'decline':
      return { kind, note: v.note ?? '' };
    case 'work-record':
      return { kind, workRecord: v.workRecord ?? '' };
    case 'evaluation':
      return { kind, score: v.score ?? 0, comment: v.comment ?? '' };
    case 'fee':
      return { kind, amount: v.amount ?? 0, note: v.note ?? '' };
  }
}

/** 接受 / 谢绝 / 工作记录 / 评价 / 费用 of one invocation. */
export function StepModal({ invocation, kind, onClose }: { invocation: Invocation; kind: StepKind; onClose: () => void }) {
  const t = zhCN.invocations;
  const mutation = useInvocationStep();
  const titles: Record<StepKind, string> = {
    accept: t.actions.accept,
    decline: t.actions.decline,
    'work-record': t.actions.workRecord,
    evaluation: t.actions.evaluate,
    fee: t.actions.fee,
  };

  return (
    <FormModal
      title={`${titles[kind]}：${invocation.expertName ?? ''}`}
      okText={t.actions.ok}
      cancelText={t.actions.cancel}
      maskClosable
      name="invocation-step"
      initialValues={{ score: invocation.score ?? undefined, comment: invocation.evaluationComment ?? undefined }}
      submit={(values: Values) => mutation.mutateAsync({ invocation, step: step(kind, values) })}
      pending={mutation.isPending}
      saved={t.actions.done}
      onClose={onClose}
    >
      {(kind === 'accept' || kind === 'decline') && (
        <Form.Item name="note" label={t.form.note}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
      {kind === 'work-record' && (
        <Form.Item
          name="workRecord"
          label={t.form.workRecord}
          rules={[{ required: true, whitespace: true, message: t.form.workRecordRequired }]}
        >
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
      )}
      {kind === 'evaluation' && (
        <>
          <Form.Item name="score" label={t.form.score} rules={[{ required: true, message: t.form.scoreRequired }]}>
            <Rate />
          </Form.Item>
          <Form.Item name="comment" label={t.form.comment}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
      {kind === 'fee' && (
        <>
          <Form.Item name="amount" label={t.form.amount} rules={[{ required: true, message: t.form.amountRequired }]}>
            <InputNumber min={0} precision={2} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="note" label={t.form.feeNote}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
