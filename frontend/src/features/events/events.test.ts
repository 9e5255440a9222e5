import { describe, expect, it } from 'vitest';
import { REPORT_CLOCKS, bulletinBody, consoleKey, isBelow, minutesLeft, nextClock, reportTimeliness } from './events';
import type { Clock } from './types';

const clock = (assigneeTenantCode: string, dueAt: string): Clock => ({
  recordId: 'e',
  kind: 'report_initial',
  kindLabel: '电话初报',
  assigneeTenantCode,
  assigneeTenantName: assigneeTenantCode,
  dueAt,
});

describe('report clocks', () => {
  it('counts whole minutes left, negative once past', () => {
    const now = Date.parse('2026-07-01T08:00:00Z');
    expect(minutesLeft(clock('370702', '2026-07-01T08:20:00Z'), now)).toBe(20);
    expect(minutesLeft(clock('370702', '2026-07-01T07:59:30Z'), now)).toBe(-1);
  });

  it("shows the viewer's own clock first, else the soonest", () => {
    const clocks = [clock('370702', '2026-07-01T08:10:00Z'), clock('370700', '2026-07-01T08:20:00Z')];
    expect(nextClock(clocks, '370700')?.assigneeTenantCode).toBe('370700');
    expect(nextClock(clocks, '370100')?.assigneeTenantCode).toBe('370702');
    expect(nextClock([], '370700')).toBeNull();
  });
});

describe('report timeliness', () => {
  it('sums the report clocks of a region and rates those that fell due', () => {
    const counts = (onTime: number, late: number, overdue: number) => ({ onTime, late, overdue, pending: 9, waived: 0, rate: null });
    const line = { byKind: { report_initial: counts(3, 1, 0), report_written: counts(2, 1, 1), plan_filing: counts(50, 0, 0) } };
    expect(reportTimeliness(line, REPORT_CLOCKS)).toEqual({ onTime: 5, late: 2, overdue: 1, rate: 62.5 });
    expect(reportTimeliness({ byKind: {} }, REPORT_CLOCKS).rate).toBeNull();
  });
});

describe('the tiers below', () => {
  it('are the divisions sharing the province’s two or the city’s four first digits', () => {
    expect(isBelow('370702', { code: '370700', tier: 'city' })).toBe(true);
    expect(isBelow('371102', { code: '371000', tier: 'city' })).toBe(false);
    expect(isBelow('370700', { code: '370000', tier: 'province' })).toBe(true);
    expect(isBelow('520201', { code: '370000', tier: 'province' })).toBe(false);
    expect(isBelow('370700', { code: '370700', tier: 'city' })).toBe(false);
    expect(isBelow('370703', { code: '370702', tier: 'county' })).toBe(false);
  });
});

describe('a bulletin compiled from an event', () => {
  it('tells what happened, then every report in the order sent', () => {
    const at = (h: number) => new Date(2026, 11, 6, h, 5).toISOString();
    const body = bulletinBody({
      event: { occurredAt: at(8), tenantName: '潍城区', address: '于河街道', title: '储罐泄漏', severityLabel: '一般' },
      reports: [
        { reportedAt: at(10), tenantName: '潍城区', title: '续报一', content: '已控制。' },
        { reportedAt: at(9), tenantName: '潍城区', title: '初报', content: '正在处置。' },
      ],
    } as unknown as Parameters<typeof bulletinBody>[0]);
    expect(body.split('\n')).toEqual([
      '12月6日 08:05，潍城区于河街道发生储罐泄漏（一般）。',
      '潍城区初报（12月6日 09:05）：正在处置。',
      '潍城区续报一（12月6日 10:05）：已控制。',
    ]);
  });
});

describe('the place of a bulletin', () => {
  it('names the district once when the address already begins with it', () => {
    const body = bulletinBody({
      event: {
        occurredAt: new Date(2026, 11, 6, 8, 5).toISOString(),
        tenantName: '潍城区',
        address: '潍城区于河街道',
        title: '储罐泄漏',
        severityLabel: '一般',
      },
      reports: [],
    } as unknown as Parameters<typeof bulletinBody>[0]);
    expect(body).toBe('12月6日 08:05，潍城区于河街道发生储罐泄漏（一般）。');
  });
});

describe('consoleKey', () => {
  const key = (k: string, target: unknown = null, mods: Partial<KeyboardEvent> = {}) =>
    ({ key: k, altKey: false, ctrlKey: false, metaKey: false, target, ...mods }) as unknown as KeyboardEvent;

  it('moves the selection within the items and opens the selected one with Enter', () => {
    expect(consoleKey(key('ArrowDown'), 3, 0, false)).toBe(1);
    expect(consoleKey(key('j'), 3, 2, false)).toBe(2);
    expect(consoleKey(key('ArrowUp'), 3, 0, false)).toBe(0);
    expect(consoleKey(key('k'), 3, 5, false)).toBe(1);
    expect(consoleKey(key('Enter'), 3, 1, false)).toBe('open');
  });

  it('leaves typing, open dialogs, modified keys and an empty list alone', () => {
    expect(consoleKey(key('Enter', { tagName: 'TEXTAREA' }), 3, 0, false)).toBeNull();
    expect(consoleKey(key('j', { tagName: 'INPUT' }), 3, 0, false)).toBeNull();
    expect(consoleKey(key('Enter'), 3, 0, true)).toBeNull();
    expect(consoleKey(key('ArrowDown', null, { ctrlKey: true }), 3, 0, false)).toBeNull();
    expect(consoleKey(key('Enter'), 0, 0, false)).toBeNull();
    expect(consoleKey(key('x'), 3, 0, false)).toBeNull();
  });
});
