import { App as AntdApp, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { zhCN } from '../../../i18n/zh-CN';
import { isFutureDate } from '../../plans/plans';
import { withStatus } from '../drills';
import { useSaveDrill } from '../service';
import type { Drill } from '../types';

/** 登记举办: a planned drill becomes held on the date it really took place (not in the future). */
export function HoldModal({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const t = zhCN.drills;
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<{ heldOn: Dayjs }>();
  const save = useSaveDrill();
  const submit = ({ heldOn }: { heldOn: Dayjs }) =>
    save
      .mutateAsync({ id: drill.id, input: withStatus(drill, 'held', heldOn.format('YYYY-MM-DD')) })
      .then(() => {
        void message.success(t.actions.held);
        onClose();
      })
      .catch(() => undefined); // shown by the central handler

  return (
    <Modal
      open
      title={t.holdForm.title}
      okText={t.actions.ok}
      cancelText={t.drillForm.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Form form={form} layout="vertical" onFinish={submit} style={{ marginTop: 16 }} name="hold">
        <Form.Item name="heldOn" label={t.holdForm.heldOn} rules={[{ required: true, message: t.holdForm.heldOnRequired }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day: Dayjs) => isFutureDate(day.format('YYYY-MM-DD'))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
