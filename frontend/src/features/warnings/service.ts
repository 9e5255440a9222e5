import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
import { OBLIGATIONS } from '../obligations/service';
import type { Warning, WarningInput, WarningScope } from './types';

export const WARNINGS = 'warnings';

export function useWarnings(scope: WarningScope) {
  return useQuery({ queryKey: [WARNINGS, 'list', scope], queryFn: () => apiGet<Warning[]>(`/api/v1/warnings?scope=${scope}`) });
}

export function useWarning(id: string) {
  return useQuery({ queryKey: [WARNINGS, 'one', id], queryFn: () => apiGet<Warning>(`/api/v1/warnings/${id}`) });
}

function useRefreshing<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: [WARNINGS] });
      await queryClient.invalidateQueries({ queryKey: [OBLIGATIONS] });
    },
  });
}

/** 新建预警 (a draft), once per click. */
export function useCreateWarning() {
  return useRefreshing(({ input, key }: { input: WarningInput; key: string }) =>
    apiSend<Warning>('/api/v1/warnings', input, 'POST', { 'Idempotency-Key': key }),
  );
}

/** 签发 by the named leader. */
export function useApproveWarning() {
  return useRefreshing(({ id, approverName, version }: { id: string; approverName: string; version: number }) =>
    apiSend<Warning>(`/api/v1/warnings/${id}/approve`, { approverName, version }),
  );
}

export function usePublishWarning() {
  return useRefreshing(({ id, version }: { id: string; version: number }) =>
    apiSend<Warning>(`/api/v1/warnings/${id}/publish`, { version }),
  );
}

/** 更新 or 解除: a new draft referring to the published warning. */
export function useFollowUpWarning() {
  return useRefreshing(({ id, kind }: { id: string; kind: 'update' | 'cancel' }) =>
    apiSend<Warning>(`/api/v1/warnings/${id}/${kind}`, {}),
  );
}

/** 叫应 by a tenant of the area. */
export function useAcknowledgeWarning() {
  return useRefreshing((id: string) => apiSend<Warning>(`/api/v1/warnings/${id}/acknowledge`, {}));
}
