import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';
import type { Me } from './types';

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: () => apiGet<Me>('/api/v1/me'),
    staleTime: 5 * 60_000,
  });
}
