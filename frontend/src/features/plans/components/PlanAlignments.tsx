import { CheckOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntdApp, Button, Card, Input, List, Modal, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { tierLabel, type Tier } from '../../../i18n/labels';
import { zhCN } from '../../../i18n/zh-CN';
import { alignCandidates, tiersAbove } from '../plans';
import { useAlign, useAlignedBelow, useAlignmentAction, useAlignments, usePlanSearch } from '../service';
import type { Alignment, Plan } from '../types';
import { PlanStatusTag } from './PlanStatusTag';

/** 登记衔接: pick a plan of a tier above that the viewer may see (found through the search API). */
function AlignModal({ plan, viewerTier, onClose }: { plan: Plan; viewerTier: string; onClose: () => void }) {
  const t = zhCN.plans.alignment;
  const { message } = AntdApp.useApp();
  const tiers = tiersAbove(viewerTier);
  const [tier, setTier] = useState<Tier | undefined>(tiers[0]);
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string>();
  const { data, isFetching } = usePlanSearch({ q, tier, sort: 'relevance', page: 0, size: 20 });
  const align = useAlign();
  const candidates = alignCandidates(data?.items ?? [], plan.tenantCode);

  const submit = () => {
    if (!picked) {
      void message.warning(t.pickRequired);
      return;
    }
    align
      .mutateAsync({ id: plan.id, upperPlanId: picked })
      .then(() => {
        void message.success(t.added);
        onClose();
      })
      .catch(() => undefined); // shown by the central handler
  };

  return (
    <Modal
      open
      width={720}
      title={t.modalTitle}
      okText={zhCN.plans.actions.ok}
      cancelText={zhCN.plans.actions.cancel}
      confirmLoading={align.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Space wrap style={{ margin: '16px 0' }}>
        <Radio.Group
          optionType="button"
          value={tier}
          onChange={(e) => {
            setTier(e.target.value as Tier);
            setPicked(undefined);
          }}
          options={tiers.map((value) => ({ value, label: tierLabel(value) }))}
        />
        <Input.Search allowClear style={{ width: 320 }} placeholder={t.searchPlaceholder} onSearch={setQ} maxLength={200} />
      </Space>
      <List
        size="small"
        bordered
        loading={isFetching}
        dataSource={candidates}
        locale={{ emptyText: t.noCandidates }}
        style={{ maxHeight: 360, overflow: 'auto' }}
        data-testid="align-candidates"
        renderItem={(hit) => (
          <List.Item
            key={hit.id}
            style={{ cursor: 'pointer', background: picked === hit.id ? '#e6f0ff' : undefined }}
            onClick={() => setPicked(hit.id)}
          >
            <Space size={8} wrap>
              <Radio checked={picked === hit.id} />
              <span>{hit.title}</span>
              <Tag color="geekblue" bordered={false}>
                {hit.tenantName}
              </Tag>
              <PlanStatusTag status={hit.status} />
            </Space>
          </List.Item>
        )}
      />
    </Modal>
  );
}

interface Props {
  plan: Plan;
  /** The viewer's tenant tier. */
  viewerTier: string;
  /** The plan is the viewer's tenant's (the lower plans aligned with it are shown then). */
  own: boolean;
  /** The viewer compiles this plan (links are managed by the owner only). */
  canAlign: boolean;
}

/** 上下级衔接: this plan's links to upper-tier plans and, for upper tiers, the lower plans aligned with it. */
export function PlanAlignments({ plan, viewerTier, own, canAlign }: Props) {
  const t = zhCN.plans.alignment;
  const { modal, message } = AntdApp.useApp();
  const [adding, setAdding] = useState(false);
  const { data: links, isPending } = useAlignments(plan.id, true);
  const hasLower = own && viewerTier !== 'county';
  const { data: below } = useAlignedBelow(plan.id, hasLower);
  const action = useAlignmentAction();

  const run = (link: Alignment, kind: 'confirm' | 'remove') =>
    action
      .mutateAsync({ id: plan.id, alignmentId: link.id, action: kind })
      .then(() => void message.success(kind === 'confirm' ? t.confirmed : t.removed))
      .catch(() => undefined); // shown by the central handler

  return (
    <Card
      title={t.card}
      size="small"
      data-testid="plan-alignments"
      extra={
        canAlign &&
        tiersAbove(viewerTier).length > 0 && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t.add}
          </Button>
        )
      }
    >
      <List
        size="small"
        loading={isPending}
        dataSource={links ?? []}
        locale={{ emptyText: t.empty }}
        renderItem={(link) => (
          <List.Item
            key={link.id}
            actions={
              canAlign
                ? [
                    link.needsReview && (
                      <Button key="confirm" size="small" type="primary" icon={<CheckOutlined />} onClick={() => void run(link, 'confirm')}>
                        {t.confirm}
                      </Button>
                    ),
                    <Button
                      key="remove"
                      size="small"
                      type="link"
                      danger
                      onClick={() =>
                        modal.confirm({
                          title: t.remove,
                          content: t.removeConfirm,
                          okText: zhCN.plans.actions.ok,
                          cancelText: zhCN.plans.actions.cancel,
                          onOk: () => run(link, 'remove'),
                        })
                      }
                    >
                      {t.remove}
                    </Button>,
                  ].filter(Boolean)
                : []
            }
          >
            <Space direction="vertical" size={2}>
              <Space size={8} wrap>
                <LinkOutlined />
                {link.upperPlanId ? (
                  <Link to={`/plans/${link.upperPlanId}`}>{link.upperTitle}</Link>
                ) : (
                  <span>{link.upperTitle ?? zhCN.plans.none}</span>
                )}
                <Tag color="geekblue" bordered={false}>
                  {link.upperTenantName}
                </Tag>
              </Space>
              <Space size={8} wrap>
                <Typography.Text type="secondary">{t.alignedVersion(link.alignedVersionNo)}</Typography.Text>
                {link.latestVersionNo !== null && (
                  <Typography.Text type="secondary">{t.latestVersion(link.latestVersionNo)}</Typography.Text>
                )}
                {link.needsReview ? (
                  <Tag color="magenta" data-testid="alignment-needs-review">
                    {t.needsReview}
                  </Tag>
                ) : (
                  <Tag color="green">{t.inSync}</Tag>
                )}
              </Space>
            </Space>
          </List.Item>
        )}
      />
      {hasLower && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t.below}
          </Typography.Title>
          <List
            size="small"
            dataSource={below ?? []}
            locale={{ emptyText: t.belowEmpty }}
            data-testid="plan-aligned-below"
            renderItem={(lower) => (
              <List.Item key={lower.planId}>
                <Space size={8} wrap>
                  <Link to={`/plans/${lower.planId}`}>{lower.title}</Link>
                  <Tag color="geekblue" bordered={false}>
                    {lower.tenantName}
                  </Tag>
                  <PlanStatusTag status={lower.status} />
                  <Typography.Text type="secondary">{t.alignedVersion(lower.alignedVersionNo)}</Typography.Text>
                  {lower.needsReview && <Alert type="warning" showIcon message={t.needsReview} style={{ padding: '0 8px' }} />}
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
      {adding && <AlignModal plan={plan} viewerTier={viewerTier} onClose={() => setAdding(false)} />}
    </Card>
  );
}
