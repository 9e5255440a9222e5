import { Button, Card, Skeleton, Space, Table, Tabs, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { access } from '../../access';
import { useUrlChoice } from '../../components/useUrlChoice';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import type { Me } from '../me/types';
import { formatTime } from '../orgUnits/orgUnits';
import { CandidateFinder } from './components/CandidateFinder';
import { StepModal, type StepKind } from './components/StepModal';
import { invocationActions } from './experts';
import { useInvocations } from './service';
import type { Invocation } from './types';

const STATUS_COLORS: Record<Invocation['status'], string> = {
  requested: 'processing',
  accepted: 'blue',
  declined: 'default',
  completed: 'green',
};

/**
 * 专家调用: find experts for a plan review, follow the own office's requests, answer those addressed to it. For an
 * expert: 我的邀请 — its own invitations, answered and worked on by itself, with the requester's evaluation.
 */
export default function InvocationsPage() {
  const { data: me } = useMe();
  return me ? <Invocations me={me} /> : <Skeleton active />;
}

function Invocations({ me }: { me: Me }) {
  const t = zhCN.invocations;
  const can = access(me.roles);
  const [params] = useSearchParams();
  const [chosen, setTab] = useUrlChoice<'requested' | 'addressed'>('tab', ['requested', 'addressed'], 'requested');
  // an expert has its own invitations only: the addressed list, which the API cuts to them
  const tab = can.answersOwnInvitations ? 'addressed' : chosen;
  const { data, isPending } = useInvocations(tab);
  const [dialog, setDialog] = useState<{ invocation: Invocation; kind: StepKind }>();
  const canInvoke = can.canInvokeExperts;
  const button = (invocation: Invocation, kind: StepKind, label: string, primary = false) => (
    <Button size="small" type={primary ? 'primary' : 'default'} onClick={() => setDialog({ invocation, kind })}>
      {label}
    </Button>
  );

  return (
    <Card title={can.answersOwnInvitations ? t.mine : t.title}>
      {canInvoke && <CandidateFinder tenantCode={me.tenant.code} initialPlanId={params.get('planId') ?? undefined} />}
      {!can.answersOwnInvitations && (
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as 'requested' | 'addressed')}
          items={[
            { key: 'requested', label: t.requested },
            { key: 'addressed', label: t.addressed },
          ]}
        />
      )}
      <Table<Invocation>
        rowKey="id"
        loading={isPending}
        dataSource={data ?? []}
        locale={{ emptyText: t.empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid={`invocations-${tab}`}
        columns={[
          // an expert's own invitations all name itself
          ...(can.answersOwnInvitations
            ? []
            : [{ title: t.columns.expert, key: 'expert', render: (_: unknown, i: Invocation) => i.expertName }]),
          { title: t.columns.purpose, dataIndex: 'purposeLabel', width: 110 },
          { title: t.columns.subject, dataIndex: 'subject' },
          { title: t.columns.requester, dataIndex: 'tenantName', width: 110 },
          {
            title: t.columns.status,
            key: 'status',
            width: 90,
            render: (_, i) => <Tag color={STATUS_COLORS[i.status]}>{i.statusLabel}</Tag>,
          },
          {
            title: t.columns.score,
            key: 'score',
            width: 70,
            render: (_, i) => (i.score == null ? '—' : <Tooltip title={i.evaluationComment}>{i.score}</Tooltip>),
          },
          { title: t.columns.fee, key: 'fee', width: 100, render: (_, i) => i.feeAmount ?? '—' },
          { title: t.columns.createdAt, key: 'createdAt', width: 160, render: (_, i) => formatTime(i.createdAt) },
          {
            title: t.columns.actions,
            key: 'actions',
            render: (_, invocation) => {
              const actions = invocationActions(invocation, me.tenant.code, can);
              return (
                <Space size={4} wrap>
                  {actions.respond && button(invocation, 'accept', t.actions.accept, true)}
                  {actions.respond && button(invocation, 'decline', t.actions.decline)}
                  {actions.workRecord && button(invocation, 'work-record', t.actions.workRecord, true)}
                  {actions.evaluate && button(invocation, 'evaluation', t.actions.evaluate)}
                  {actions.evaluate && button(invocation, 'fee', t.actions.fee)}
                </Space>
              );
            },
          },
        ]}
      />
      {dialog && <StepModal invocation={dialog.invocation} kind={dialog.kind} onClose={() => setDialog(undefined)} />}
    </Card>
  );
}
