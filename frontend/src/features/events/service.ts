import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
import { download } from '../../api/download';
import { OBLIGATIONS } from '../obligations/service';
import type { CorrectiveAction } from '../drills/types';
import type {
  ActionInput,
  BulletinInput,
  BulletinSeries,
  CommandInput,
  EvaluationInput,
  EventDetail,
  EventInput,
  EventRow,
  DecisionInput,
  Finding,
  FindingFigures,
  FindingInput,
  FindingScope,
  FindingState,
  IntakeInput,
  IntakeItem,
  IntakeState,
  InfoBulletin,
  Instruction,
  InstructionInput,
  Report,
  ReportInput,
  ResponseInput,
  ReviewInput,
  Scope,
  ScreenInput,
} from './types';

export const EVENTS = 'events';

/** The office's intake, newest first (one state, or every one); an informant's own submissions. */
export function useIntake(state: IntakeState | null) {
  return useQuery({
    queryKey: [EVENTS, 'intake', state],
    queryFn: () => apiGet<IntakeItem[]>(`/api/v1/intake${state ? `?state=${state}` : ''}`),
  });
}

export function useEvents(scope: Scope, status: 'open' | 'closed' | null) {
  const params = new URLSearchParams({ scope });
  if (status) {
    params.set('status', status);
  }
  return useQuery({
    queryKey: [EVENTS, 'list', scope, status],
    queryFn: () => apiGet<EventRow[]>(`/api/v1/events?${params.toString()}`),
  });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: [EVENTS, 'one', id], queryFn: () => apiGet<EventDetail>(`/api/v1/events/${id}`) });
}

export function useReports(scope: Scope) {
  return useQuery({ queryKey: [EVENTS, 'reports', scope], queryFn: () => apiGet<Report[]>(`/api/v1/reports?scope=${scope}`) });
}

export function useReport(id: string) {
  return useQuery({ queryKey: [EVENTS, 'report', id], queryFn: () => apiGet<Report>(`/api/v1/reports/${id}`) });
}

function useRefreshing<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: [EVENTS] });
      await queryClient.invalidateQueries({ queryKey: [OBLIGATIONS] });
    },
  });
}

/** 接报登记 / 信息上报, with the form's Idempotency-Key (a doubled click registers one item). */
export function useSubmitIntake() {
  return useRefreshing(({ input, key }: { input: IntakeInput; key: string }) =>
    apiSend<IntakeItem>('/api/v1/intake', input, 'POST', { 'Idempotency-Key': key }),
  );
}

/** 甄别研判: a new event, onto an open event, or aside. */
export function useScreenIntake() {
  return useRefreshing(({ id, input }: { id: string; input: ScreenInput }) =>
    apiSend<IntakeItem>(`/api/v1/intake/${id}/screen`, input),
  );
}

export function useCreateEvent() {
  return useRefreshing((input: EventInput) => apiSend<EventDetail>('/api/v1/events', input));
}

/** 初报 / 续报 / 终报, with the form's Idempotency-Key. */
export function useSubmitReport(eventId: string) {
  return useRefreshing(({ input, key }: { input: ReportInput; key: string }) =>
    apiSend<Report>(`/api/v1/events/${eventId}/reports`, input, 'POST', { 'Idempotency-Key': key }),
  );
}

/** 已读 */
export function useMarkReportRead() {
  return useRefreshing((id: string) => apiSend<Report>(`/api/v1/reports/${id}/read`, {}));
}

export function useInstruction(id: string) {
  return useQuery({ queryKey: [EVENTS, 'instruction', id], queryFn: () => apiGet<Instruction>(`/api/v1/instructions/${id}`) });
}

/** 领导批示 on an event, to tiers below, with the dialog's Idempotency-Key. */
export function useIssueInstruction(on: InstructionSubject) {
  const path = 'eventId' in on ? `/api/v1/events/${on.eventId}` : `/api/v1/info-bulletins/${on.bulletinId}`;
  return useRefreshing(({ input, key }: { input: InstructionInput; key: string }) =>
    apiSend<Instruction>(`${path}/instructions`, input, 'POST', { 'Idempotency-Key': key }),
  );
}

/** 启动/调整/终止 the caller's tier's 应急响应 on the event. */
export function useRespond(eventId: string) {
  return useRefreshing((input: ResponseInput) => apiSend<EventDetail>(`/api/v1/events/${eventId}/responses`, input));
}

/** 设立指挥部/工作组 of the caller's tier on the event. */
export function useAddCommand(eventId: string) {
  return useRefreshing((input: CommandInput) => apiSend<EventDetail>(`/api/v1/events/${eventId}/commands`, input));
}

