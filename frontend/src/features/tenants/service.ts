import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';
import type { TenantDetail, TenantTree } from './types';

export function useTenantTree() {
  return useQuery({
    queryKey: ['tenants', 'tree'],
    queryFn: () => apiGet<TenantTree>('/api/v1/tenants/tree'),
    staleTime: 5 * 60_000,
  });
}

export function useTenant(code: string) {
  return useQuery({
    queryKey: ['tenants', code],
    queryFn: () => apiGet<TenantDetail>(`/api/v1/tenants/${encodeURIComponent(code)}`),
    staleTime: 5 * 60_000,
  });
}
