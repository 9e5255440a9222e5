import { recordPage } from '../../records';
import type { Obligation } from './types';

/** How urgent an open obligation looks: overdue, due within two working days, or in time. */
export type Urgency = 'overdue' | 'soon' | 'ok';

export function urgency(o: Obligation, now = Date.now()): Urgency {
  if (o.overdue || o.workingDaysLeft < 0) {
    return 'overdue';
  }
  if (isClockTime(o.dueAt)) {
    return Date.parse(o.dueAt) - now <= 30 * 60_000 ? 'soon' : 'ok';
  }
  return o.workingDaysLeft <= 2 ? 'soon' : 'ok';
}

/**
 * Whether a due time is a time of the clock (a report's 20 minutes) rather than the end of a day in China (a
 * deadline in days ends at 23:59:59.999999 there).
 */
export function isClockTime(dueAt: string): boolean {
  return (Date.parse(dueAt) + 8 * 3_600_000) % 86_400_000 < 86_399_000;
}

/**
 * The countdown of an open obligation, e.g. 剩3个工作日, 今日到期, 已逾期2个工作日 — or, for a clock in minutes,
 * 剩18分钟, 剩1小时5分钟, 已超时12分钟; a closed one's state.
 */
export function countdown(o: Obligation, now = Date.now()): string {
  if (o.state !== 'open') {
    return o.stateLabel;
  }
  if (isClockTime(o.dueAt)) {
    const minutes = Math.floor((Date.parse(o.dueAt) - now) / 60_000);
    if (minutes < 0) {
      return `已超时${-minutes}分钟`;
    }
    return minutes < 60 ? `剩${minutes}分钟` : `剩${Math.floor(minutes / 60)}小时${minutes % 60}分钟`;
  }
  if (o.workingDaysLeft < 0) {
    return `已逾期${-o.workingDaysLeft}个工作日`;
  }
  if (o.overdue) {
    return '已逾期';
  }
  return o.workingDaysLeft === 0 ? '今日到期' : `剩${o.workingDaysLeft}个工作日`;
}

/** Where the obligation is dealt with: its record's page, or the work list it stands in. */
export function workPage(o: Obligation): string {
  return recordPage(o.recordEntity, o.recordId);
}

/** Where it comes from, in the office's words: who filed what is to be reviewed, what the law asks of a plan. */
export function origin(o: Obligation): string {
  switch (o.kind) {
    case 'filing_review':
      return `${o.ownerTenantName}报送`;
    case 'plan_filing':
      return '印发后按期报送备案';
    case 'plan_resubmission':
      return o.note ?? '备案被退回，修改后重新报送';
    case 'plan_evaluation':
      return '按评估周期开展预案评估';
    case 'report_relay':
      return o.note ? `${o.ownerTenantName}已${o.note.replace(o.ownerTenantName, '')}，须逐级上报` : o.ownerTenantName;
    case 'instruction_feedback':
    case 'spot_check_answer':
    case 'warning_ack':
    case 'corrective_action':
    case 'campaign_task':
    case 'plan_drill':
    case 'unit_drill':
      return o.note ?? o.ownerTenantName;
    default:
      return o.ownerTenantName;
  }
}

/** 按时率 as the dashboard shows it: one decimal and a per-cent sign, or — when nothing has fallen due. */
export function formatRate(rate: number | null): string {
  return rate == null ? '—' : `${rate.toFixed(1)}%`;
}
