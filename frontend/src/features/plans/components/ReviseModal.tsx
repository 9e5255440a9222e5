import { App as AntdApp, Form, Modal, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { openTaskOptions } from '../../campaigns/campaigns';
import { useAssignedTasks } from '../../campaigns/service';
import { useRevisePlan } from '../service';
import type { Plan } from '../types';

/** 修订: a new draft version of this one (optionally for a 编修任务), then the new draft is opened. */
export function ReviseModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const t = zhCN.plans.revise;
  const { message } = AntdApp.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ campaignTaskId?: string }>();
  const { data: tasks } = useAssignedTasks();
  const revise = useRevisePlan();

  const submit = ({ campaignTaskId }: { campaignTaskId?: string }) => {
    revise
      .mutateAsync({ id: plan.id, version: plan.version, campaignTaskId: campaignTaskId ?? null })
      .then((draft) => {
        void message.success(t.revised);
        onClose();
        navigate(`/plans/${draft.id}`);
      })
      .catch(() => undefined); // shown by the central handler
  };

  return (
    <Modal
      open
      title={t.title}
      okText={zhCN.plans.actions.ok}
      cancelText={zhCN.plans.actions.cancel}
      confirmLoading={revise.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Typography.Paragraph style={{ marginTop: 16 }}>{t.confirm}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} name="revise">
        <Form.Item name="campaignTaskId" label={t.task}>
          <Select allowClear placeholder={t.taskPlaceholder} options={openTaskOptions(tasks ?? [])} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
