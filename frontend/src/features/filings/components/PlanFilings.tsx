import { Space, Typography } from 'antd';
import { RecordsCard } from '../../../components/RecordsCard';
import { zhCN } from '../../../i18n/zh-CN';
import { usePlanFilings } from '../service';
import type { Filing } from '../types';
import { FilingDecision } from './FilingDecision';
import { FilingDueOn } from './FilingDueOn';
import { FilingAcknowledgement } from './FilingAcknowledgement';
import { FilingStatusTag } from './FilingStatusTag';
import { ReceiptButton } from './ReceiptButton';

/** 备案记录 of one plan, newest first: where it went, when it is due, and what came back. */
export function PlanFilings({ planId }: { planId: string }) {
  const t = zhCN.filings;
  const { data, isPending } = usePlanFilings(planId);
  return (
    <RecordsCard<Filing>
      title={zhCN.plans.detail.filings}
      testId="plan-filings"
      loading={isPending}
      records={data}
      empty={t.empty}
      columns={[
        {
          title: t.columns.authority,
          key: 'authority',
          render: (_, filing) => (
            <Space direction="vertical" size={0}>
              <span>{filing.authority.label}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {filing.routeDescription}
              </Typography.Text>
              {filing.copyTo.length > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t.copyTo(filing.copyTo.join('、'))}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        {
          title: t.columns.submittedAt,
          key: 'submittedOn',
          render: (_, filing) => (
            <Space direction="vertical" size={0}>
              <span style={{ whiteSpace: 'nowrap' }}>{filing.submittedOn}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.planVersion(filing.planVersionNo)}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t.columns.dueOn,
          key: 'dueOn',
          render: (_, filing) => <FilingDueOn filing={filing} />,
        },
        {
          title: t.acknowledgementDueOn,
          key: 'acknowledgement',
          render: (_: unknown, filing: Filing) => <FilingAcknowledgement filing={filing} />,
        },
        { title: t.columns.status, key: 'status', render: (_, filing) => <FilingStatusTag status={filing.status} /> },
        { title: t.columns.decision, key: 'decision', render: (_, filing) => <FilingDecision filing={filing} /> },
        {
          title: t.columns.actions,
          key: 'actions',
          render: (_, filing) => <ReceiptButton filing={filing} size="small" />,
        },
      ]}
    />
  );
}
