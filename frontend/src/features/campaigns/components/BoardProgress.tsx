import { Progress } from 'antd';
import { boardSummary } from '../campaigns';
import type { CampaignProgress } from '../types';

/** Done in green, overdue in red after it, the rest grey; the label gives the share done. */
export function BoardProgress({ progress, size }: { progress: CampaignProgress; size?: 'small' }) {
  const summary = boardSummary(progress);
  return (
    <Progress
      size={size}
      percent={summary.percent + summary.overduePercent}
      success={{ percent: summary.percent }}
      strokeColor="#ff4d4f"
      format={() => `${summary.percent}%`}
    />
  );
}
