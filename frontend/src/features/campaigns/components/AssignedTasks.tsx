import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { PlanFormModal } from '../../plans/components/PlanFormModal';
import { categoryLabel } from '../../plans/plans';
import { FromTemplateModal } from '../../templates/components/FromTemplateModal';
import { canStartTask } from '../campaigns';
import { useAssignedTasks } from '../service';
import type { CampaignTask } from '../types';
import { TaskStateTag } from './TaskStateTag';

/**
 * 分配给本地区的任务: every task assigned to the viewer's region; 开始编制 starts the plan for it, from the
 * task's template when it names one, else from a plan form prefilled with the task.
 */
export function AssignedTasks({ canCompile }: { canCompile: boolean }) {
  const t = zhCN.campaigns;
  const navigate = useNavigate();
  const { data, isPending } = useAssignedTasks();
  const [starting, setStarting] = useState<CampaignTask>();

  return (
    <Card title={t.assigned} data-testid="assigned-tasks">
      <Table<CampaignTask>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t.assignedEmpty }}
        columns={[
          {
            title: t.taskColumns.planTitle,
            key: 'planTitle',
            render: (_, task) => (
              <Space direction="vertical" size={0}>
                <span>{task.planTitle}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {categoryLabel(task.category)}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t.taskColumns.campaign,
            key: 'campaign',
            render: (_, task) => (
              <Space direction="vertical" size={0}>
                <Link to={`/campaigns/${task.campaignId}`}>{task.campaignTitle}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {task.campaignTenantName}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t.taskColumns.deadline, dataIndex: 'deadline', key: 'deadline', width: 110 },
          { title: t.taskColumns.state, key: 'state', width: 90, render: (_, task) => <TaskStateTag task={task} /> },
          {
            title: t.taskColumns.plan,
            key: 'plan',
            render: (_, task) =>
              task.planId ? (
                <Link to={`/plans/${task.planId}`}>{task.planStatusLabel ?? task.planTitle}</Link>
              ) : (
                canStartTask(task, canCompile) && (
                  <Button size="small" type="primary" icon={<PlayCircleOutlined />} onClick={() => setStarting(task)}>
                    {t.start}
                  </Button>
                )
              ),
          },
        ]}
      />
      {starting?.templateId ? (
        <FromTemplateModal
          template={{ id: starting.templateId }}
          title={starting.planTitle}
          campaignTaskId={starting.id}
          onClose={() => setStarting(undefined)}
        />
      ) : (
        starting && (
          <PlanFormModal
            preset={{ title: starting.planTitle, category: starting.category, campaignTaskId: starting.id }}
            onClose={() => setStarting(undefined)}
            onSaved={(plan) => navigate(`/plans/${plan.id}`)}
          />
        )
      )}
    </Card>
  );
}
