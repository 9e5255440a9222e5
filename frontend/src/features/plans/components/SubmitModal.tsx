import { Alert, App as AntdApp, Button, Descriptions, Modal, Result, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/problem';
import { zhCN } from '../../../i18n/zh-CN';
import { FilingMaterialsChecklist } from '../../filings/components/FilingMaterialsChecklist';
import { FilingRouteCard } from '../../filings/components/FilingRouteCard';
import { IdempotencyKeys, isRetryable, missingMaterials } from '../../filings/filings';
import { useFilingMaterials, useSubmitFiling } from '../../filings/service';
import type { Filing } from '../../filings/types';
import type { Plan } from '../types';

/**
 * 报送备案: shows the 备案材料 the policy requires (报送 stays disabled while one is missing), asks once, sends with an
 * Idempotency-Key (kept while the same click is retried after a network or server failure), then shows the
 * route the rules computed.
 */
export function SubmitModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const t = zhCN.plans.submit;
  const { message } = AntdApp.useApp();
  const [keys] = useState(() => new IdempotencyKeys());
  const [filing, setFiling] = useState<Filing>();
  const submit = useSubmitFiling();
  const materials = useFilingMaterials(plan.id);
  const missing = missingMaterials(materials.data);

  const send = () => {
    submit
      .mutateAsync({ planId: plan.id, version: plan.version, key: keys.next() })
      .then((result) => {
        keys.settle();
        void message.success(t.submitted);
        setFiling(result);
      })
      .catch((error: unknown) => {
        // Shown by the central handler. A refusal settles the click; a lost answer may be retried as is.
        if (!(error instanceof ApiError) || !isRetryable(error.status)) {
          keys.settle();
          onClose();
        }
      });
  };

  if (filing) {
    return (
      <Modal
        open
        width={640}
        title={t.resultTitle}
        onCancel={onClose}
        footer={
          <Button type="primary" onClick={onClose}>
            {t.close}
          </Button>
        }
      >
        <Result status="success" title={t.resultTitle} style={{ padding: '16px 0' }} />
        <div data-testid="filing-route">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t.route}>{filing.routeDescription}</Descriptions.Item>
            <Descriptions.Item label={t.authority}>{filing.authority.label}</Descriptions.Item>
            {filing.deliverVia && (
              <Descriptions.Item label={zhCN.filings.route.receivingUnit}>{filing.deliverVia}</Descriptions.Item>
            )}
            {filing.copyTo.length > 0 && (
              <Descriptions.Item label={t.copyTo}>{filing.copyTo.join('、')}</Descriptions.Item>
            )}
            <Descriptions.Item label={t.dueOn}>
              {filing.filingDueOn}{' '}
              {filing.late ? <Tag color="red">{t.late}</Tag> : <Tag color="green">{t.onTime}</Tag>}
            </Descriptions.Item>
          </Descriptions>
        </div>
      </Modal>
    );
  }
  return (
    <Modal
      open
      title={t.title}
      okText={zhCN.plans.actions.ok}
      cancelText={zhCN.plans.actions.cancel}
      confirmLoading={submit.isPending}
      okButtonProps={{ disabled: !materials.data || materials.isFetching || missing.length > 0 }}
      onOk={send}
      onCancel={onClose}
      maskClosable={false}
    >
      <Typography.Paragraph strong>{plan.title}</Typography.Paragraph>
      <Typography.Paragraph>{t.confirm}</Typography.Paragraph>
      <div style={{ marginBottom: 12 }}>
        <Typography.Paragraph strong style={{ marginBottom: 8 }}>
          {zhCN.filings.route.title}
        </Typography.Paragraph>
        <FilingRouteCard
          query={{
            category: plan.category,
            ownerUnitId: plan.ownerUnitId,
            jointBasis: plan.jointBasis,
            participantCodes: plan.participantCodes,
          }}
        />
      </div>
      <FilingMaterialsChecklist materials={materials.data} loading={materials.isPending} />
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="filing-materials-missing"
          message={t.materialsMissing(missing.map((m) => zhCN.attachments.roles[m.role] ?? m.label))}
        />
      )}
    </Modal>
  );
}
