import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { isFutureDay } from '../../plans/plans';
import { withStatus } from '../drills';
import { useSaveDrill } from '../service';
import type { Drill } from '../types';

/** 登记举办: a planned drill becomes held on the date it really took place (not in the future). */
export function HoldModal({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const t = zhCN.drills;
  const save = useSaveDrill();
  const submit = ({ heldOn }: { heldOn: Dayjs }) =>
    save.mutateAsync({ id: drill.id, input: withStatus(drill, 'held', heldOn.format('YYYY-MM-DD')) });

  return (
    <FormModal
      title={t.holdForm.title}
      okText={t.actions.ok}
      cancelText={t.drillForm.cancel}
      name="hold"
      submit={submit}
      pending={save.isPending}
      saved={t.actions.held}
      onClose={onClose}
    >
      <Form.Item name="heldOn" label={t.holdForm.heldOn} rules={[{ required: true, message: t.holdForm.heldOnRequired }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
      </Form.Item>
    </FormModal>
  );
}
