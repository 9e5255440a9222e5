import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';
import type { DeadlineFigures, DeadlineOutcome, Obligation } from './types';

export const OBLIGATIONS = 'obligations';

/** `assigned`: what the caller's office must do, soonest due first; `below`: what the tenants below let pass (下级逾期). */
export type ObligationScope = 'assigned' | 'below';

export function useObligations(scope: ObligationScope) {
  return useQuery({
    queryKey: [OBLIGATIONS, scope],
    // every open one (the API's ceiling): an office with many minute clocks must still see a plan due in weeks
    queryFn: () => apiGet<Obligation[]>(`/api/v1/obligations?scope=${scope}&state=open&limit=500`),
  });
}

/** 关键数字: how many the office must do, how many are overdue, how many below it are overdue. */
export interface ObligationSummary {
  open: number;
  overdue: number;
  overdueBelow: number;
}

export function useObligationSummary(enabled: boolean) {
  return useQuery({
    queryKey: [OBLIGATIONS, 'summary'],
    queryFn: () => apiGet<ObligationSummary>('/api/v1/obligations/summary'),
    enabled,
  });
}

/** 时限办理 of a region and the regions below it, live; refreshed every half minute while shown. */
export function useDeadlineFigures(region: string) {
  return useQuery({
    queryKey: [OBLIGATIONS, 'figures', region],
    queryFn: () => apiGet<DeadlineFigures>(`/api/v1/obligations/figures?region=${encodeURIComponent(region)}`),
    refetchInterval: 30_000,
  });
}

/** The API's name of an outcome. */
const OUTCOME_PARAM: Record<DeadlineOutcome, string> = {
  onTime: 'on_time',
  late: 'late',
  overdue: 'overdue',
  pending: 'pending',
  waived: 'waived',
};

/** The obligations behind one number of 时限办理: the region's own (本级) or its subtree, one kind or all. */
export interface DeadlineRecordsQuery {
  region: string;
  regionName: string;
  subtree: boolean;
  kind: string | null;
  kindLabel: string;
  outcome: DeadlineOutcome;
}

export function useDeadlineRecords(q: DeadlineRecordsQuery | null) {
  return useQuery({
    queryKey: [OBLIGATIONS, 'figure-records', q],
    queryFn: () => {
      const params = new URLSearchParams({
        region: q!.region,
        scope: q!.subtree ? 'subtree' : 'own',
        outcome: OUTCOME_PARAM[q!.outcome],
        limit: '500',
      });
      if (q!.kind) {
        params.set('kind', q!.kind);
      }
      return apiGet<Obligation[]>(`/api/v1/obligations/figures/records?${params}`);
    },
    enabled: q != null,
  });
}
