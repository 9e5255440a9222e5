import { Space, Tag } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import type { Filing } from '../types';

const t = zhCN.filings;

/** 备案期限 with a 逾期 tag when the submission came after it. */
export function FilingDueOn({ filing }: { filing: Filing }) {
  return (
    <Space size={4} style={{ whiteSpace: 'nowrap' }}>
      {filing.filingDueOn}
      {filing.late && <Tag color="red">{t.late}</Tag>}
    </Space>
  );
}
