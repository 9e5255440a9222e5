import { Tag } from 'antd';
import { drillStatusColor, drillStatusLabel } from '../drills';

export function DrillStatusTag({ status }: { status: string }) {
  return (
    <Tag color={drillStatusColor(status)} data-testid="drill-status">
      {drillStatusLabel(status)}
    </Tag>
  );
}
