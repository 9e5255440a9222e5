import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
import type { Person, PersonInput } from './types';

const PEOPLE = 'people';

/** The people of the caller's tenant (tenant admins only). */
export function usePeople(enabled: boolean) {
  return useQuery({ queryKey: [PEOPLE], queryFn: () => apiGet<Person[]>('/api/v1/people'), enabled });
}

/** Saves a correction; the list (and the header's own name) is read again afterwards, also after a conflict. */
export function useSavePerson() {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: [PEOPLE] });
    void queryClient.invalidateQueries({ queryKey: ['me'] });
  };
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: PersonInput }) =>
      apiSend<Person>(`/api/v1/people/${encodeURIComponent(id)}`, input, 'PUT'),
    onSettled: refresh,
  });
}
