import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useConfirmAction } from '../../../components/useConfirmAction';
import { zhCN } from '../../../i18n/zh-CN';
import { actionStatusColor, canUpdateAction, triggerPlan } from '../drills';
import { useActionTrigger } from '../service';
import type { CorrectiveAction } from '../types';
import { ProgressModal } from './ProgressModal';

interface Props {
  actions: CorrectiveAction[];
  loading?: boolean;
  canWrite: boolean;
  /** On the 整改措施 page: a column with the drill each action belongs to. */
  showDrill?: boolean;
  /** The drill's linked plans the viewer's tenant owns, by id with their titles (登记为预案修订情形). */
  ownPlans?: ReadonlyMap<string, string>;
  /** In a narrow column (an event's 总结评估): scroll sideways rather than squeeze the text. */
  scrollX?: number;
}

/** 整改措施 rows: 责任单位/地区, 期限 with 逾期 in red, 状态, 更新进展 and 登记为预案修订情形. */
export function ActionsTable({ actions, loading, canWrite, showDrill, ownPlans, scrollX }: Props) {
  const t = zhCN.drills.correctiveActions;
  const confirm = useConfirmAction();
  const [editing, setEditing] = useState<CorrectiveAction>();
  const raise = useActionTrigger();
  const confirmTrigger = (action: CorrectiveAction, planId: string) =>
    confirm({
      title: t.trigger,
      content: t.triggerConfirm(ownPlans?.get(planId) ?? planId),
      okText: zhCN.drills.actions.ok,
      cancelText: zhCN.drills.drillForm.cancel,
      run: () => raise.mutateAsync({ id: action.id, planId }),
      done: t.triggerDone,
    });

  return (
    <>
      <Table<CorrectiveAction>
        rowKey="id"
        size="small"
        data-testid="action-table"
        loading={loading}
        dataSource={actions}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={scrollX ? { x: scrollX } : undefined}
        locale={{ emptyText: t.empty }}
        columns={[
          {
            title: t.columns.description,
            key: 'description',
            render: (_, action) => (
              <Space direction="vertical" size={0}>
                <span>{action.description}</span>
                {action.progressNote && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.columns.progress}：{action.progressNote}
                  </Typography.Text>
                )}
                {action.triggerId && <Tag color="volcano">{t.triggered}</Tag>}
              </Space>
            ),
          },
          ...(showDrill
            ? [
                {
                  title: t.columns.drill,
                  key: 'drill',
                  render: (_: unknown, action: CorrectiveAction) => (
                    <Space direction="vertical" size={0}>
                      {action.eventId ? (
                        <Link to={`/events/${action.eventId}`}>{action.eventTitle ?? zhCN.drills.hidden}</Link>
                      ) : (
                        <Link to={`/drills/${action.drillId}`}>{action.drillTitle ?? zhCN.drills.hidden}</Link>
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {action.drillTenantName}
                      </Typography.Text>
                    </Space>
                  ),
                },
              ]
            : []),
          {
            title: t.columns.unit,
            key: 'unit',
            render: (_, action) => action.ownerUnitName ?? zhCN.drills.hidden,
          },
          { title: t.columns.region, dataIndex: 'assigneeName', key: 'region', width: 110 },
          {
            title: t.columns.dueOn,
            key: 'dueOn',
            width: 150,
            render: (_, action) => (
              <Space size={4}>
                <span>{action.dueOn}</span>
                {action.overdue && (
                  <Tag color="red" data-testid="action-overdue">
                    {t.overdue}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t.columns.status,
            key: 'status',
            width: 90,
            render: (_, action) => <Tag color={actionStatusColor(action.status)}>{action.statusLabel}</Tag>,
          },
          {
            title: t.columns.actions,
            key: 'actions',
            width: 200,
            render: (_, action) => {
              const planId = triggerPlan(action, canWrite, [...(ownPlans?.keys() ?? [])]);
              return (
                <Space size={4} wrap>
                  {canUpdateAction(action, canWrite) && (
                    <Button size="small" onClick={() => setEditing(action)}>
                      {t.progress}
                    </Button>
                  )}
                  {planId && (
                    <Button size="small" onClick={() => confirmTrigger(action, planId)}>
                      {t.trigger}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {editing && <ProgressModal action={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
