import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
import { XLSX, download } from '../../api/download';
import { EVENTS } from '../events/service';
import { PLANS } from '../plans/service';
import type { Plan } from '../plans/types';
import { listParams, searchParams } from './drills';
import type {
  ActionInput,
  ActionProgressInput,
  ActionScope,
  ActionState,
  Compliance,
  CorrectiveAction,
  Drill,
  DrillInput,
  DrillListQuery,
  DrillSearchQuery,
  DrillSearchResult,
  EvaluationInput,
  DrillPage,
} from './types';

export const DRILLS = 'drills';

/** 演练列表 of one scope (本地区组织 / 参与的联合演练 / 全部) with year, status and form filters. */
export function useDrills(query: DrillListQuery) {
  return useQuery({
    queryKey: [DRILLS, 'list', query],
    queryFn: () => apiGet<DrillPage>(`/api/v1/drills?${listParams(query)}`),
    placeholderData: keepPreviousData,
  });
}

/** 全文检索 with facets; an empty query lists every drill the caller may see. */
export function useDrillSearch(query: DrillSearchQuery, enabled = true) {
  return useQuery({
    queryKey: [DRILLS, 'search', query],
    queryFn: () => apiGet<DrillSearchResult>(`/api/v1/drills/search?${searchParams(query)}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDrill(id: string) {
  return useQuery({
    queryKey: [DRILLS, 'one', id],
    queryFn: () => apiGet<Drill>(`/api/v1/drills/${encodeURIComponent(id)}`),
    retry: false,
  });
}

export function useCorrectiveActions(scope: ActionScope, state: ActionState) {
  const params = new URLSearchParams({ scope, ...(state && { state }) });
  return useQuery({
    queryKey: [DRILLS, 'actions', scope, state],
    queryFn: () => apiGet<CorrectiveAction[]>(`/api/v1/corrective-actions?${params.toString()}`),
  });
}

export function useDrillCompliance(year: number) {
  return useQuery({
    queryKey: [DRILLS, 'compliance', year],
    queryFn: () => apiGet<Compliance>(`/api/v1/drills/compliance?year=${year}`),
  });
}

/** Which of these linked plans belong to the viewer's tenant (those it may register a revision trigger on). */
export function useOwnPlanIds(planIds: readonly string[], tenantCode: string | undefined): string[] {
  const plans = useQueries({
    queries: planIds.map((id) => ({
      queryKey: [PLANS, 'one', id],
      queryFn: () => apiGet<Plan>(`/api/v1/plans/${encodeURIComponent(id)}`),
      retry: false,
    })),
  });
  return plans.flatMap((q) => (q.data && q.data.tenantCode === tenantCode ? [q.data.id] : []));
}

/** 导出 Excel of the current list (same scope and filters, every page). */
export function useExportDrills() {
  return useMutation({
    mutationFn: ({ query, fileName }: { query: DrillListQuery; fileName: string }) =>
      download(`/api/v1/drills/export.xlsx?${listParams(query, false)}`, fileName, XLSX),
  });
}

const drillPath = (id: string, part = '') => `/api/v1/drills/${encodeURIComponent(id)}${part && `/${part}`}`;
const actionPath = (id: string, part = '') =>
  `/api/v1/corrective-actions/${encodeURIComponent(id)}${part && `/${part}`}`;

/** Every change refreshes lists, detail, actions and compliance (a conflict reads the drill again). */
function useRefreshDrills() {
  const queryClient = useQueryClient();
  // an event's 总结评估 lists its corrective actions too
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [DRILLS] }),
      queryClient.invalidateQueries({ queryKey: [EVENTS] }),
    ]);
}

export type SaveDrill = { id?: undefined; input: DrillInput } | { id: string; input: DrillInput };

/** 新增 (no id) or the whole drill again (编辑, 登记举办, 取消). */
export function useSaveDrill() {
  const refresh = useRefreshDrills();
  return useMutation({
    mutationFn: ({ id, input }: SaveDrill) =>
      id === undefined ? apiSend<Drill>('/api/v1/drills', input) : apiSend<Drill>(drillPath(id), input, 'PUT'),
    onSettled: refresh,
  });
}

export function useEvaluateDrill() {
  const refresh = useRefreshDrills();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: EvaluationInput }) =>
      apiSend<Drill>(drillPath(id, 'evaluation'), input, 'PUT'),
    onSettled: refresh,
  });
}

export function useAddAction() {
  const refresh = useRefreshDrills();
  return useMutation({
    mutationFn: ({ drillId, input }: { drillId: string; input: ActionInput }) =>
      apiSend<CorrectiveAction>(drillPath(drillId, 'actions'), input),
    onSettled: refresh,
  });
}

export function useUpdateAction() {
  const refresh = useRefreshDrills();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ActionProgressInput }) =>
      apiSend<CorrectiveAction>(actionPath(id), input, 'PUT'),
    onSettled: refresh,
  });
}

/** 登记为预案修订情形; the plan's triggers change too. */
export function useActionTrigger() {
  const refresh = useRefreshDrills();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, planId }: { id: string; planId: string }) =>
      apiSend<CorrectiveAction>(actionPath(id, 'revision-trigger'), { planId }),
    onSettled: () => Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: [PLANS] })]),
  });
}
