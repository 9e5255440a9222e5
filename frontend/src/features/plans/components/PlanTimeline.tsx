import { Card, Empty, Timeline, Typography } from 'antd';
import { auditActionLabel } from '../../../i18n/labels';
import { zhCN } from '../../../i18n/zh-CN';
import { formatTime } from '../../orgUnits/orgUnits';
import { usePlanTimeline } from '../service';

const COLORS: Record<string, string> = {
  'filing.accept': 'green',
  'filing.return': 'red',
  'plan.abolish': 'gray',
  'filing.submit': 'orange',
  'plan.revise': 'purple',
  'plan.supersede': 'gray',
};

/** 时间线: the plan's audit entries, oldest first as read in a file. */
export function PlanTimeline({ planId }: { planId: string }) {
  const t = zhCN.plans;
  const { data, isPending } = usePlanTimeline(planId);
  const entries = [...(data ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card title={t.detail.timeline} loading={isPending} data-testid="plan-timeline">
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.detail.noTimeline} />
      ) : (
        <Timeline
          items={entries.map((entry) => ({
            color: COLORS[entry.action] ?? 'blue',
            children: (
              <>
                <Typography.Text strong>{auditActionLabel(entry.action)}</Typography.Text>
                {entry.detail && <Typography.Text type="secondary">（{entry.detail}）</Typography.Text>}
                <br />
                <Typography.Text type="secondary">
                  {formatTime(entry.at)}{' '}{entry.actor}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
