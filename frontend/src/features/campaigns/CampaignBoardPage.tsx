import { DownloadOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { access } from '../../access';
import { BackLink, DetailNotFound } from '../../components/DetailPage';
import { useConfirmAction } from '../../components/useConfirmAction';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { formatTime } from '../orgUnits/orgUnits';
import { categoryLabel } from '../plans/plans';
import { boardSummary, campaignActions } from './campaigns';
import { BoardProgress } from './components/BoardProgress';
import { TaskFormModal } from './components/TaskFormModal';
import { TaskStateTag } from './components/TaskStateTag';
import { useCampaign, useExportBoard, useLaunchCampaign } from './service';
import type { CampaignTask } from './types';

/** 挂图作战: one campaign's progress and its task table; the initiating region adds tasks and launches it. */
export default function CampaignBoardPage() {
  const t = zhCN.campaigns;
  const { id = '' } = useParams();
  const confirm = useConfirmAction();
  const { data: me } = useMe();
  const { data: campaign, isPending, isError } = useCampaign(id);
  const launch = useLaunchCampaign();
  const exportBoard = useExportBoard();
  const [adding, setAdding] = useState(false);

  if (isError) {
    return <DetailNotFound title={t.notFound} back={t.back} to="/campaigns" />;
  }
  if (isPending || !me) {
    return <Skeleton active />;
  }

  const actions = campaignActions(campaign, access(me.roles).canCompilePlans);
  const summary = boardSummary(campaign.progress);
  const confirmLaunch = () =>
    confirm({
      title: t.launch,
      content: t.launchConfirm,
      okText: zhCN.plans.actions.ok,
      cancelText: zhCN.plans.actions.cancel,
      run: () => launch.mutateAsync({ id: campaign.id, version: campaign.version }),
      done: t.launchedDone,
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to="/campaigns">{t.back}</BackLink>
      <Card
        title={
          <Space size={8} wrap>
            <span data-testid="campaign-title">{campaign.title}</span>
            {campaign.launched ? <Tag color="blue">{t.launched}</Tag> : <Tag>{t.notLaunched}</Tag>}
          </Space>
        }
        extra={
          <Space wrap data-testid="campaign-actions">
            <Button
              icon={<DownloadOutlined />}
              loading={exportBoard.isPending}
              onClick={() => exportBoard.mutate({ id: campaign.id, fileName: t.exportFileName(campaign.title) })}
            >
              {t.export}
            </Button>
            {actions.launch && (
              <Button type="primary" icon={<SendOutlined />} loading={launch.isPending} onClick={confirmLaunch}>
                {t.launch}
              </Button>
            )}
          </Space>
        }
      >
        {!campaign.own && <Alert type="info" showIcon message={t.readOnly} style={{ marginBottom: 16 }} />}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t.columns.initiator}>{campaign.tenantName}</Descriptions.Item>
          <Descriptions.Item label={t.columns.noticeDocNumber}>{campaign.noticeDocNumber ?? zhCN.plans.none}</Descriptions.Item>
          <Descriptions.Item label={t.columns.deadline}>{campaign.deadline}</Descriptions.Item>
          <Descriptions.Item label={t.columns.status}>
            {campaign.launchedAt ? `${t.launched} ${formatTime(campaign.launchedAt)}` : t.notLaunched}
          </Descriptions.Item>
          {campaign.description && (
            <Descriptions.Item label={t.description} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{campaign.description}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t.board} data-testid="campaign-board">
        <Row gutter={16} align="middle" data-testid="board-summary">
          <Col xs={12} md={4} data-testid="board-total">
            <Statistic title={t.summary.total} value={summary.total} />
          </Col>
          <Col xs={12} md={4} data-testid="board-done">
            <Statistic title={t.summary.done} value={summary.done} valueStyle={{ color: '#389e0d' }} />
          </Col>
          <Col xs={12} md={4} data-testid="board-due">
            <Statistic title={t.summary.due} value={summary.due} />
          </Col>
          <Col xs={12} md={4} data-testid="board-overdue">
            <Statistic title={t.summary.overdue} value={summary.overdue} valueStyle={summary.overdue > 0 ? { color: '#cf1322' } : undefined} />
          </Col>
          <Col xs={24} md={8}>
            <Typography.Text type="secondary">{t.summary.rate}</Typography.Text>
            <BoardProgress progress={campaign.progress} />
          </Col>
        </Row>
      </Card>
      <Card
        title={t.tasks}
        extra={
          actions.addTask && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t.addTask}
            </Button>
          )
        }
      >
        <Table<CampaignTask>
          rowKey="id"
          size="small"
          dataSource={campaign.tasks}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t.noTasks }}
          data-testid="campaign-tasks"
          columns={[
            { title: t.taskColumns.planTitle, dataIndex: 'planTitle', key: 'planTitle' },
            { title: t.taskColumns.category, key: 'category', width: 120, render: (_, task) => categoryLabel(task.category) },
            {
              title: t.taskColumns.assignee,
              key: 'assignee',
              width: 110,
              // a sibling region's name may be outside what the viewer can read: its code then
              render: (_, task) => task.assigneeTenantName ?? task.assigneeTenantCode,
            },
            {
              title: t.taskColumns.unit,
              key: 'unit',
              width: 160,
              render: (_, task) => task.assigneeUnitName ?? zhCN.plans.none,
            },
            { title: t.taskColumns.deadline, dataIndex: 'deadline', key: 'deadline', width: 110 },
            { title: t.taskColumns.state, key: 'state', width: 90, render: (_, task) => <TaskStateTag task={task} /> },
            {
              title: t.taskColumns.plan,
              key: 'plan',
              width: 120,
              render: (_, task) =>
                task.planId ? (
                  <Link to={`/plans/${task.planId}`} data-testid="task-plan-link">
                    {task.planStatusLabel}
                  </Link>
                ) : (
                  zhCN.plans.none
                ),
            },
          ]}
        />
      </Card>
      {adding && <TaskFormModal campaign={campaign} ownTenant={me.tenant.code} onClose={() => setAdding(false)} />}
    </Space>
  );
}
