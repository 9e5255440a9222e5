import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { OrgUnit, OrgUnitInput, OrgUnitUpdate } from './types';

const ORG_UNITS = 'org-units';

/** Units of the caller's tenant, or (`tenantCode`) what a tenant below shares up to the caller. */
export function useOrgUnits(tenantCode?: string) {
  return useQuery({
    queryKey: [ORG_UNITS, tenantCode ?? 'own'],
    queryFn: () =>
      apiGet<OrgUnit[]>(
        tenantCode ? `/api/v1/org-units?tenantCode=${encodeURIComponent(tenantCode)}` : '/api/v1/org-units',
      ),
  });
}

export type SaveOrgUnit = { id?: undefined; input: OrgUnitInput } | { id: string; input: OrgUnitUpdate };

/**
 * Creates (no id) or updates a unit of the caller's tenant. Errors are shown by the central handler; on a
 * version conflict the list is read again so the next edit starts from what is stored now.
 */
export function useSaveOrgUnit() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: [ORG_UNITS] });
  return useMutation({
    mutationFn: ({ id, input }: SaveOrgUnit) =>
      id === undefined
        ? apiSend<OrgUnit>('/api/v1/org-units', input)
        : apiSend<OrgUnit>(`/api/v1/org-units/${encodeURIComponent(id)}`, input, 'PUT'),
    onSuccess: refresh,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void refresh();
      }
    },
  });
}
