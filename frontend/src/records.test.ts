import { describe, expect, it } from 'vitest';
import { recordPage } from './records';

describe('recordPage', () => {
  it('opens a plan, drill or case on its own page and a filing in the inbox', () => {
    expect(recordPage('plan', 'a b')).toBe('/plans/a%20b');
    expect(recordPage('drill', 'd1')).toBe('/drills/d1');
    expect(recordPage('case', 'c1')).toBe('/cases/c1');
    expect(recordPage('filing', 'f1')).toBe('/filings/inbox');
    expect(recordPage('expert_invocation', 'i1')).toBe('/expert-invocations');
  });

  it('opens a corrective action or a campaign task in the list it is worked in', () => {
    expect(recordPage('drill_corrective_action', 'a1')).toBe('/corrective-actions');
    expect(recordPage('campaign_task', 't1')).toBe('/campaigns');
    expect(recordPage('org_unit', 'u1')).toBe('/drills/compliance');
  });

  it('opens an event and a report on the event page, an intake item on the duty console', () => {
    expect(recordPage('event', 'e1')).toBe('/events/e1');
    expect(recordPage('event_report', 'r1')).toBe('/reports/r1');
    expect(recordPage('instruction', 'n1')).toBe('/instructions/n1');
    expect(recordPage('spot_check', 'c1')).toBe('/duty/spot-checks');
    expect(recordPage('duty_handover', 'h1')).toBe('/duty/log');
    expect(recordPage('warning', 'w1')).toBe('/warnings/w1');
    expect(recordPage('intake_item', 'i1')).toBe('/duty/console');
    expect(recordPage('report_finding', 'f1')).toBe('/report-findings');
  });

  it('falls back to the workbench for a record without a page', () => {
    expect(recordPage(null, null)).toBe('/');
    expect(recordPage('obligation', 'x')).toBe('/');
  });
});
