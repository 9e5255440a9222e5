import { Card } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { useCasesLikePlan } from '../service';
import { CaseHits } from './CaseHits';

/**
 * 相关典型案例 on a plan's page: published (or otherwise readable) cases like the plan's title, event types and text,
 * cases of its event types first — the lessons a compiler or reviewer should read against the plan.
 */
export function PlanCasesCard({ planId }: { planId: string }) {
  const t = zhCN.cases.plan;
  const { data, isPending } = useCasesLikePlan(planId);
  return (
    <Card size="small" title={t.title} data-testid="plan-cases">
      <CaseHits hits={data ?? []} loading={isPending} empty={t.empty} testId="plan-cases-list" />
    </Card>
  );
}
