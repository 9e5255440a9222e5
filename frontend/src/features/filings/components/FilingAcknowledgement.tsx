import { Space, Tag } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import type { Filing } from '../types';

const t = zhCN.filings;

/** 回执期限 with 回执逾期 when the authority answered (or still has not answered) after it, and 视为已备案. */
export function FilingAcknowledgement({ filing }: { filing: Filing }) {
  return (
    <Space size={4} wrap style={{ whiteSpace: 'nowrap' }} data-testid="filing-acknowledgement">
      {filing.acknowledgementDueOn}
      {filing.acknowledgementLate && <Tag color="orange">{t.acknowledgementLate}</Tag>}
      {filing.deemedFiled && <Tag color="green">{t.deemedFiled}</Tag>}
    </Space>
  );
}
