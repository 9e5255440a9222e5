import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { access } from '../../access';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { boardSummary } from './campaigns';
import { AssignedTasks } from './components/AssignedTasks';
import { BoardProgress } from './components/BoardProgress';
import { CampaignFormModal } from './components/CampaignFormModal';
import { useCampaigns } from './service';
import type { Campaign } from './types';

/** 编修专项行动: the tasks assigned to this region, and the campaigns it launched or received, with progress. */
export default function CampaignsPage() {
  const t = zhCN.campaigns;
  const { data: me } = useMe();
  const { data, isPending } = useCampaigns();
  const [creating, setCreating] = useState(false);

  if (!me) {
    return <Skeleton active />;
  }
  const canCompile = access(me.roles).canCompilePlans;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AssignedTasks canCompile={canCompile} />
      <Card
        title={t.title}
        extra={
          canCompile && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t.create}
            </Button>
          )
        }
      >
        <Table<Campaign>
          rowKey="id"
          loading={isPending}
          dataSource={data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t.empty }}
          data-testid="campaigns"
          columns={[
            {
              title: t.columns.title,
              key: 'title',
              render: (_, campaign) => <Link to={`/campaigns/${campaign.id}`}>{campaign.title}</Link>,
            },
            { title: t.columns.initiator, dataIndex: 'tenantName', key: 'initiator', width: 100 },
            {
              title: t.columns.noticeDocNumber,
              key: 'doc',
              render: (_, campaign) => campaign.noticeDocNumber ?? zhCN.plans.none,
            },
            { title: t.columns.deadline, dataIndex: 'deadline', key: 'deadline', width: 110 },
            {
              title: t.columns.status,
              key: 'status',
              width: 90,
              render: (_, campaign) =>
                campaign.launched ? <Tag color="blue">{t.launched}</Tag> : <Tag>{t.notLaunched}</Tag>,
            },
            {
              title: t.columns.progress,
              key: 'progress',
              width: 260,
              render: (_, campaign) => {
                const summary = boardSummary(campaign.progress);
                return (
                  <Space direction="vertical" size={0} style={{ width: '100%' }}>
                    <BoardProgress progress={campaign.progress} size="small" />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t.progressText(summary.done, summary.total)}
                      {summary.overdue > 0 && `\u3000${t.summary.overdue} ${summary.overdue}`}
                    </Typography.Text>
                  </Space>
                );
              },
            },
          ]}
        />
      </Card>
      {creating && <CampaignFormModal onClose={() => setCreating(false)} />}
    </Space>
  );
}
