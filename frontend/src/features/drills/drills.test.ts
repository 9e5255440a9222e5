import { describe, expect, it } from 'vitest';
import {
  actionRegions,
  canUpdateAction,
  drillActions,
  drillFacetLabel,
  listParams,
  regionsBelow,
  searchParams,
  toDrillInput,
  triggerPlan,
  withStatus,
  yearOptions,
} from './drills';
import type { Drill } from './types';

const drill: Drill = {
  id: 'd1',
  tenantCode: '370700',
  tenantName: '潍坊市',
  sharing: 'up',
  title: '危险化学品泄漏联合演练',
  form: 'comprehensive',
  formLabel: '综合演练',
  status: 'planned',
  statusLabel: '计划中',
  planYear: 2026,
  plannedOn: '2026-06-01',
  heldOn: null,
  scenario: '',
  eventTypes: ['危险化学品'],
  organizerUnitId: 'u1',
  organizerUnitName: '潍坊市应急管理局',
  participatingUnits: [{ id: 'u2', name: '消防救援支队' }],
  participants: [
    { id: '370702', name: '潍城区' },
    { id: '370703', name: null },
  ],
  participantCount: 120,
  plans: [{ id: 'p1', name: '潍坊市危险化学品事故应急预案' }],
  summary: '',
  evaluation: null,
  own: true,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  actions: [],
};

describe('drillActions', () => {
  it('lets the organizer hold or cancel a planned drill, and evaluate and add actions once held', () => {
    expect(drillActions(drill, true)).toEqual({ edit: true, hold: true, cancel: true, evaluate: false, addAction: false });
    expect(drillActions({ ...drill, status: 'held' }, true)).toEqual({
      edit: true,
      hold: false,
      cancel: false,
      evaluate: true,
      addAction: true,
    });
    expect(drillActions({ ...drill, status: 'cancelled' }, true).edit).toBe(false);
  });

  it('offers nothing to a participant or to a reader without an officer role', () => {
    expect(Object.values(drillActions({ ...drill, own: false, status: 'held' }, true)).some(Boolean)).toBe(false);
    expect(Object.values(drillActions(drill, false)).some(Boolean)).toBe(false);
  });
});

describe('corrective actions', () => {
  const action = { own: false, assigned: true, planId: 'p1', triggerId: null };

  it('lets the organizer or the responsible region report progress', () => {
    expect(canUpdateAction(action, true)).toBe(true);
    expect(canUpdateAction({ own: true, assigned: false }, true)).toBe(true);
    expect(canUpdateAction({ own: false, assigned: false }, true)).toBe(false);
    expect(canUpdateAction(action, false)).toBe(false);
  });

  it('registers a revision trigger only on an own plan the action concerns, once', () => {
    expect(triggerPlan(action, true, ['p1'])).toBe('p1');
    expect(triggerPlan(action, true, ['p2'])).toBeUndefined();
    expect(triggerPlan({ ...action, planId: null }, true, ['p1'])).toBeUndefined();
    expect(triggerPlan({ ...action, triggerId: 't1' }, true, ['p1'])).toBeUndefined();
    expect(triggerPlan({ ...action, assigned: false }, true, ['p1'])).toBeUndefined();
  });

  it('assigns to the organizer or a participating region, named by code when unreadable', () => {
    expect(actionRegions(drill)).toEqual([
      { code: '370700', name: '潍坊市' },
      { code: '370702', name: '潍城区' },
      { code: '370703', name: '370703' },
    ]);
  });
});

describe('toDrillInput', () => {
  const values = {
    title: '  桌面推演  ',
    form: 'tabletop' as const,
    plannedOn: '2026-09-10',
    organizerUnitId: 'u1',
    summary: '  总结 ',
  };

  it('plans a drill with its date and year, and no held date', () => {
    expect(toDrillInput(values, 'planned')).toEqual({
      title: '桌面推演',
      form: 'tabletop',
      status: 'planned',
      planYear: 2026,
      plannedOn: '2026-09-10',
      heldOn: null,
      scenario: '',
      eventTypes: [],
      organizerUnitId: 'u1',
      participatingUnitIds: [],
      participantCodes: [],
      participantCount: null,
      planIds: [],
      summary: '总结',
      sharing: null,
      version: null,
    });
  });

  it('records a held drill without a planned date unless it was planned', () => {
    const input = toDrillInput({ ...values, heldOn: '2026-03-01' }, 'held');
    expect(input).toMatchObject({ status: 'held', heldOn: '2026-03-01', plannedOn: null, planYear: null });
    expect(input.version).toBeNull(); // a new drill: no version read
  });

  it('holds or cancels a planned drill by sending it whole with its version', () => {
    expect(withStatus(drill, 'held', '2026-06-02')).toMatchObject({
      status: 'held',
      heldOn: '2026-06-02',
      plannedOn: '2026-06-01',
      planYear: 2026,
      participantCodes: ['370702', '370703'],
      participatingUnitIds: ['u2'],
      planIds: ['p1'],
      participantCount: 120,
      sharing: 'up',
      version: 3,
    });
    expect(withStatus(drill, 'cancelled')).toMatchObject({ status: 'cancelled', heldOn: null, plannedOn: '2026-06-01' });
  });
});

describe('query strings', () => {
  it('lists a scope with the filters set, paged or (export) not', () => {
    const query = { scope: 'joint' as const, year: 2026, status: 'held', page: 1, size: 10 };
    expect(listParams(query)).toBe('scope=joint&year=2026&status=held&page=1&size=10');
    expect(listParams(query, false)).toBe('scope=joint&year=2026&status=held');
  });

  it('searches with the picked facets under the API names', () => {
    expect(
      searchParams({ q: ' 泄漏 ', facets: { event_types: '危险化学品', attention: 'actions_overdue' }, page: 0, size: 10 }),
    ).toBe('q=%E6%B3%84%E6%BC%8F&eventType=%E5%8D%B1%E9%99%A9%E5%8C%96%E5%AD%A6%E5%93%81&attention=actions_overdue&page=0&size=10');
    expect(searchParams({ q: '', facets: {}, page: 2, size: 10 })).toBe('page=2&size=10');
  });
});

describe('labels and options', () => {
  it('names facet buckets in Chinese', () => {
    expect(drillFacetLabel('form', 'tabletop')).toBe('桌面推演');
    expect(drillFacetLabel('status', 'held')).toBe('已举办');
    expect(drillFacetLabel('tier', 'county')).toBe('县级');
    expect(drillFacetLabel('attention', 'actions_overdue')).toBe('整改逾期');
    expect(drillFacetLabel('year', '2026')).toBe('2026');
  });

  it('invites only regions below the viewer, never its ancestors', () => {
    const tree = {
      root: {
        code: '370700',
        name: '潍坊市',
        tier: 'city' as const,
        children: [
          { code: '370702', name: '潍城区', tier: 'county' as const, children: [] },
          { code: '370703', name: '寒亭区', tier: 'county' as const, children: [] },
        ],
      },
    };
    expect(regionsBelow(tree).map((r) => r.code)).toEqual(['370702', '370703']);
  });

  it('offers next year and the years before', () => {
    expect(yearOptions(2026, 2)).toEqual([2027, 2026, 2025, 2024]);
  });
});
