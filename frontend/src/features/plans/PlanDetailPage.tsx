import {
  AuditOutlined,
  BranchesOutlined,
  DeleteOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  FileDoneOutlined,
  SendOutlined,
  ShareAltOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { access } from '../../access';
import { BackLink, DetailNotFound } from '../../components/DetailPage';
import { useConfirmAction } from '../../components/useConfirmAction';
import { zhCN } from '../../i18n/zh-CN';
import { planAttachments } from '../attachments/attachments';
import { AttachmentsCard } from '../attachments/components/AttachmentsCard';
import { PlanCasesCard } from '../cases/components/PlanCasesCard';
import { PlanFilings } from '../filings/components/PlanFilings';
import { usePlanFilings } from '../filings/service';
import { useMe } from '../me/service';
import { formatTime } from '../orgUnits/orgUnits';
import { useOrgUnits } from '../orgUnits/service';
import { useTenantTree } from '../tenants/service';
import { otherRegions } from '../tenants/treeSearch';
import { EvaluationModal } from './components/EvaluationModal';
import { IssueModal } from './components/IssueModal';
import { PlanAlignments } from './components/PlanAlignments';
import { PlanFormModal } from './components/PlanFormModal';
import { PlanEvaluations, PlanTriggers, PlanVersions } from './components/PlanRevisionCards';
import { PlanStatusTag } from './components/PlanStatusTag';
import { PlanTimeline } from './components/PlanTimeline';
import { ReviseModal } from './components/ReviseModal';
import { SubmitModal } from './components/SubmitModal';
import { TriggerModal } from './components/TriggerModal';
import { categoryLabel, evaluationTag, planActions } from './plans';
import { useAbolishPlan, usePlan, usePlanVersions, usePublishPlan } from './service';

type Dialog = 'edit' | 'issue' | 'submit' | 'revise' | 'evaluate' | 'trigger' | undefined;

/** A 参与地区 by name when the viewer's tenant tree names it, else by its code. */
function ParticipantTag({ code }: { code: string }) {
  const { data: tree } = useTenantTree();
  const region = tree && [tree.root, ...otherRegions(tree)].find((r) => r.code === code);
  return <Tag bordered={false}>{region ? `${region.name}（${code}）` : code}</Tag>;
}

/** 预案详情: metadata, the actions its status allows to the owner tenant, 时间线 and 备案记录. */
export default function PlanDetailPage() {
  const t = zhCN.plans;
  const { id = '' } = useParams();
  const confirm = useConfirmAction();
  const { data: me } = useMe();
  const { data: plan, isPending, isError } = usePlan(id);
  const own = plan !== undefined && me !== undefined && plan.tenantCode === me.tenant.code;
  const { data: units } = useOrgUnits(plan && !own ? plan.tenantCode : undefined);
  const abolish = useAbolishPlan();
  const publish = usePublishPlan();
  const { data: versions } = usePlanVersions(id);
  const { data: filings } = usePlanFilings(id);
  const [dialog, setDialog] = useState<Dialog>();

  if (isError) {
    return <DetailNotFound title={t.detail.notFound} back={t.detail.back} to="/plans" />;
  }
  if (isPending || !me) {
    return <Skeleton active />;
  }

  const hasNewerVersion = (versions ?? []).some((version) => version.versionNo > plan.versionNo);
  const hasOpenFiling = (filings ?? []).some((f) => f.planVersionNo === plan.versionNo && f.status !== 'returned');
  const actions = planActions(
    plan,
    { tenantCode: me.tenant.code, canCompile: access(me.roles).canCompilePlans },
    hasNewerVersion,
    hasOpenFiling,
  );
  const evaluation = evaluationTag(plan);
  const confirmPublish = () =>
    confirm({
      title: t.actions.publish,
      content: t.actions.publishConfirm,
      okText: t.actions.ok,
      cancelText: t.actions.cancel,
      run: () => publish.mutateAsync({ id: plan.id, version: plan.version }),
      done: t.actions.published,
    });
  const unitName = (unitId: string | null) =>
    unitId ? (units?.find((unit) => unit.id === unitId)?.name ?? t.none) : t.none;
  const confirmAbolish = () =>
    confirm({
      title: t.actions.abolish,
      content: t.actions.abolishConfirm,
      okText: t.actions.ok,
      cancelText: t.actions.cancel,
      danger: true,
      run: () => abolish.mutateAsync({ id: plan.id, version: plan.version }),
      done: t.actions.abolished,
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to="/plans">{t.detail.back}</BackLink>
      <Card
        title={
          <Space size={8} wrap>
            <span data-testid="plan-title">{plan.title}</span>
            <PlanStatusTag status={plan.status} />
            {evaluation && (
              <Tag color={evaluation.color} data-testid="plan-evaluation-state">
                {evaluation.label}
              </Tag>
            )}
          </Space>
        }
        extra={
          <Space wrap data-testid="plan-actions">
            {actions.edit && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t.actions.edit}
              </Button>
            )}
            {actions.issue && (
              <Button type="primary" icon={<FileDoneOutlined />} onClick={() => setDialog('issue')}>
                {t.actions.issue}
              </Button>
            )}
            {actions.submit && (
              <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('submit')}>
                {t.actions.submit}
              </Button>
            )}
            {actions.revise && (
              <Button icon={<BranchesOutlined />} data-testid="plan-revise" onClick={() => setDialog('revise')}>
                {t.actions.revise}
              </Button>
            )}
            {actions.evaluate && (
              <Button icon={<AuditOutlined />} data-testid="plan-evaluate" onClick={() => setDialog('evaluate')}>
                {t.actions.evaluate}
              </Button>
            )}
            {actions.evaluate && (
              <Button icon={<ExclamationCircleOutlined />} onClick={() => setDialog('trigger')}>
                {t.actions.trigger}
              </Button>
            )}
            {actions.publish && (
              <Button icon={<ShareAltOutlined />} loading={publish.isPending} onClick={confirmPublish}>
                {t.actions.publish}
              </Button>
            )}
            {actions.abolish && (
              <Button danger icon={<DeleteOutlined />} onClick={confirmAbolish}>
                {t.actions.abolish}
              </Button>
            )}
          </Space>
        }
      >
        {!own && <Alert type="info" showIcon message={t.detail.readOnly} style={{ marginBottom: 16 }} />}
        <div data-testid="plan-meta">
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t.detail.category}>{categoryLabel(plan.category)}</Descriptions.Item>
            <Descriptions.Item label={t.detail.status}>
              <PlanStatusTag status={plan.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t.detail.eventTypes} span={2}>
              {plan.eventTypes.length === 0
                ? t.none
                : plan.eventTypes.map((type) => (
                    <Tag key={type} color="orange" bordered={false}>
                      {type}
                    </Tag>
                  ))}
            </Descriptions.Item>
            <Descriptions.Item label={t.detail.ownerUnit}>{unitName(plan.ownerUnitId)}</Descriptions.Item>
            <Descriptions.Item label={t.detail.leadUnit}>{unitName(plan.leadUnitId)}</Descriptions.Item>
            <Descriptions.Item label={t.detail.docNumber}>{plan.docNumber ?? t.notIssued}</Descriptions.Item>
            <Descriptions.Item label={t.detail.issuedOn}>{plan.issuedOn ?? t.none}</Descriptions.Item>
            <Descriptions.Item label={t.detail.evaluationState}>
              {evaluation ? <Tag color={evaluation.color}>{evaluation.label}</Tag> : t.none}
            </Descriptions.Item>
            <Descriptions.Item label={t.detail.evaluationDueOn}>{plan.evaluationDueOn ?? t.none}</Descriptions.Item>
            <Descriptions.Item label={t.detail.lastEvaluatedOn}>{plan.lastEvaluatedOn ?? t.detail.notEvaluated}</Descriptions.Item>
            <Descriptions.Item label={t.detail.sharing}>{t.detail.sharings[plan.sharing] ?? plan.sharing}</Descriptions.Item>
            {plan.category === 'joint' && (
              <>
                <Descriptions.Item label={t.detail.jointBasis}>
                  {plan.jointBasis ? t.jointBases[plan.jointBasis] : t.none}
                </Descriptions.Item>
                <Descriptions.Item label={t.detail.participants}>
                  <span data-testid="plan-participants">
                    {plan.participantCodes.length === 0
                      ? t.none
                      : plan.participantCodes.map((code) => <ParticipantTag key={code} code={code} />)}
                  </span>
                </Descriptions.Item>
              </>
            )}
            <Descriptions.Item label={t.detail.versionNo}>{t.version(plan.versionNo)}</Descriptions.Item>
            <Descriptions.Item label={t.detail.createdAt}>{formatTime(plan.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t.detail.updatedAt}>{formatTime(plan.updatedAt)}</Descriptions.Item>
            {plan.previousVersionId && (
              <Descriptions.Item label={t.detail.previousVersion} span={2}>
                <Link to={`/plans/${plan.previousVersionId}`}>{t.version(plan.versionNo - 1)}</Link>
              </Descriptions.Item>
            )}
          </Descriptions>
        </div>
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t.detail.summary}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="plan-summary">
          {plan.summary ?? <Typography.Text type="secondary">{t.detail.noSummary}</Typography.Text>}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <PlanVersions planId={plan.id} />
            <PlanTimeline planId={plan.id} />
            <PlanCasesCard planId={plan.id} />
          </Space>
        </Col>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <PlanFilings planId={plan.id} />
            <AttachmentsCard
              variant="plan"
              endpoints={planAttachments(plan.id)}
              canUpload={actions.attach}
              canDelete={actions.removeFile}
            />
            <PlanAlignments plan={plan} viewerTier={me.tenant.tier} own={own} canAlign={actions.align} />
            <PlanEvaluations planId={plan.id} />
            <PlanTriggers planId={plan.id} />
          </Space>
        </Col>
      </Row>
      {dialog === 'edit' && <PlanFormModal editing={plan} onClose={() => setDialog(undefined)} />}
      {dialog === 'issue' && <IssueModal plan={plan} onClose={() => setDialog(undefined)} />}
      {dialog === 'submit' && <SubmitModal plan={plan} onClose={() => setDialog(undefined)} />}
      {dialog === 'revise' && <ReviseModal plan={plan} onClose={() => setDialog(undefined)} />}
      {dialog === 'evaluate' && <EvaluationModal plan={plan} onClose={() => setDialog(undefined)} />}
      {dialog === 'trigger' && <TriggerModal plan={plan} onClose={() => setDialog(undefined)} />}
    </Space>
  );
}
