import type { DeadlineLine } from '../obligations/types';
import type { Clock, EventDetail } from './types';

/** Whole minutes from now to a clock's due time: negative when it has passed (超时). */
export function minutesLeft(clock: Pick<Clock, 'dueAt'>, now: number): number {
  return Math.floor((Date.parse(clock.dueAt) - now) / 60_000);
}

/** The soonest open clock the viewer's own office owes of these, else the soonest of any. */
export function nextClock(clocks: Clock[], tenantCode: string | undefined): Clock | null {
  return clocks.find((c) => c.assigneeTenantCode === tenantCode) ?? clocks[0] ?? null;
}

/** A date-time as offices write it: 12月6日 14:05. */
export function formatTime(iso: string | null): string {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The obligation kinds that are report clocks (信息报送时效). */
export const REPORT_CLOCKS = ['report_initial', 'report_written', 'report_follow_up', 'report_relay'];
/** 批示反馈 and 查岗应答: the other clocks of the duty office the dashboard rates. */
export const FEEDBACK_CLOCKS = ['instruction_feedback'];
export const SPOT_CHECK_CLOCKS = ['spot_check_answer'];
export const WARNING_ACK_CLOCKS = ['warning_ack'];

/**
 * A region's report clocks summed over the kinds: on time, 迟报 (reported after the clock), overdue (past it, not
 * yet reported), and the on-time rate of those that fell due (null when none did).
 */
export function reportTimeliness(line: Pick<DeadlineLine, 'byKind'>, kinds: string[]) {
  const sum = (f: 'onTime' | 'late' | 'overdue') => kinds.reduce((n, k) => n + (line.byKind[k]?.[f] ?? 0), 0);
  const onTime = sum('onTime');
  const late = sum('late');
  const overdue = sum('overdue');
  const due = onTime + late + overdue;
  return { onTime, late, overdue, rate: due === 0 ? null : (100 * onTime) / due };
}

/**
 * Whether division `code` lies below `tenant` (GB/T 2260: a province's divisions share its first two digits, a
 * city's its first four; a county has none below it among the tenants).
 */
export function isBelow(code: string, tenant: { code: string; tier: string }): boolean {
  const prefix = tenant.tier === 'province' ? 2 : tenant.tier === 'city' ? 4 : 6;
  return code !== tenant.code && code.slice(0, prefix) === tenant.code.slice(0, prefix);
}

/**
 * The text of a 信息快报 compiled from an event: what happened where and when, then every report the office reads in
 * the order sent, each with who reported what and when. The duty officer edits it before issue.
 */
export function bulletinBody(data: Pick<EventDetail, 'event' | 'reports'>): string {
  const e = data.event;
  // an address usually begins with its district's name: said once
  const place = e.address.startsWith(e.tenantName) ? e.address : `${e.tenantName}${e.address}`;
  const lines = [`${formatTime(e.occurredAt)}，${place}发生${e.title}（${e.severityLabel}）。`];
  [...data.reports]
    .sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt))
    .forEach((r) => lines.push(`${r.tenantName}${r.title}（${formatTime(r.reportedAt)}）：${r.content}`));
  return lines.join('\n');
}

/**
 * The console's keys: ↑/↓ (or k/j) move the selection among `count` items, Enter opens the selected one as an event.
 * Null: not the console's key (typing in a field, a dialog open, nothing to pick).
 */
export function consoleKey(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
  count: number,
  selected: number,
  busy: boolean,
): number | 'open' | null {
  const target = e.target as { tagName?: string; isContentEditable?: boolean } | null;
  const typing = target && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName ?? '') || target.isContentEditable);
  if (busy || typing || count === 0 || e.altKey || e.ctrlKey || e.metaKey) {
    return null;
  }
  const at = Math.min(selected, count - 1);
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
      return Math.min(at + 1, count - 1);
    case 'ArrowUp':
    case 'k':
      return Math.max(at - 1, 0);
    case 'Enter':
      return 'open';
    default:
      return null;
  }
}
