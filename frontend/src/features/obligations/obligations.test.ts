import { describe, expect, it } from 'vitest';
import { countdown, formatRate, origin, urgency, workPage } from './obligations';
import type { Obligation } from './types';

const open: Obligation = {
  id: 'o1',
  kind: 'filing_review',
  kindLabel: '备案审查',
  recordId: 'f1',
  recordEntity: 'filing',
  subject: '潍城区防汛应急预案',
  ownerTenantCode: '370702',
  ownerTenantName: '潍城区',
  assigneeTenantName: '潍坊市',
  arisesAt: '2026-12-01T01:00:00Z',
  dueAt: '2026-12-08T15:59:59Z',
  dueOn: '2026-12-08',
  workingDaysLeft: 3,
  overdue: false,
  state: 'open',
  stateLabel: '待办',
  doneAt: null,
  reason: null,
  rung: null,
  rungLabel: null,
  escalatedAt: null,
  note: null,
};

describe('obligations', () => {
  it('counts working days down to the due day and past it', () => {
    expect(countdown(open)).toBe('剩3个工作日');
    expect(countdown({ ...open, workingDaysLeft: 0 })).toBe('今日到期');
    expect(countdown({ ...open, workingDaysLeft: -2, overdue: true, stateLabel: '已逾期' })).toBe('已逾期2个工作日');
    // past the due time on the due day itself (a clock in minutes)
    expect(countdown({ ...open, workingDaysLeft: 0, overdue: true })).toBe('已逾期');
  });

  it('counts a report clock in minutes, not in working days', () => {
    const now = Date.parse('2026-12-06T06:00:00Z');
    const clock = { ...open, kind: 'report_initial', recordEntity: 'event', workingDaysLeft: 0 };
    expect(countdown({ ...clock, dueAt: '2026-12-06T06:18:30Z' }, now)).toBe('剩18分钟');
    expect(countdown({ ...clock, dueAt: '2026-12-06T07:05:00Z' }, now)).toBe('剩1小时5分钟');
    expect(countdown({ ...clock, dueAt: '2026-12-06T05:48:00Z', overdue: true }, now)).toBe('已超时12分钟');
    expect(urgency({ ...clock, dueAt: '2026-12-06T06:18:30Z' }, now)).toBe('soon');
    expect(urgency({ ...clock, dueAt: '2026-12-06T07:05:00Z' }, now)).toBe('ok');
    // a deadline in days ends with the day in China, to the microsecond
    expect(countdown({ ...open, dueAt: '2026-12-08T15:59:59.999999Z' }, now)).toBe('剩3个工作日');
  });

  it('shows a closed one by its state', () => {
    expect(countdown({ ...open, state: 'done_on_time', stateLabel: '按时办结' })).toBe('按时办结');
  });

  it('marks what is overdue or due within two working days', () => {
    expect(urgency(open)).toBe('ok');
    expect(urgency({ ...open, workingDaysLeft: 2 })).toBe('soon');
    expect(urgency({ ...open, workingDaysLeft: -1, overdue: true })).toBe('overdue');
  });

  it('leads to the page where the record is dealt with', () => {
    expect(workPage(open)).toBe('/filings/inbox');
    expect(workPage({ ...open, kind: 'plan_filing', recordEntity: 'plan', recordId: 'p1' })).toBe('/plans/p1');
  });

  it('says where it comes from', () => {
    expect(origin(open)).toBe('潍城区报送');
    expect(origin({ ...open, kind: 'plan_filing', recordEntity: 'plan' })).toBe('印发后按期报送备案');
    expect(origin({ ...open, kind: 'plan_resubmission', recordEntity: 'plan', note: '退回原因：请补充专家评审意见' })).toBe(
      '退回原因：请补充专家评审意见',
    );
    expect(origin({ ...open, kind: 'corrective_action', recordEntity: 'drill_corrective_action', note: '演练：防汛演练' })).toBe(
      '演练：防汛演练',
    );
    expect(origin({ ...open, kind: 'campaign_task', recordEntity: 'campaign_task', note: '专项行动：预案修订' })).toBe(
      '专项行动：预案修订',
    );
    expect(origin({ ...open, kind: 'plan_evaluation', recordEntity: 'plan' })).toBe('按评估周期开展预案评估');
  });

  it('shows the on-time rate with one decimal, or a dash when nothing fell due', () => {
    expect(formatRate(87.5)).toBe('87.5%');
    expect(formatRate(100)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
  });
});
