import { CheckSquareOutlined, CloseCircleOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { access } from '../../access';
import { BackLink, DetailNotFound } from '../../components/DetailPage';
import { useConfirmAction } from '../../components/useConfirmAction';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { formatTime } from '../orgUnits/orgUnits';
import { ActionFormModal } from './components/ActionFormModal';
import { drillAttachments } from '../attachments/attachments';
import { AttachmentsCard } from '../attachments/components/AttachmentsCard';
import { ActionsTable } from './components/ActionsTable';
import { DrillFormModal } from './components/DrillFormModal';
import { DrillStatusTag } from './components/DrillStatusTag';
import { EvaluationCard } from './components/EvaluationCard';
import { HoldModal } from './components/HoldModal';
import { drillActions, withStatus } from './drills';
import { useDrill, useOwnPlanIds, useSaveDrill } from './service';
import type { Named } from './types';

type Dialog = 'edit' | 'hold' | 'action' | undefined;

const names = (items: Named[], none: string) =>
  items.length === 0
    ? none
    : items.map((item) => (
        <Tag key={item.id} bordered={false}>
          {item.name ?? zhCN.drills.hidden}
        </Tag>
      ));

/** 演练详情: every field, the organizer's actions by status, 演练评估 and 整改措施. */
export default function DrillDetailPage() {
  const t = zhCN.drills;
  const { id = '' } = useParams();
  const confirm = useConfirmAction();
  const { data: me } = useMe();
  const { data: drill, isPending, isError } = useDrill(id);
  const save = useSaveDrill();
  const [dialog, setDialog] = useState<Dialog>();
  // Only plans the viewer can read have a title; of those, its own may get a revision trigger.
  const readablePlans = (drill?.plans ?? []).filter((p) => p.name !== null);
  const ownPlanIds = useOwnPlanIds(
    readablePlans.map((p) => p.id),
    me?.tenant.code,
  );

  if (isError) {
    return <DetailNotFound title={t.detail.notFound} back={t.detail.back} to="/drills" />;
  }
  if (isPending || !me) {
    return <Skeleton active />;
  }
  const canWrite = access(me.roles).canCompilePlans;
  const actions = drillActions(drill, canWrite);
  const ownPlans = new Map(readablePlans.filter((p) => ownPlanIds.includes(p.id)).map((p) => [p.id, p.name ?? p.id]));
  const confirmCancel = () =>
    confirm({
      title: t.actions.cancel,
      content: t.actions.cancelConfirm,
      okText: t.actions.ok,
      cancelText: t.actions.back,
      danger: true,
      run: () => save.mutateAsync({ id: drill.id, input: withStatus(drill, 'cancelled') }),
      done: t.actions.cancelled,
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to="/drills">{t.detail.back}</BackLink>
      <Card
        title={
          <Space size={8} wrap>
            <span data-testid="drill-title">{drill.title}</span>
            <DrillStatusTag status={drill.status} />
            {drill.participants.length > 0 && <Tag color="purple">{t.joint}</Tag>}
          </Space>
        }
        extra={
          <Space wrap data-testid="drill-actions">
            {actions.edit && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t.actions.edit}
              </Button>
            )}
            {actions.hold && (
              <Button type="primary" icon={<CheckSquareOutlined />} onClick={() => setDialog('hold')}>
                {t.actions.hold}
              </Button>
            )}
            {actions.cancel && (
              <Button danger icon={<CloseCircleOutlined />} onClick={confirmCancel}>
                {t.actions.cancel}
              </Button>
            )}
          </Space>
        }
      >
        {!drill.own && <Alert type="info" showIcon message={t.detail.readOnly} style={{ marginBottom: 16 }} />}
        <div data-testid="drill-meta">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t.detail.tenant}>{drill.tenantName}</Descriptions.Item>
            <Descriptions.Item label={t.detail.form}>{drill.formLabel}</Descriptions.Item>
            <Descriptions.Item label={t.detail.status}>
              <DrillStatusTag status={drill.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t.detail.planYear}>{drill.planYear ?? t.none}</Descriptions.Item>
            <Descriptions.Item label={t.detail.plannedOn}>{drill.plannedOn ?? t.none}</Descriptions.Item>
            <Descriptions.Item label={t.detail.heldOn}>{drill.heldOn ?? t.none}</Descriptions.Item>
            <Descriptions.Item label={t.detail.eventTypes} span={2}>
              {drill.eventTypes.length === 0
                ? t.none
                : drill.eventTypes.map((type) => (
                    <Tag key={type} color="orange" bordered={false}>
                      {type}
                    </Tag>
                  ))}
            </Descriptions.Item>
            <Descriptions.Item label={t.detail.organizer}>{drill.organizerUnitName ?? t.hidden}</Descriptions.Item>
            <Descriptions.Item label={t.detail.participantCount}>{drill.participantCount ?? t.none}</Descriptions.Item>
            <Descriptions.Item label={t.detail.participatingUnits} span={2}>
              {names(drill.participatingUnits, t.none)}
            </Descriptions.Item>
            <Descriptions.Item label={t.detail.participants} span={2}>
              <span data-testid="drill-participants">
                {drill.participants.length === 0
                  ? t.none
                  : drill.participants.map((p) => (
                      <Tag key={p.id} bordered={false}>
                        {p.name ? `${p.name}（${p.id}）` : p.id}
                      </Tag>
                    ))}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t.detail.plans} span={2}>
              {drill.plans.length === 0
                ? t.none
                : drill.plans.map((plan) =>
                    plan.name ? (
                      <Link key={plan.id} to={`/plans/${plan.id}`} style={{ marginRight: 12 }}>
                        {plan.name}
                      </Link>
                    ) : (
                      <Tag key={plan.id} bordered={false}>
                        {t.hidden}
                      </Tag>
                    ),
                  )}
            </Descriptions.Item>
            <Descriptions.Item label={t.detail.sharing}>{t.detail.sharings[drill.sharing] ?? drill.sharing}</Descriptions.Item>
            <Descriptions.Item label={t.detail.updatedAt}>{formatTime(drill.updatedAt)}</Descriptions.Item>
          </Descriptions>
        </div>
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t.detail.scenario}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          {drill.scenario || <Typography.Text type="secondary">{t.detail.noText}</Typography.Text>}
        </Typography.Paragraph>
        <Typography.Title level={5}>{t.detail.summary}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          {drill.summary || <Typography.Text type="secondary">{t.detail.noText}</Typography.Text>}
        </Typography.Paragraph>
      </Card>
      <EvaluationCard drill={drill} canEvaluate={actions.evaluate} />
      <AttachmentsCard variant="drill" endpoints={drillAttachments(drill.id)} canUpload={actions.edit} />
      <Card
        title={t.correctiveActions.title}
        data-testid="drill-corrective-actions"
        extra={
          actions.addAction && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog('action')}>
              {t.correctiveActions.add}
            </Button>
          )
        }
      >
        <ActionsTable actions={drill.actions} canWrite={canWrite} ownPlans={ownPlans} />
      </Card>
      {dialog === 'edit' && <DrillFormModal status={drill.status} editing={drill} onClose={() => setDialog(undefined)} />}
      {dialog === 'hold' && <HoldModal drill={drill} onClose={() => setDialog(undefined)} />}
      {dialog === 'action' && <ActionFormModal drill={drill} onClose={() => setDialog(undefined)} />}
    </Space>
  );
}
