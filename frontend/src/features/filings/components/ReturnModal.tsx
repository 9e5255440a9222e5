import { App as AntdApp, Form, Input, Modal, Typography } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { useDecideFiling } from '../service';
import type { Filing } from '../types';

/** 退回: the reason is required and reaches the submitter. */
export function ReturnModal({ filing, onClose }: { filing: Filing; onClose: () => void }) {
  const t = zhCN.filings;
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const decide = useDecideFiling();

  const submit = ({ reason }: { reason: string }) => {
    decide
      .mutateAsync({ id: filing.id, decision: 'return', reason: reason.trim() })
      .then(() => {
        void message.success(t.returned);
        onClose();
      })
      .catch(() => onClose()); // shown by the central handler; the lists are read again
  };

  return (
    <Modal
      open
      title={t.returnTitle}
      okText={t.ok}
      okButtonProps={{ danger: true }}
      cancelText={t.cancel}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Typography.Paragraph strong style={{ marginTop: 16 }}>
        {filing.planTitle}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} name="return">
        <Form.Item
          name="reason"
          label={t.reason}
          rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t.reasonPlaceholder} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
