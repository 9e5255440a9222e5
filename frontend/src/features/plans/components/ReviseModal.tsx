import { Form, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { openTaskOptions } from '../../campaigns/campaigns';
import { useAssignedTasks } from '../../campaigns/service';
import { useRevisePlan } from '../service';
import type { Plan } from '../types';

/** 修订: a new draft version of this one (optionally for a 编修任务), then the new draft is opened. */
export function ReviseModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const t = zhCN.plans.revise;
  const navigate = useNavigate();
  const { data: tasks } = useAssignedTasks();
  const revise = useRevisePlan();

  return (
    <FormModal
      title={t.title}
      okText={zhCN.plans.actions.ok}
      cancelText={zhCN.plans.actions.cancel}
      name="revise"
      submit={({ campaignTaskId }: { campaignTaskId?: string }) =>
        revise.mutateAsync({ id: plan.id, version: plan.version, campaignTaskId: campaignTaskId ?? null })
      }
      pending={revise.isPending}
      saved={t.revised}
      onClose={onClose}
      onSaved={(draft) => navigate(`/plans/${draft.id}`)}
    >
      <Typography.Paragraph>{t.confirm}</Typography.Paragraph>
      <Form.Item name="campaignTaskId" label={t.task}>
        <Select allowClear placeholder={t.taskPlaceholder} options={openTaskOptions(tasks ?? [])} />
      </Form.Item>
    </FormModal>
  );
}
