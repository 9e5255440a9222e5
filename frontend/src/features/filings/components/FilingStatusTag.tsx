import { Tag } from 'antd';
import { filingStatusTag } from '../filings';

export function FilingStatusTag({ status }: { status: string }) {
  const { color, label } = filingStatusTag(status);
  return (
    <Tag color={color} data-testid="filing-status">
      {label}
    </Tag>
  );
}
