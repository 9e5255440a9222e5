import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
import type { Bulletin } from './types';

const BULLETINS = 'bulletins';

/** The kept bulletins of a tenant (the viewer's own or one below it), newest month first. */
export function useBulletins(tenantCode: string) {
  return useQuery({
    queryKey: [BULLETINS, tenantCode],
    queryFn: () => apiGet<Bulletin[]>(`/api/v1/bulletins?${new URLSearchParams({ tenantCode })}`),
  });
}

/** Generates (or regenerates) the viewer's own bulletin of a month (default: this month, to date). */
export function useGenerateBulletin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (month?: string) =>
      apiSend<Bulletin>('/api/v1/bulletins', month ? { month } : {}),
    onSettled: () => client.invalidateQueries({ queryKey: [BULLETINS] }),
  });
}

export const bulletinFile = (id: string, kind: 'pdf' | 'xlsx') =>
  `/api/v1/bulletins/${encodeURIComponent(id)}/bulletin.${kind}`;
