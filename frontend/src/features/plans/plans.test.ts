import { describe, expect, it } from 'vitest';
import {
  EVENT_TYPES,
  PLAN_STATUSES,
  categoryLabel,
  facetLabel,
  highlightParts,
  isFutureDate,
  planActions,
  searchParams,
  statusTag,
  toPlanInput,
  todayIso,
} from './plans';
import type { PlanStatus } from './types';

describe('labels', () => {
  it('names categories and statuses in Chinese, unknown ones as they come', () => {
    expect(categoryLabel('major_event')).toBe('重大活动预案');
    expect(categoryLabel('other')).toBe('other');
    expect(statusTag('returned')).toEqual({ color: 'red', label: '已退回' });
    expect(statusTag('filed')).toEqual({ color: 'green', label: '已备案' });
    expect(statusTag('weird')).toEqual({ color: 'default', label: 'weird' });
  });

  it('has a label and a colour for every status', () => {
    for (const status of PLAN_STATUSES) {
      expect(statusTag(status).label).not.toBe(status);
    }
  });

  it('names facet buckets by facet', () => {
    expect(facetLabel('category', 'special')).toBe('专项预案');
    expect(facetLabel('status', 'submitted')).toBe('已报备');
    expect(facetLabel('tier', 'county')).toBe('县级');
    expect(facetLabel('event_types', '危险化学品')).toBe('危险化学品');
  });

  it('knows the event types once each', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    expect(EVENT_TYPES).toContain('危险化学品');
  });
});

describe('highlightParts', () => {
  it('marks what lies between <em> and </em>', () => {
    expect(highlightParts('潍城区<em>危险化学品</em>事故应急预案')).toEqual([
      { text: '潍城区', hit: false },
      { text: '危险化学品', hit: true },
      { text: '事故应急预案', hit: false },
    ]);
  });

  it('joins adjacent marks (Chinese is highlighted per character)', () => {
    expect(highlightParts('<em>危</em><em>险</em>品')).toEqual([
      { text: '危险', hit: true },
      { text: '品', hit: false },
    ]);
  });

  it('turns escaped markup back into plain characters, never into elements', () => {
    const parts = highlightParts('&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; &amp; <em>火灾</em>');
    expect(parts).toEqual([
      { text: '<script>alert("x")</script> & ', hit: false },
      { text: '火灾', hit: true },
    ]);
  });

  it('keeps any other tag as text', () => {
    expect(highlightParts('<b>粗</b><em onclick="x">a</em>')).toEqual([
      { text: '<b>粗</b><em onclick="x">a', hit: false },
    ]);
  });

  it('decodes an entity once only', () => {
    expect(highlightParts('&amp;lt;')).toEqual([{ text: '&lt;', hit: false }]);
  });

  it('gives nothing for an empty fragment', () => {
    expect(highlightParts('')).toEqual([]);
  });
});

describe('planActions', () => {
  const own = { tenantCode: '370702', canCompile: true };
  const actions = (status: PlanStatus, viewer: { tenantCode: string | undefined; canCompile: boolean } = own) => planActions({ status, tenantCode: '370702' }, viewer);

  it('offers edit and issue for a draft', () => {
    expect(actions('draft')).toEqual({ edit: true, issue: true, submit: false, abolish: false });
  });

  it('offers submit and abolish once issued', () => {
    expect(actions('issued')).toEqual({ edit: false, issue: false, submit: true, abolish: true });
  });

  it('offers edit, resubmit and abolish after a return', () => {
    expect(actions('returned')).toEqual({ edit: true, issue: false, submit: true, abolish: true });
  });

  it('offers only abolish while submitted or filed, and nothing once abolished', () => {
    expect(actions('submitted')).toEqual({ edit: false, issue: false, submit: false, abolish: true });
    expect(actions('filed')).toEqual({ edit: false, issue: false, submit: false, abolish: true });
    expect(actions('abolished')).toEqual({ edit: false, issue: false, submit: false, abolish: false });
  });

  it('is read-only for another tenant, e.g. the city looking at a county plan', () => {
    expect(actions('draft', { tenantCode: '370700', canCompile: true })).toEqual({
      edit: false,
      issue: false,
      submit: false,
      abolish: false,
    });
  });

  it('is read-only without the compiler role or before the tenant is known', () => {
    expect(Object.values(actions('draft', { tenantCode: '370702', canCompile: false }))).not.toContain(true);
    expect(Object.values(actions('draft', { tenantCode: undefined, canCompile: true }))).not.toContain(true);
  });
});

describe('toPlanInput', () => {
  it('trims and sends empty optional fields as null', () => {
    expect(
      toPlanInput({ title: '  潍城区防汛应急预案 ', category: 'special', ownerUnitId: 'u1', summary: '   ' }),
    ).toEqual({
      title: '潍城区防汛应急预案',
      category: 'special',
      eventTypes: [],
      ownerUnitId: 'u1',
      leadUnitId: null,
      summary: null,
    });
  });

  it('keeps what was given', () => {
    expect(
      toPlanInput({
        title: 't',
        category: 'general',
        eventTypes: ['地震'],
        ownerUnitId: 'u1',
        leadUnitId: 'u2',
        summary: ' 摘要 ',
      }),
    ).toMatchObject({ eventTypes: ['地震'], leadUnitId: 'u2', summary: '摘要' });
  });
});

describe('searchParams', () => {
  it('leaves out what is not set', () => {
    expect(searchParams({ q: '  ', sort: 'relevance', page: 0, size: 20 })).toBe('sort=relevance&page=0&size=20');
  });

  it('encodes the query and the filters', () => {
    const params = new URLSearchParams(
      searchParams({ q: '危险化学品 ', category: 'special', eventType: '火灾', tier: 'county', sort: 'date', page: 2, size: 10 }),
    );
    expect(Object.fromEntries(params)).toEqual({
      q: '危险化学品',
      category: 'special',
      eventType: '火灾',
      tier: 'county',
      sort: 'date',
      page: '2',
      size: '10',
    });
  });
});

describe('dates', () => {
  it('formats today in the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('tells future dates apart', () => {
    expect(isFutureDate('2026-01-06', '2026-01-05')).toBe(true);
    expect(isFutureDate('2026-01-05', '2026-01-05')).toBe(false);
  });
});
