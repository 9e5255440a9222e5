import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';
import type { Obligation } from './types';

export const OBLIGATIONS = 'obligations';

/** What the caller's office must do, soonest due first. */
export function useOpenObligations() {
  return useQuery({
    queryKey: [OBLIGATIONS, 'open'],
    queryFn: () => apiGet<Obligation[]>('/api/v1/obligations?state=open'),
  });
}
