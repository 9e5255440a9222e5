import { Tag } from 'antd';
import { statusTag } from '../plans';

export function PlanStatusTag({ status }: { status: string }) {
  const { color, label } = statusTag(status);
  return (
    <Tag color={color} data-testid="plan-status">
      {label}
    </Tag>
  );
}
