import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import { useCandidates, useOwnPlans } from '../service';
import type { Candidate } from '../types';
import { RequestModal } from './RequestModal';

/** 为预案评审推荐专家: pick an own plan, see the eligible experts nearest tier first, request one. */
export function CandidateFinder({ tenantCode, initialPlanId }: { tenantCode: string; initialPlanId?: string }) {
  const t = zhCN.invocations.finder;
  const c = zhCN.experts.columns;
  const { data: plans } = useOwnPlans(tenantCode);
  const [planId, setPlanId] = useState<string | undefined>(initialPlanId);
  const [shownFor, setShownFor] = useState<string>();
  const candidates = useCandidates(shownFor);
  const [requesting, setRequesting] = useState<Candidate>();

  return (
    <Card size="small" title={t.title} style={{ marginBottom: 16 }} data-testid="candidate-finder">
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: 420 }}
          placeholder={t.planPlaceholder}
          value={planId}
          onChange={setPlanId}
          options={(plans?.items ?? []).map((plan) => ({ value: plan.id, label: plan.title }))}
          data-testid="candidate-plan"
        />
        <Button type="primary" icon={<SearchOutlined />} disabled={!planId} onClick={() => setShownFor(planId)}>
          {t.find}
        </Button>
        {shownFor && (
          <Button icon={<ReloadOutlined />} onClick={() => void candidates.refetch()}>
            {t.refresh}
          </Button>
        )}
      </Space>
      {shownFor && (
        <Table<Candidate>
          rowKey="id"
          size="small"
          loading={candidates.isFetching}
          dataSource={candidates.data?.items ?? []}
          locale={{ emptyText: t.empty }}
          pagination={false}
          data-testid="candidates"
          columns={[
            { title: c.name, dataIndex: 'name' },
            { title: c.organization, dataIndex: 'organization' },
            { title: c.level, dataIndex: 'levelLabel', width: 80 },
            { title: c.registeredBy, dataIndex: 'tenantName', width: 110 },
            {
              title: t.matched,
              key: 'matched',
              render: (_, candidate) => (
                <Space size={[2, 2]} wrap>
                  {candidate.matchedSpecialties.map((s) => (
                    <Tag key={s} color="orange" bordered={false}>
                      {s}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: c.score,
              key: 'score',
              width: 90,
              render: (_, candidate) =>
                candidate.averageScore === null ? zhCN.experts.noScore : candidate.averageScore.toFixed(1),
            },
            {
              title: c.actions,
              key: 'actions',
              width: 110,
              render: (_, candidate) => (
                <Button size="small" type="primary" onClick={() => setRequesting(candidate)}>
                  {t.invoke}
                </Button>
              ),
            },
          ]}
        />
      )}
      {requesting && shownFor && (
        <RequestModal expert={requesting} planId={shownFor} onClose={() => setRequesting(undefined)} />
      )}
    </Card>
  );
}
