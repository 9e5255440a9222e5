import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest, apiSend } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { SearchTermGroup, SearchTermInput } from './types';

const SEARCH_TERMS = 'search-terms';
const PATH = '/api/v1/search-terms';

/** The groups of the caller's province. */
export function useSearchTerms() {
  return useQuery({ queryKey: [SEARCH_TERMS], queryFn: () => apiGet<SearchTermGroup[]>(PATH) });
}

/**
 * Adds (no id; with the Idempotency-Key of the dialog, so a retried or doubled click adds one group) or changes a
 * group. After a conflict (a term another group holds, a stale version) the list is read again.
 */
export function useSaveSearchTerms() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: [SEARCH_TERMS] });
  return useMutation({
    mutationFn: ({ id, input, key }: { id?: string; input: SearchTermInput; key: string }) =>
      id === undefined
        ? apiSend<SearchTermGroup>(PATH, input, 'POST', { 'Idempotency-Key': key })
        : apiSend<SearchTermGroup>(`${PATH}/${encodeURIComponent(id)}`, input, 'PUT'),
    onSuccess: refresh,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void refresh();
      }
    },
  });
}

export function useDeleteSearchTerms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (group: SearchTermGroup) =>
      apiRequest<void>(`${PATH}/${encodeURIComponent(group.id)}?version=${group.version}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [SEARCH_TERMS] }),
  });
}
