import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';
import type { UnifiedSearchAnswer } from './types';

/** 全局检索: every kind's best matches for the words, each cut by its own sharing rule on the server. */
export function useUnifiedSearch(q: string, size: number) {
  const words = q.trim();
  return useQuery({
    queryKey: ['unified-search', words, size],
    queryFn: () =>
      apiGet<UnifiedSearchAnswer>(`/api/v1/search?${new URLSearchParams({ q: words, size: String(size) })}`),
    enabled: words !== '',
    placeholderData: keepPreviousData,
  });
}
