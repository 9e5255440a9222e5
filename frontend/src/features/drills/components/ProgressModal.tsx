import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { isFutureDay } from '../../plans/plans';
import { ACTION_STATUSES } from '../drills';
import { useUpdateAction } from '../service';
import type { ActionStatus, CorrectiveAction } from '../types';

interface FormValues {
  status: ActionStatus;
  progressNote?: string;
  completedOn?: Dayjs;
}

/** 更新整改进展: 状态 and 进展说明 (and the 完成日期 once done; today when left empty). */
export function ProgressModal({ action, onClose }: { action: CorrectiveAction; onClose: () => void }) {
  const t = zhCN.drills.correctiveActions;
  const [form] = Form.useForm<FormValues>();
  const status = Form.useWatch('status', form);
  const update = useUpdateAction();
  const submit = (values: FormValues) =>
    update.mutateAsync({
      id: action.id,
      input: {
        status: values.status,
        progressNote: values.progressNote?.trim() ?? null,
        completedOn: values.status === 'done' && values.completedOn ? values.completedOn.format('YYYY-MM-DD') : null,
        version: action.version,
      },
    });

  return (
    <FormModal
      title={t.progressForm.title}
      okText={zhCN.drills.actions.ok}
      cancelText={zhCN.drills.drillForm.cancel}
      name="action-progress"
      form={form}
      initialValues={{ status: action.status, progressNote: action.progressNote ?? '' }}
      submit={submit}
      pending={update.isPending}
      saved={t.progressForm.saved}
      onClose={onClose}
    >
      <Form.Item name="status" label={t.progressForm.status} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={ACTION_STATUSES.map((value) => ({ value, label: t.statuses[value] }))} />
      </Form.Item>
      <Form.Item name="progressNote" label={t.progressForm.note}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
      {status === 'done' && (
        <Form.Item name="completedOn" label={t.progressForm.completedOn}>
          <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
        </Form.Item>
      )}
    </FormModal>
  );
}
