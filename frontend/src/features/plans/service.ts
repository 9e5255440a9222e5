import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest } from '../../api/client';
import { searchParams } from './plans';
import type { Plan, PlanInput, PlanSearchQuery, PlanSearchResult, PlanUpdate, TimelineEntry } from './types';

export const PLANS = 'plans';

/** 预案管理: full-text search with facets; an empty query lists everything the caller may see. */
export function usePlanSearch(query: PlanSearchQuery) {
  return useQuery({
    queryKey: [PLANS, 'search', query],
    queryFn: () => apiGet<PlanSearchResult>(`/api/v1/plans/search?${searchParams(query)}`),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: [PLANS, 'one', id],
    queryFn: () => apiGet<Plan>(`/api/v1/plans/${encodeURIComponent(id)}`),
    retry: false,
  });
}

export function usePlanTimeline(id: string) {
  return useQuery({
    queryKey: [PLANS, 'timeline', id],
    queryFn: () => apiGet<TimelineEntry[]>(`/api/v1/plans/${encodeURIComponent(id)}/timeline`),
  });
}

const sendJson = <T>(method: 'POST' | 'PUT', path: string, body: unknown) =>
  apiRequest<T>(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const planPath = (id: string, action = '') => `/api/v1/plans/${encodeURIComponent(id)}${action && `/${action}`}`;

function useRefreshPlans() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [PLANS] });
}

export type SavePlan = { id?: undefined; input: PlanInput } | { id: string; input: PlanUpdate };

/** 新建 (no id) or 编辑; on a version conflict the plan is read again by the refresh. */
export function useSavePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, input }: SavePlan) =>
      id === undefined ? sendJson<Plan>('POST', '/api/v1/plans', input) : sendJson<Plan>('PUT', planPath(id), input),
    onSettled: refresh,
  });
}

export function useIssuePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; docNumber: string; issuedOn: string; version: number }) =>
      sendJson<Plan>('POST', planPath(id, 'issue'), body),
    onSettled: refresh,
  });
}

export function useAbolishPlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      sendJson<Plan>('POST', planPath(id, 'abolish'), { version }),
    onSettled: refresh,
  });
}
