import { Typography } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { formatTime } from '../../orgUnits/orgUnits';
import type { Filing } from '../types';

/** The authority's answer: 备案编号 and 校验码 when accepted, the reason when returned. */
export function FilingDecision({ filing }: { filing: Filing }) {
  const t = zhCN.filings;
  const decision = filing.decision;
  if (!decision) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  return (
    <div data-testid="filing-decision">
      {decision.decision === 'accepted' ? (
        <>
          <div>
            {t.filingNumber}：{decision.filingNumber}
          </div>
          <div>
            {t.verificationCode}：<Typography.Text code>{decision.verificationCode}</Typography.Text>
          </div>
        </>
      ) : (
        <Typography.Text type="danger">
          {t.returnReason}：{decision.reason}
        </Typography.Text>
      )}
      <div>
        <Typography.Text type="secondary">
          {t.decidedAt}：{formatTime(decision.decidedAt)}{' '}{decision.decidedBy}
        </Typography.Text>
      </div>
    </div>
  );
}
