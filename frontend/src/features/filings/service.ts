import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
import { XLSX, download } from '../../api/download';
import { ApiError } from '../../api/problem';
import type { Filing, FilingMaterial, FilingRoutePreview, FilingStatus } from './types';

export const FILINGS = 'filings';

/** Filings addressed to the caller's tenant (备案审查). */
export function useFilingInbox(status: FilingStatus) {
  return useQuery({
    queryKey: [FILINGS, 'inbox', status],
    queryFn: () => apiGet<Filing[]>(`/api/v1/filings/inbox?status=${status}`),
  });
}

/** Every submission of one plan, newest first. */
export function usePlanFilings(planId: string) {
  return useQuery({
    queryKey: [FILINGS, 'plan', planId],
    queryFn: () => apiGet<Filing[]>(`/api/v1/plans/${encodeURIComponent(planId)}/filings`),
  });
}

/** 备案材料 of a plan: what the owner's policy requires and which of them its attachments hold. */
export function useFilingMaterials(planId: string) {
  return useQuery({
    queryKey: [FILINGS, 'materials', planId],
    queryFn: () => apiGet<FilingMaterial[]>(`/api/v1/plans/${encodeURIComponent(planId)}/filing-materials`),
    // the dialog opens after uploads on the page: always ask again rather than show the list of before
    refetchOnMount: 'always',
  });
}

/** What decides a plan's route, as the plan form holds it. */
export interface RouteQuery {
  category?: string;
  ownerUnitId?: string;
  jointBasis?: string | null;
  participantCodes?: string[];
}

/**
 * 备案去向 of a plan being compiled. A combination the policy cannot route is an answer here, not an error: the
 * form shows the reason beside the fields.
 */
export function useFilingRoute(query: RouteQuery) {
  const params = new URLSearchParams();
  if (query.category) params.set('category', query.category);
  if (query.ownerUnitId) params.set('ownerUnitId', query.ownerUnitId);
  if (query.jointBasis) params.set('jointBasis', query.jointBasis);
  (query.participantCodes ?? []).forEach((code) => params.append('participantCodes', code));
  const joint = query.category === 'joint';
  return useQuery({
    queryKey: [FILINGS, 'route', params.toString()],
    enabled: Boolean(query.category && query.ownerUnitId && (!joint || (query.jointBasis && query.participantCodes?.length))),
    queryFn: () =>
      apiGet<FilingRoutePreview>(`/api/v1/plans/filing-route?${params.toString()}`).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 400) {
          return { refused: error.message };
        }
        throw error;
      }),
  });
}

/** After any filing decision or submission: plans, their timelines and every filing list may have changed. */
function useRefreshAll() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [FILINGS] }),
      queryClient.invalidateQueries({ queryKey: ['plans'] }),
    ]);
}

/** 报送备案, with the Idempotency-Key of this click (reused when the same click is retried). */
export function useSubmitFiling() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ planId, version, key }: { planId: string; version: number; key: string }) =>
      apiSend<Filing>(`/api/v1/plans/${encodeURIComponent(planId)}/submit`, { version }, 'POST', { 'Idempotency-Key': key }),
    onSettled: refresh,
  });
}

/** 备案登记 or 退回 (with its reason). */
export function useDecideFiling() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: 'accept' | 'return'; reason?: string }) =>
      apiSend<Filing>(`/api/v1/filings/${encodeURIComponent(id)}/${decision}`, decision === 'return' ? { reason } : {}),
    onSettled: refresh,
  });
}

/** 备案回执: fetched with the token, handed to the browser as a download through a Blob URL. */
export const downloadReceipt = (filingId: string, fileName: string): Promise<void> =>
  download(`/api/v1/filings/${encodeURIComponent(filingId)}/receipt.pdf`, fileName, 'application/pdf');

/** {@link downloadReceipt} as a mutation, so a failure reaches the central error handler. */
export function useDownloadReceipt() {
  return useMutation({
    mutationFn: ({ id, fileName }: { id: string; fileName: string }) => downloadReceipt(id, fileName),
  });
}

/** 导出 Excel of one inbox tab, as a mutation so a failure reaches the central error handler. */
export function useExportInbox() {
  return useMutation({
    mutationFn: ({ status, fileName }: { status: FilingStatus; fileName: string }) =>
      download(`/api/v1/filings/inbox/export.xlsx?status=${status}`, fileName, XLSX),
  });
}
