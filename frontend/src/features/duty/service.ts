import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest, apiSend } from '../../api/client';
import { OBLIGATIONS } from '../obligations/service';
import type {
  Absence,
  AbsenceInput,
  ConclusionInput,
  DutyPost,
  DutyPostInput,
  Handover,
  LogEntry,
  Roster,
  ScheduleInput,
  ShiftInput,
  SpotCheck,
  SpotCheckInput,
  SpotCheckScope,
} from './types';

export const DUTY = 'duty';

function tenantParam(tenant: string | null): string {
  return tenant ? `tenant=${encodeURIComponent(tenant)}` : '';
}

/** 值班表 of the caller's office (or of one below it) for `days` days from `from` (yyyy-MM-dd). */
export function useRoster(tenant: string | null, from: string, days = 7) {
  const params = new URLSearchParams({ from, days: String(days) });
  if (tenant) {
    params.set('tenant', tenant);
  }
  return useQuery({
    queryKey: [DUTY, 'roster', tenant, from, days],
    queryFn: () => apiGet<Roster>(`/api/v1/duty/roster?${params.toString()}`),
  });
}

export function usePosts(tenant: string | null, enabled = true) {
  return useQuery({
    queryKey: [DUTY, 'posts', tenant],
    queryFn: () => apiGet<DutyPost[]>(`/api/v1/duty/posts?${tenantParam(tenant)}`),
    enabled,
  });
}

export function useDutyLog(tenant: string | null) {
  return useQuery({
    queryKey: [DUTY, 'log', tenant],
    queryFn: () => apiGet<LogEntry[]>(`/api/v1/duty/log?${tenantParam(tenant)}`),
  });
}

export function useHandovers(tenant: string | null) {
  return useQuery({
    queryKey: [DUTY, 'handovers', tenant],
    queryFn: () => apiGet<Handover[]>(`/api/v1/duty/handovers?${tenantParam(tenant)}`),
  });
}

export function useSpotChecks(scope: SpotCheckScope, enabled = true) {
  return useQuery({
    queryKey: [DUTY, 'spot-checks', scope],
    queryFn: () => apiGet<SpotCheck[]>(`/api/v1/duty/spot-checks?scope=${scope}`),
    enabled,
  });
}

function useRefreshing<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: [DUTY] });
      await queryClient.invalidateQueries({ queryKey: [OBLIGATIONS] });
    },
  });
}

export function useCreatePost() {
  return useRefreshing((input: DutyPostInput) => apiSend<DutyPost>('/api/v1/duty/posts', input));
}

export function useAddShifts() {
  return useRefreshing((shifts: ShiftInput[]) => apiSend<Roster>('/api/v1/duty/shifts', { shifts }));
}

export function useRemoveShift() {
  return useRefreshing((id: string) => apiRequest<void>(`/api/v1/duty/shifts/${id}`, { method: 'DELETE' }));
}

export function useReportAbsence() {
  return useRefreshing((input: AbsenceInput) => apiSend<Absence>('/api/v1/duty/absences', input));
}

export function useAddLog() {
  return useRefreshing((content: string) => apiSend<LogEntry>('/api/v1/duty/log', { content }));
}

export function useHandOver() {
  return useRefreshing((note: string | null) => apiSend<Handover>('/api/v1/duty/handovers', { note }));
}

export function useAcceptHandover() {
  return useRefreshing(({ id, itemIds }: { id: string; itemIds: string[] }) =>
    apiSend<Handover>(`/api/v1/duty/handovers/${id}/accept`, { itemIds }),
  );
}

/** 发起查岗, once per click (the Idempotency-Key of the form it came from). */
export function useSpotCheck() {
  return useRefreshing(({ input, key }: { input: SpotCheckInput; key: string }) =>
    apiSend<SpotCheck>('/api/v1/duty/spot-checks', input, 'POST', { 'Idempotency-Key': key }),
  );
}

/** 随机抽查: checks drawn at random moments of a period, once per click. */
export function useScheduleSpotChecks() {
  return useRefreshing(({ input, key }: { input: ScheduleInput; key: string }) =>
    apiSend<SpotCheck[]>('/api/v1/duty/spot-checks/schedule', input, 'POST', { 'Idempotency-Key': key }),
  );
}

export function useAnswerSpotCheck() {
  return useRefreshing(({ id, note }: { id: string; note: string | null }) =>
    apiSend<SpotCheck>(`/api/v1/duty/spot-checks/${id}/answer`, { note }),
  );
}

export function useConcludeSpotCheck() {
  return useRefreshing(({ id, input }: { id: string; input: ConclusionInput }) =>
    apiSend<SpotCheck>(`/api/v1/duty/spot-checks/${id}/conclusion`, input),
  );
}
