import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest, apiSend } from '../../api/client';
import { searchQueryString } from './cases';
import type {
  Case,
  CaseHit,
  CaseInput,
  CaseSearchResult,
  CasePage,
  SavedSearch,
  SearchParams,
  WorkflowAction,
} from './types';

export const CASES = 'cases';

/** 案例检索 with facets and highlights; no words lists every case the caller may read, newest first. */
export function useCaseSearch(params: SearchParams, page: number, size: number) {
  return useQuery({
    queryKey: [CASES, 'search', params, page, size],
    queryFn: () => apiGet<CaseSearchResult>(`/api/v1/cases/search?${searchQueryString(params, page, size)}`),
    placeholderData: keepPreviousData,
  });
}

/** 本地区案例: the cases the caller's tenant compiles, drafts included. */
export function useOwnCases(enabled: boolean) {
  return useQuery({
    queryKey: [CASES, 'own'],
    queryFn: () => apiGet<CasePage>('/api/v1/cases?scope=own&size=100'),
    enabled,
  });
}

/** Reviewed cases of the tenants below, waiting for the caller (a reviewer) to publish them. */
export function useAwaitingPublication(enabled: boolean) {
  return useQuery({
    queryKey: [CASES, 'awaiting'],
    queryFn: () => apiGet<CasePage>('/api/v1/cases?status=reviewed&size=100'),
    enabled,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: [CASES, 'one', id],
    queryFn: () => apiGet<Case>(`/api/v1/cases/${encodeURIComponent(id)}`),
    retry: false,
  });
}

export function useSimilarCases(id: string) {
  return useQuery({
    queryKey: [CASES, 'similar', id],
    queryFn: () => apiGet<CaseHit[]>(`/api/v1/cases/${encodeURIComponent(id)}/similar?size=8`),
  });
}

/** 相关典型案例 of a plan the viewer reads: cases like its title, event types and text. */
export function useCasesLikePlan(planId: string) {
  return useQuery({
    queryKey: [CASES, 'like-plan', planId],
    queryFn: () => apiGet<CaseHit[]>(`/api/v1/plans/${encodeURIComponent(planId)}/similar-cases?size=5`),
  });
}

/** 相似案例 of an unfolding event, from a free description. */
export function useSimilarToDescription() {
  return useMutation({
    mutationFn: (description: string) =>
      apiSend<CaseHit[]>('/api/v1/cases/similar?size=10', { description }),
  });
}

export function useSaveCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CaseInput }) =>
      id
        ? apiSend<Case>(`/api/v1/cases/${encodeURIComponent(id)}`, input, 'PUT')
        : apiSend<Case>('/api/v1/cases', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [CASES] }),
  });
}

/** 审核、发布、撤回/退回. */
export function useCaseWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      action,
      version,
      note,
      classic,
    }: {
      id: string;
      action: WorkflowAction;
      version: number;
      note?: string;
      classic?: boolean;
    }) => apiSend<Case>(`/api/v1/cases/${encodeURIComponent(id)}/${action}`, { version, note, classic }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [CASES] }),
  });
}

export function useSavedSearches() {
  return useQuery({
    queryKey: [CASES, 'saved'],
    queryFn: () => apiGet<SavedSearch[]>('/api/v1/case-searches'),
  });
}

export function useSaveSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; query: SearchParams }) =>
      apiSend<SavedSearch>('/api/v1/case-searches', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [CASES, 'saved'] }),
  });
}

export function useDeleteSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/v1/case-searches/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [CASES, 'saved'] }),
  });
}

export const caseAttachments = (id: string) => ({
  list: `/api/v1/cases/${encodeURIComponent(id)}/attachments`,
  download: (attachmentId: string) => `/api/v1/case-attachments/${encodeURIComponent(attachmentId)}`,
});
