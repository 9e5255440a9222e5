import { formatTime } from '../events/events';
import type { TenantNode } from '../tenants/types';
import type { Gap, Shift, SpotCheckOutcome } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** A local date as the API takes it (yyyy-MM-dd). */
export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The Monday of the week of `d` (a week of the roster runs Monday to Sunday). */
export function weekStart(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return isoDay(monday);
}

/** Local midnight of `day` (yyyy-MM-dd), moved by `n` days. */
function midnight(day: string, n = 0): Date {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + n);
  return d;
}

/** `day` (yyyy-MM-dd) moved by `n` days. */
export function addDays(day: string, n: number): string {
  return isoDay(midnight(day, n));
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** One day of the roster: its shifts by the day they start on, and the gaps that touch it. */
export interface RosterDay {
  day: string;
  label: string;
  leaders: Shift[];
  officers: Shift[];
  gaps: Gap[];
}

/** The days of a roster from `from` for `days` days, each with its shifts (by start) and gaps (by overlap). */
export function rosterDays(from: string, days: number, shifts: Shift[], gaps: Gap[]): RosterDay[] {
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(from, i);
    const date = midnight(day);
    const start = date.getTime();
    const end = midnight(day, 1).getTime();
    const starting = shifts.filter((s) => {
      const t = Date.parse(s.startsAt);
      return t >= start && t < end;
    });
    return {
      day,
      label: `${date.getMonth() + 1}月${date.getDate()}日 ${WEEKDAYS[date.getDay()]}`,
      leaders: starting.filter((s) => s.role === 'leader'),
      officers: starting.filter((s) => s.role === 'officer'),
      gaps: gaps.filter((g) => Date.parse(g.from) < end && Date.parse(g.to) > start),
    };
  });
}

/** A time span as offices write it: 12月7日 08:00–12月8日 08:00, or 12月7日 08:00–20:00 within a day. */
export function formatSpan(from: string, to: string): string {
  const a = formatTime(from);
  const b = formatTime(to);
  const [dayA] = a.split(' ');
  const [dayB, timeB] = b.split(' ');
  return dayA === dayB ? `${a}–${timeB}` : `${a}–${b}`;
}

/** A shift's hours as the roster shows them on its day: 08:00–20:00, 20:00–次日08:00, or the full span beyond that. */
export function shiftHours(from: string, to: string): string {
  const a = new Date(from);
  const b = new Date(to);
  const time = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  const days = Math.round((midnightOf(b) - midnightOf(a)) / 86_400_000);
  if (days === 0) {
    return `${time(a)}–${time(b)}`;
  }
  return days === 1 ? `${time(a)}–次日${time(b)}` : formatSpan(from, to);
}

function midnightOf(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Whole seconds from now to a due time: negative once it has passed. */
export function secondsLeft(dueAt: string, now: number): number {
  return Math.ceil((Date.parse(dueAt) - now) / 1000);
}

/** The colour of a spot check's outcome tag: passed green, waiting blue, the rest a warning. */
export function outcomeColor(outcome: SpotCheckOutcome): string {
  switch (outcome) {
    case 'on_duty':
      return 'green';
    case 'pending':
      return 'blue';
    case 'scheduled':
      return 'default';
    case 'late':
    case 'not_on_roster':
      return 'orange';
    default:
      return 'red';
  }
}

/** 08:00 of `day` (yyyy-MM-dd), when a roster day's 24-hour shift begins. */
export function shiftStart(day: string): Date {
  const d = midnight(day);
  d.setHours(8);
  return d;
}

/** The regions below the caller's, for an upper tier that oversees their rosters. */
export function regionsBelow(root: TenantNode | undefined): TenantNode[] {
  if (!root) {
    return [];
  }
  const out: TenantNode[] = [];
  const walk = (n: TenantNode) => n.children.forEach((c) => (out.push(c), walk(c)));
  walk(root);
  return out;
}
