import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, FileDoneOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App as AntdApp, Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { access } from '../../access';
import { zhCN } from '../../i18n/zh-CN';
import { PlanFilings } from '../filings/components/PlanFilings';
import { useMe } from '../me/service';
import { formatTime } from '../orgUnits/orgUnits';
import { useOrgUnits } from '../orgUnits/service';
import { IssueModal } from './components/IssueModal';
import { PlanFormModal } from './components/PlanFormModal';
import { PlanStatusTag } from './components/PlanStatusTag';
import { PlanTimeline } from './components/PlanTimeline';
import { SubmitModal } from './components/SubmitModal';
import { categoryLabel, planActions } from './plans';
import { useAbolishPlan, usePlan } from './service';

type Dialog = 'edit' | 'issue' | 'submit' | undefined;

/** 预案详情: metadata, the actions its status allows to the owner tenant, 时间线 and 备案记录. */
export default function PlanDetailPage() {
  const t = zhCN.plans;
  const { id = '' } = useParams();
  const { modal, message } = AntdApp.useApp();
  const { data: me } = useMe();
  const { data: plan, isPending, isError } = usePlan(id);
  const own = plan !== undefined && me !== undefined && plan.tenantCode === me.tenant.code;
  const { data: units } = useOrgUnits(plan && !own ? plan.tenantCode : undefined);
  const abolish = useAbolishPlan();
  const [dialog, setDialog] = useState<Dialog>();

  if (isError) {
    return (
      <Result
        status="404"
        title={t.detail.notFound}
        extra={
          <Link to="/plans">
            <Button type="primary">{t.detail.back}</Button>
          </Link>
        }
      />
    );
  }
  if (isPending || !me) {
    return <Skeleton active />;
  }

  const actions = planActions(plan, { tenantCode: me.tenant.code, canCompile: access(me.roles).canCompilePlans });
  const unitName = (unitId: string | null) =>
    unitId ? (units?.find((unit) => unit.id === unitId)?.name ?? t.none) : t.none;
  const confirmAbolish = () =>
    modal.confirm({
      title: t.actions.abolish,
      content: t.actions.abolishConfirm,
      okText: t.actions.ok,
      okButtonProps: { danger: true },
      cancelText: t.actions.cancel,
      onOk: () =>
        abolish
          .mutateAsync({ id: plan.id, version: plan.version })
          .then(() => void message.success(t.actions.abolished))
          .catch(() => undefined), // shown by the central handler
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/plans">
        <ArrowLeftOutlined /> {t.detail.back}
      </Link>
      <Card
        title={
          <Space size={8} wrap>
            <span data-testid="plan-title">{plan.title}</span>
            <PlanStatusTag status={plan.status} />
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
            <Descriptions.Item label={t.detail.versionNo}>{t.version(plan.versionNo)}</Descriptions.Item>
            <Descriptions.Item label={t.detail.recordVersion}>{plan.version}</Descriptions.Item>
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
      <Row gutter={16}>
        <Col xs={24} xl={8}>
          <PlanTimeline planId={plan.id} />
        </Col>
        <Col xs={24} xl={16}>
          <PlanFilings planId={plan.id} />
        </Col>
      </Row>
      {dialog === 'edit' && <PlanFormModal editing={plan} onClose={() => setDialog(undefined)} />}
      {dialog === 'issue' && <IssueModal plan={plan} onClose={() => setDialog(undefined)} />}
      {dialog === 'submit' && <SubmitModal plan={plan} onClose={() => setDialog(undefined)} />}
    </Space>
  );
}
