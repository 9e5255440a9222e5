import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { RecordsCard } from '../../../components/RecordsCard';
import { zhCN } from '../../../i18n/zh-CN';
import { usePlanEvaluations, usePlanVersions, useRevisionTriggers } from '../service';
import type { PlanEvaluation, RevisionTrigger } from '../types';
import { PlanStatusTag } from './PlanStatusTag';

/** 版本: every version of the series the viewer may see, each linking to its page. */
export function PlanVersions({ planId }: { planId: string }) {
  const t = zhCN.plans;
  const { data, isPending } = usePlanVersions(planId);
  return (
    <Card title={t.versions.card} size="small" data-testid="plan-versions">
      <List
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        renderItem={(version) => (
          <List.Item key={version.id} data-testid="plan-version">
            <Space size={8} wrap>
              {version.id === planId ? (
                <Typography.Text strong>{t.version(version.versionNo)}</Typography.Text>
              ) : (
                <Link to={`/plans/${version.id}`}>{t.version(version.versionNo)}</Link>
              )}
              <PlanStatusTag status={version.status} />
              {version.id === planId && <Tag color="blue">{t.versions.current}</Tag>}
              <Typography.Text type="secondary">
                {version.docNumber ?? t.notIssued}
                {version.issuedOn && `\u3000${version.issuedOn}`}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

const CONCLUSION_COLORS: Record<string, string> = { keep: 'green', revise: 'orange', abolish: 'red' };

/** 评估记录, newest as the API orders them. */
export function PlanEvaluations({ planId }: { planId: string }) {
  const t = zhCN.plans.evaluation;
  const { data, isPending } = usePlanEvaluations(planId);
  return (
    <RecordsCard<PlanEvaluation>
      title={t.card}
      testId="plan-evaluations"
      small
      loading={isPending}
      records={data}
      empty={t.empty}
      columns={[
        { title: t.evaluatedOn, dataIndex: 'evaluatedOn', key: 'on', width: 110 },
        {
          title: t.conclusion,
          key: 'conclusion',
          width: 100,
          render: (_, e) => <Tag color={CONCLUSION_COLORS[e.conclusion]}>{e.conclusionLabel}</Tag>,
        },
        { title: t.findings, dataIndex: 'findings', key: 'findings' },
        {
          title: t.evaluator,
          key: 'who',
          width: 140,
          render: (_, e) => (
            <Space direction="vertical" size={0}>
              <span>{e.evaluator ?? zhCN.plans.none}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.recordedBy}：{e.recordedBy}
              </Typography.Text>
            </Space>
          ),
        },
      ]}
    />
  );
}

/** 修订触发情形: open ones wait for the next issued revision, which resolves them. */
export function PlanTriggers({ planId }: { planId: string }) {
  const t = zhCN.plans.trigger;
  const { data, isPending } = useRevisionTriggers(planId);
  return (
    <RecordsCard<RevisionTrigger>
      title={t.card}
      testId="plan-triggers"
      small
      loading={isPending}
      records={data}
      empty={t.empty}
      columns={[
        { title: t.occurredOn, dataIndex: 'occurredOn', key: 'on', width: 110 },
        { title: t.kind, dataIndex: 'kindLabel', key: 'kind', width: 170 },
        { title: t.note, dataIndex: 'note', key: 'note' },
        {
          title: zhCN.plans.detail.status,
          key: 'state',
          width: 110,
          render: (_, trigger) =>
            trigger.resolvedByPlanId ? (
              <Link to={`/plans/${trigger.resolvedByPlanId}`}>
                <Tag color="green">{t.resolved}</Tag>
              </Link>
            ) : (
              <Tag color="volcano">{t.open}</Tag>
            ),
        },
      ]}
    />
  );
}
