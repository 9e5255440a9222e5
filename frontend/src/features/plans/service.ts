import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest, apiSend } from '../../api/client';
import { XLSX, download } from '../../api/download';
import { exportParams, searchParams } from './plans';
import type {
  AlignedPlan,
  Alignment,
  EvaluationInput,
  Plan,
  PlanEvaluation,
  PlanInput,
  PlanSearchQuery,
  PlanSearchResult,
  PlanUpdate,
  PlanVersion,
  RevisionTrigger,
  TimelineEntry,
  TriggerInput,
} from './types';

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

/** 导出 Excel of what the 预案管理 page shows (same query, every page). */
export function useExportPlans() {
  return useMutation({
    mutationFn: ({ query, fileName }: { query: PlanSearchQuery; fileName: string }) =>
      download(`/api/v1/plans/search/export.xlsx?${exportParams(query)}`, fileName, XLSX),
  });
}

/** One list under a plan (`/plans/{id}/versions`, `/evaluations`, …); `enabled` false skips asking. */
function usePlanList<T>(id: string, part: string, enabled = true) {
  return useQuery({
    queryKey: [PLANS, part, id],
    queryFn: () => apiGet<T[]>(planPath(id, part)),
    enabled,
  });
}

export const usePlanVersions = (id: string) => usePlanList<PlanVersion>(id, 'versions');
export const usePlanEvaluations = (id: string) => usePlanList<PlanEvaluation>(id, 'evaluations');
export const useRevisionTriggers = (id: string) => usePlanList<RevisionTrigger>(id, 'revision-triggers');
export const useAlignments = (id: string, enabled: boolean) => usePlanList<Alignment>(id, 'alignments', enabled);
export const useAlignedBelow = (id: string, enabled: boolean) => usePlanList<AlignedPlan>(id, 'aligned-below', enabled);

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
      id === undefined ? apiSend<Plan>('/api/v1/plans', input) : apiSend<Plan>(planPath(id), input, 'PUT'),
    onSettled: refresh,
  });
}

export function useIssuePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; docNumber: string; issuedOn: string; version: number }) =>
      apiSend<Plan>(planPath(id, 'issue'), body),
    onSettled: refresh,
  });
}

export function useAbolishPlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiSend<Plan>(planPath(id, 'abolish'), { version }),
    onSettled: refresh,
  });
}

/** 修订: a new draft version (optionally answering a 编修任务). */
export function useRevisePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; campaignTaskId: string | null }) =>
      apiSend<Plan>(planPath(id, 'revise'), body),
    onSettled: refresh,
  });
}

export function useEvaluatePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: EvaluationInput }) =>
      apiSend<Plan>(planPath(id, 'evaluations'), input),
    onSettled: refresh,
  });
}

export function useRaiseTrigger() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: TriggerInput }) =>
      apiSend<RevisionTrigger>(planPath(id, 'revision-triggers'), input),
    onSettled: refresh,
  });
}

/** 发布给下级: sharing vertical (上下级可见). */
export function usePublishPlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiSend<Plan>(planPath(id, 'sharing'), { sharing: 'vertical', version }, 'PUT'),
    onSettled: refresh,
  });
}

export function useAlign() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, upperPlanId }: { id: string; upperPlanId: string }) =>
      apiSend<Alignment>(planPath(id, 'alignments'), { upperPlanId }),
    onSettled: refresh,
  });
}

/** 复核 (confirm against the upper plan's newest version) or 解除 a link. */
export function useAlignmentAction() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, alignmentId, action }: { id: string; alignmentId: string; action: 'confirm' | 'remove' }) => {
      const path = planPath(id, `alignments/${encodeURIComponent(alignmentId)}`);
      return action === 'confirm'
        ? apiSend<Alignment>(`${path}/confirm`, {})
        : apiRequest<unknown>(path, { method: 'DELETE' });
    },
    onSettled: refresh,
  });
}

/** 从模板新建: a draft prefilled from a template. */
export function useCreateFromTemplate() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: (body: {
      templateId: string;
      title: string;
      ownerUnitId: string;
      leadUnitId: string | null;
      campaignTaskId: string | null;
    }) => apiSend<Plan>('/api/v1/plans/from-template', body),
    onSettled: refresh,
  });
}
