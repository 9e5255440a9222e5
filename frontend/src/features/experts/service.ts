import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest, apiSend } from '../../api/client';
import { expertSearchParams } from './experts';
import type {
  Candidates,
  Expert,
  ExpertInput,
  ExpertSearchQuery,
  ExpertSearchResult,
  Invocation,
  InvocationInput,
} from './types';

const EXPERTS = 'experts';
const INVOCATIONS = 'expert-invocations';

const expertPath = (id: string, action = '') => `/api/v1/experts/${encodeURIComponent(id)}${action && `/${action}`}`;
const invocationPath = (id: string, action = '') =>
  `/api/v1/expert-invocations/${encodeURIComponent(id)}${action && `/${action}`}`;

/** 专家库: search with facets; an empty query lists the whole pool the caller may see. */
export function useExpertSearch(query: ExpertSearchQuery) {
  return useQuery({
    queryKey: [EXPERTS, 'search', query],
    queryFn: () => apiGet<ExpertSearchResult>(`/api/v1/experts/search?${expertSearchParams(query)}`),
    placeholderData: keepPreviousData,
  });
}

export function useExpert(id: string | undefined) {
  return useQuery({
    queryKey: [EXPERTS, 'one', id],
    queryFn: () => apiGet<Expert>(expertPath(id ?? '')),
    enabled: id !== undefined,
  });
}

function useRefresh(key: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [key] });
}

export type SaveExpert = { id?: undefined; input: ExpertInput } | { id: string; input: ExpertInput & { version: number } };

export function useSaveExpert() {
  const refresh = useRefresh(EXPERTS);
  return useMutation({
    mutationFn: ({ id, input }: SaveExpert) =>
      id === undefined ? apiSend<Expert>('/api/v1/experts', input) : apiSend<Expert>(expertPath(id), input, 'PUT'),
    onSettled: refresh,
  });
}

/** 出库 (with a reason) or 重新入库. */
export function usePoolChange() {
  const refresh = useRefresh(EXPERTS);
  return useMutation({
    mutationFn: ({ expert, reason }: { expert: Expert; reason?: string }) =>
      reason === undefined
        ? apiSend<Expert>(expertPath(expert.id, 'return-to-pool'), { version: expert.version })
        : apiSend<Expert>(expertPath(expert.id, 'leave-pool'), { reason, version: expert.version }),
    onSettled: refresh,
  });
}

/** 关联专家账号: the registering office confirms which login is the expert themself (blank unlinks). */
export function useAccountLink() {
  const refresh = useRefresh(EXPERTS);
  return useMutation({
    mutationFn: ({ expert, username }: { expert: Expert; username: string }) =>
      apiSend<Expert>(expertPath(expert.id, 'account'), { username, version: expert.version }, 'PUT'),
    onSettled: refresh,
  });
}

/** 批量导入: all rows or none; a 422 carries the per-row report in its problem's `errors`. */
export function useImportExperts() {
  const refresh = useRefresh(EXPERTS);
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiRequest<{ imported: number }>('/api/v1/experts/import', { method: 'POST', body: form });
    },
    onSettled: refresh,
  });
}

/** 专家推荐 for a plan review; refetched on demand (the index follows writes within a second or two). */
export function useCandidates(planId: string | undefined) {
  return useQuery({
    queryKey: [EXPERTS, 'candidates', planId],
    queryFn: () =>
      apiGet<Candidates>(`/api/v1/plans/${encodeURIComponent(planId ?? '')}/expert-candidates?size=50`),
    enabled: planId !== undefined,
  });
}

/** 本单位申请 ('requested') or 待本单位应答 ('addressed'). */
export function useInvocations(which: 'requested' | 'addressed') {
  return useQuery({
    queryKey: [INVOCATIONS, which],
    queryFn: () =>
      apiGet<Invocation[]>(which === 'requested' ? '/api/v1/expert-invocations' : '/api/v1/expert-invocations/addressed'),
  });
}

/** 申请调用, with the Idempotency-Key of this dialog (a retried click returns the first request). */
export function useRequestExpert() {
  const refresh = useRefresh(INVOCATIONS);
  return useMutation({
    mutationFn: ({ input, key }: { input: InvocationInput; key: string }) =>
      apiSend<Invocation>('/api/v1/expert-invocations', input, 'POST', { 'Idempotency-Key': key }),
    onSettled: refresh,
  });
}

export type InvocationStep =
  | { kind: 'accept' | 'decline'; note: string }
  | { kind: 'work-record'; workRecord: string }
  | { kind: 'evaluation'; score: number; comment: string }
  | { kind: 'fee'; amount: number; note: string };

/** 应答, 工作记录, 评价 and 费用: one mutation, the step says which. */
export function useInvocationStep() {
  const refresh = useRefresh(INVOCATIONS);
  return useMutation({
    mutationFn: ({ invocation, step }: { invocation: Invocation; step: InvocationStep }) => {
      const { kind, ...body } = step;
      const versioned = kind === 'accept' || kind === 'decline' ? body : { ...body, version: invocation.version };
      return apiSend<Invocation>(invocationPath(invocation.id, kind), versioned);
    },
    onSettled: refresh,
  });
}

/** The viewer's own plans (newest first), to pick the one under review. */
export function useOwnPlans(tenantCode: string) {
  return useQuery({
    queryKey: ['plans', 'own-for-review', tenantCode],
    queryFn: () =>
      apiGet<{ items: { id: string; title: string }[] }>(
        `/api/v1/plans?tenantCode=${encodeURIComponent(tenantCode)}&size=100`,
      ),
  });
}
