import { Form, Input, Typography } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useDecideFiling } from '../service';
import type { Filing } from '../types';

/** 退回: the reason is required and reaches the submitter. */
export function ReturnModal({ filing, onClose }: { filing: Filing; onClose: () => void }) {
  const t = zhCN.filings;
  const decide = useDecideFiling();

  return (
    <FormModal
      title={t.returnTitle}
      okText={t.ok}
      okButtonProps={{ danger: true }}
      cancelText={t.cancel}
      name="return"
      submit={({ reason }: { reason: string }) =>
        decide.mutateAsync({ id: filing.id, decision: 'return', reason: reason.trim() })
      }
      pending={decide.isPending}
      saved={t.returned}
      onClose={onClose}
      // the central handler has shown why; the lists are read again, so the dialog closes
      onFailed={onClose}
    >
      <Typography.Paragraph strong>{filing.planTitle}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t.reason}
        rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t.reasonPlaceholder} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
