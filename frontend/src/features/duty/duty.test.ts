import { describe, expect, it } from 'vitest';
import { addDays, formatSpan, outcomeColor, rosterDays, secondsLeft, shiftHours, weekStart } from './duty';
import type { Shift } from './types';

const shift = (role: 'leader' | 'officer', startsAt: string, endsAt: string, personName = '刘洋'): Shift => ({
  id: `${role}-${startsAt}`,
  postId: 'p',
  postName: '应急管理局值班室',
  personId: personName,
  personName,
  personTitle: null,
  role,
  roleLabel: role === 'leader' ? '带班领导' : '值班员',
  startsAt,
  endsAt,
});

describe('the roster calendar', () => {
  it('starts a week on Monday and counts days across months', () => {
    expect(weekStart(new Date(2026, 11, 6))).toBe('2026-11-30');
    expect(weekStart(new Date(2026, 11, 7))).toBe('2026-12-07');
    expect(addDays('2026-11-30', 3)).toBe('2026-12-03');
  });

  it('puts a shift on the day it starts and a gap on every day it touches', () => {
    const shifts = [
      shift('leader', new Date(2026, 11, 7, 8).toISOString(), new Date(2026, 11, 8, 8).toISOString()),
      shift('officer', new Date(2026, 11, 7, 8).toISOString(), new Date(2026, 11, 7, 20).toISOString(), '赵磊'),
    ];
    const gap = { from: new Date(2026, 11, 7, 20).toISOString(), to: new Date(2026, 11, 8, 8).toISOString(), description: '无值班员，应为1人' };
    const [mon, tue, wed] = rosterDays('2026-12-07', 3, shifts, [gap]);
    if (!mon || !tue || !wed) {
      throw new Error('three days');
    }
    expect(mon.label).toBe('12月7日 周一');
    expect(mon.leaders.map((s) => s.personName)).toEqual(['刘洋']);
    expect(mon.officers.map((s) => s.personName)).toEqual(['赵磊']);
    expect(mon.gaps).toHaveLength(1);
    expect(tue.leaders).toHaveLength(0);
    expect(tue.gaps).toHaveLength(1);
    expect(wed.gaps).toHaveLength(0);
  });

  it('writes a span within a day once and across days in full', () => {
    expect(formatSpan(new Date(2026, 11, 7, 8).toISOString(), new Date(2026, 11, 7, 20).toISOString())).toBe('12月7日 08:00–20:00');
    expect(formatSpan(new Date(2026, 11, 7, 8).toISOString(), new Date(2026, 11, 8, 8).toISOString())).toBe(
      '12月7日 08:00–12月8日 08:00',
    );
  });
});

describe('a shift on its day', () => {
  it('shows its hours, the next morning as 次日, longer spans in full', () => {
    const at = (d: number, h: number) => new Date(2026, 11, d, h).toISOString();
    expect(shiftHours(at(7, 8), at(7, 20))).toBe('08:00–20:00');
    expect(shiftHours(at(7, 8), at(8, 8))).toBe('08:00–次日08:00');
    expect(shiftHours(at(7, 8), at(9, 8))).toBe('12月7日 08:00–12月9日 08:00');
  });
});

describe('a spot check', () => {
  it('counts its window down in seconds, negative once past', () => {
    const now = Date.parse('2026-12-07T02:00:00Z');
    expect(secondsLeft('2026-12-07T02:02:00Z', now)).toBe(120);
    expect(secondsLeft('2026-12-07T01:59:30Z', now)).toBe(-30);
  });

  it('shows a pass in green and a late answer as a warning', () => {
    expect(outcomeColor('on_duty')).toBe('green');
    expect(outcomeColor('late')).toBe('orange');
    expect(outcomeColor('unanswered')).toBe('red');
  });
});
