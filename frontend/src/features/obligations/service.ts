import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';
import type { Obligation } from './types';

export const OBLIGATIONS = 'obligations';

/** `assigned`: what the caller's office must do, soonest due first; `below`: what the tenants below let pass (下级逾期). */
export type ObligationScope = 'assigned' | 'below';

export function useObligations(scope: ObligationScope) {
  return useQuery({
    queryKey: [OBLIGATIONS, scope],
    queryFn: () => apiGet<Obligation[]>(`/api/v1/obligations?scope=${scope}&state=open&limit=50`),
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