/** What a 批示 is written on: an event, or a 信息快报. */
export type InstructionSubject = { eventId: string } | { bulletinId: string };

/** The 批示 on one 信息快报, newest first. */
export function useBulletinInstructions(bulletinId: string) {
  return useQuery({
    queryKey: [EVENTS, 'instructions', 'bulletin', bulletinId],
    queryFn: () => apiGet<Instruction[]>(`/api/v1/instructions?bulletin=${encodeURIComponent(bulletinId)}`),
  });
}

/** 报送问题 the caller reads: one scope, one state (or every one), newest first. */
export function useFindings(scope: FindingScope, state: FindingState | null) {
  const params = new URLSearchParams({ scope });
  if (state) {
    params.set('state', state);
  }
  return useQuery({
    queryKey: [EVENTS, 'findings', scope, state],
    queryFn: () => apiGet<Finding[]>(`/api/v1/report-findings?${params}`),
  });
}

/** 记录漏报/瞒报/谎报 after 核查, with the dialog's Idempotency-Key. */
export function useRecordFinding() {
  return useRefreshing(({ input, key }: { input: FindingInput; key: string }) =>
    apiSend<Finding>('/api/v1/report-findings', input, 'POST', { 'Idempotency-Key': key }),
  );
}

/** 认定 or 排除 a 疑似漏报 of the caller's office, with the version read. */
export function useDecideFinding() {
  return useRefreshing(({ id, input }: { id: string; input: DecisionInput }) =>
    apiSend<Finding>(`/api/v1/report-findings/${id}/decision`, input, 'POST'),
  );
}

/** 报送问题统计 of a region and each region below it. */
export function useFindingFigures(region: string) {
  return useQuery({
    queryKey: [EVENTS, 'findings', 'figures', region],
    queryFn: () => apiGet<FindingFigures>(`/api/v1/report-findings/figures?region=${encodeURIComponent(region)}`),
  });
}

/** 落实情况 on an instruction addressed to the caller's office. */
export function useFeedback() {
  return useRefreshing(({ id, content, key }: { id: string; content: string; key: string }) =>
    apiSend<Instruction>(`/api/v1/instructions/${id}/feedback`, { content }, 'POST', { 'Idempotency-Key': key }),
  );
}

/** 总结评估 by the office handling the event (again until it is closed), with the event's version. */
export function useEvaluateEvent(eventId: string) {
  return useRefreshing((input: EvaluationInput) =>
    apiSend<EventDetail>(`/api/v1/events/${eventId}/evaluation`, input, 'PUT'),
  );
}

/** 整改措施 of the event's evaluation. */
export function useAddEventAction(eventId: string) {
  return useRefreshing((input: ActionInput) => apiSend<CorrectiveAction>(`/api/v1/events/${eventId}/actions`, input));
}

/** 结案, with the event's version. */
export function useCloseEvent(eventId: string) {
  return useRefreshing((version: number) => apiSend<EventDetail>(`/api/v1/events/${eventId}/close`, { version }));
}

/** 转为案例: the closed event as a draft case, once; the event comes back with its caseId. */
export function useEventCase(eventId: string) {
  return useRefreshing(() => apiSend<EventDetail>(`/api/v1/events/${eventId}/case`, {}));
}

/** 回头看 of a closed event. */
export function useReviewEvent(eventId: string) {
  return useRefreshing((input: ReviewInput) => apiSend<EventDetail>(`/api/v1/events/${eventId}/reviews`, input));
}

/** 信息快报 the viewer reads, newest first (one series, or both). */
export function useInfoBulletins(series: BulletinSeries | null) {
  return useQuery({
    queryKey: [EVENTS, 'bulletins', series],
    queryFn: () => apiGet<InfoBulletin[]>(`/api/v1/info-bulletins${series ? `?series=${series}` : ''}`),
  });
}

export function useInfoBulletin(id: string) {
  return useQuery({ queryKey: [EVENTS, 'bulletin', id], queryFn: () => apiGet<InfoBulletin>(`/api/v1/info-bulletins/${id}`) });
}

/** 编发信息快报, with the dialog's Idempotency-Key (a doubled click issues one). */
export function useIssueBulletin() {
  return useRefreshing(({ input, key }: { input: BulletinInput; key: string }) =>
    apiSend<InfoBulletin>('/api/v1/info-bulletins', input, 'POST', { 'Idempotency-Key': key }),
  );
}

/** The bulletin as a PDF, for print and fax. */
export const bulletinPdf = (b: InfoBulletin) =>
  download(`/api/v1/info-bulletins/${b.id}/pdf`, `${b.tenantName}${b.issue}.pdf`, 'application/pdf');
