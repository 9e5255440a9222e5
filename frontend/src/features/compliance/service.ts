import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest } from '../../api/client';
import { XLSX, download } from '../../api/download';
import type { ComplianceRecords, Dashboard, RecordsQuery, Trend } from './types';

export const COMPLIANCE = 'compliance';

const base = (code: string) => `/api/v1/compliance/${encodeURIComponent(code)}`;
const monthParam = (month?: string) => (month ? `?month=${encodeURIComponent(month)}` : '');

/** 合规看板 of a tenant (the viewer's own or one below it) for a month (default: this month). */
export function useDashboard(code: string, month?: string) {
  return useQuery({
    queryKey: [COMPLIANCE, 'dashboard', code, month],
    queryFn: () => apiGet<Dashboard>(`${base(code)}${monthParam(month)}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The twelve months up to `month`: the rolled-up figures and score of each. */
export function useTrend(code: string, month?: string) {
  return useQuery({
    queryKey: [COMPLIANCE, 'trend', code, month],
    queryFn: () => apiGet<Trend>(`${base(code)}/trend${monthParam(month)}`),
    retry: false,
  });
}

/** The records behind one number, a page at a time. */
export function useRecords(query: RecordsQuery | null, page: number, size: number) {
  return useQuery({
    queryKey: [COMPLIANCE, 'records', query, page, size],
    queryFn: () => {
      const q = query as RecordsQuery;
      const params = new URLSearchParams({ metric: q.metric, scope: q.scope, page: String(page), size: String(size) });
      return apiGet<ComplianceRecords>(`${base(q.tenantCode)}/records?${params.toString()}`);
    },
    enabled: query != null,
    placeholderData: keepPreviousData,
  });
}

/** 刷新: recomputes this month's figures of the subtree from the records now. */
export function useRefresh(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<Dashboard>(`${base(code)}/refresh`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: [COMPLIANCE] }),
  });
}

/** 导出: the table on screen (same tenant and month) as .xlsx. */
export function useExport() {
  return useMutation({
    mutationFn: ({ code, month, fileName }: { code: string; month: string; fileName: string }) =>
      download(`${base(code)}/export.xlsx${monthParam(month)}`, fileName, XLSX),
  });
}
