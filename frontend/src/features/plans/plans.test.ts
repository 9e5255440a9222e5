import { describe, expect, it } from 'vitest';
import { zhCN } from '../../i18n/zh-CN';
import {
  EVALUATION_CONCLUSIONS,
  EVENT_TYPES,
  EVENT_TYPE_OPTIONS,
  PLAN_STATUSES,
  TRIGGER_KINDS,
  alignCandidates,
  categoryLabel,
  evaluationTag,
  exportParams,
  facetLabel,
  hitTags,
  highlightParts,
  isFutureDate,
  isFutureDay,
  planActions,
  searchParams,
  statusTag,
  tiersAbove,
  toPlanInput,
  todayIso,
} from './plans';
import type { PlanStatus } from './types';

describe('labels', () => {
  it('names categories and statuses in Chinese, unknown ones as they come', () => {
    expect(categoryLabel('major_event')).toBe('重大活动保障应急预案');
    expect(categoryLabel('other')).toBe('other');
    expect(statusTag('returned')).toEqual({ color: 'red', label: '已退回' });
    expect(statusTag('filed')).toEqual({ color: 'green', label: '已备案' });
    expect(statusTag('weird')).toEqual({ color: 'default', label: 'weird' });
    expect(statusTag('superseded').label).toBe('已被修订');
  });

  it('has a label and a colour for every status', () => {
    for (const status of PLAN_STATUSES) {
      expect(statusTag(status).label).not.toBe(status);
    }
  });

  it('names facet buckets by facet', () => {
    expect(facetLabel('category', 'special')).toBe('专项应急预案');
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
  const actions = (
    status: PlanStatus,
    viewer: { tenantCode: string | undefined; canCompile: boolean } = own,
    sharing = 'up',
    hasNewer = false,
  ) => planActions({ status, tenantCode: '370702', sharing }, viewer, hasNewer);
  const offered = (a: ReturnType<typeof actions>) =>
    Object.entries(a)
      .filter(([, on]) => on)
      .map(([name]) => name)
      .sort();

  it('offers edit, issue and alignment for a draft', () => {
    expect(offered(actions('draft'))).toEqual(['align', 'attach', 'edit', 'issue', 'removeFile']);
  });

  it('offers submit, revise, evaluate, publish and abolish once issued', () => {
    expect(offered(actions('issued'))).toEqual([
      'abolish', 'align', 'attach', 'evaluate', 'publish', 'removeFile', 'revise', 'submit',
    ]);
  });

  it('offers edit and resubmit after a return, but no revision of a returned version', () => {
    expect(offered(actions('returned'))).toEqual([
      'abolish', 'align', 'attach', 'edit', 'evaluate', 'publish', 'removeFile', 'submit',
    ]);
  });

  it('revises a filed version, not one under review', () => {
    expect(actions('filed').revise).toBe(true);
    expect(actions('submitted').revise).toBe(false);
    expect(offered(actions('submitted'))).toEqual(['abolish', 'align', 'evaluate', 'publish']);
  });

  it('adds or removes files only until the plan is submitted for filing', () => {
    for (const status of ['submitted', 'filed', 'superseded', 'abolished'] as const) {
      expect(actions(status).removeFile).toBe(false);
      expect(actions(status).attach).toBe(false);
    }
  });

  it('offers no second submission while one of this version is pending or filed', () => {
    expect(planActions({ status: 'issued', tenantCode: '370702' }, own, false, true).submit).toBe(false);
  });

  it('revises a version once: not when a newer version exists', () => {
    expect(actions('filed', own, 'up', true).revise).toBe(false);
  });

  it('publishes down only what is not shared down yet', () => {
    expect(actions('filed', own, 'vertical').publish).toBe(false);
    expect(actions('filed', own, 'public').publish).toBe(false);
  });

  it('offers nothing for a replaced or abolished version', () => {
    expect(offered(actions('superseded'))).toEqual([]);
    expect(offered(actions('abolished'))).toEqual([]);
  });

  it('is read-only for another tenant, e.g. the city looking at a county plan', () => {
    expect(offered(actions('filed', { tenantCode: '370700', canCompile: true }))).toEqual([]);
  });

  it('is read-only without the compiler role or before the tenant is known', () => {
    expect(Object.values(actions('draft', { tenantCode: '370702', canCompile: false }))).not.toContain(true);
    expect(Object.values(actions('draft', { tenantCode: undefined, canCompile: true }))).not.toContain(true);
  });
});

describe('evaluation and flags', () => {
  it('tags the evaluation state by urgency, nothing without a clock', () => {
    expect(evaluationTag({ evaluationState: 'overdue', evaluationStateLabel: '逾期未评估' })).toEqual({
      color: 'red',
      label: '逾期未评估',
    });
    expect(evaluationTag({ evaluationState: 'due_soon', evaluationStateLabel: null })).toEqual({
      color: 'orange',
      label: '临期',
    });
    expect(evaluationTag({ evaluationState: null, evaluationStateLabel: null })).toBeUndefined();
  });

  it('names the evaluation and 关注 facets', () => {
    expect(facetLabel('evaluation', 'overdue')).toBe('逾期未评估');
    expect(facetLabel('evaluation', 'due_soon')).toBe('临期');
    expect(facetLabel('flags', 'revision_triggered')).toBe('待修订');
    expect(facetLabel('flags', 'alignment_review')).toBe('需衔接复核');
    expect(facetLabel('flags', 'new_flag')).toBe('new_flag');
  });

  it('tags a hit with its flags and an overdue evaluation', () => {
    expect(hitTags({ flags: ['revision_triggered'], evaluationDueOn: '2026-01-01' }, '2026-03-01').map((t) => t.label)).toEqual([
      '待修订',
      '逾期未评估',
    ]);
    expect(hitTags({ flags: [], evaluationDueOn: '2026-03-01' }, '2026-03-01')).toEqual([]);
    expect(hitTags({ evaluationDueOn: null }, '2026-03-01')).toEqual([]);
  });

  it('knows a label for every trigger kind and conclusion', () => {
    expect(TRIGGER_KINDS).toHaveLength(9);
    for (const kind of TRIGGER_KINDS) {
      expect(zhCN.plans.trigger.kinds[kind]).toBeTruthy();
    }
    expect(EVALUATION_CONCLUSIONS.map((c) => zhCN.plans.evaluation.conclusions[c])).toEqual(['继续适用', '需要修订', '建议废止']);
  });
});

describe('alignment', () => {
  it('looks for upper plans in the tiers above only', () => {
    expect(tiersAbove('county')).toEqual(['city', 'province']);
    expect(tiersAbove('city')).toEqual(['province']);
    expect(tiersAbove('province')).toEqual([]);
  });

  it('offers other tenants\' versions in force', () => {
    const hits = [
      { id: 'a', tenantCode: '370700', status: 'filed' },
      { id: 'b', tenantCode: '370700', status: 'draft' },
      { id: 'c', tenantCode: '370702', status: 'filed' },
      { id: 'd', tenantCode: '370000', status: 'superseded' },
      { id: 'e', tenantCode: '370000', status: 'issued' },
    ];
    expect(alignCandidates(hits, '370702').map((h) => h.id)).toEqual(['a', 'e']);
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
      jointBasis: null,
      participantCodes: [],
      campaignTaskId: null,
    });
  });

  it('sends the joint fields for a joint plan only', () => {
    const joint = {
      title: 't',
      category: 'joint' as const,
      ownerUnitId: 'u1',
      jointBasis: 'special' as const,
      participantCodes: [' 370703', '370703', ''],
      campaignTaskId: 'task-1',
    };
    expect(toPlanInput(joint)).toMatchObject({ jointBasis: 'special', participantCodes: ['370703'], campaignTaskId: 'task-1' });
    expect(toPlanInput({ ...joint, category: 'special' })).toMatchObject({ jointBasis: null, participantCodes: [] });
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
    expect(searchParams({ q: '  ', sort: 'relevance', page: 0, size: 20 })).toBe('sort=relevance&page=0&size=20&facets=true');
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
      facets: 'true',
    });
  });

  it('passes the evaluation and flag filters, and exports without paging', () => {
    const query = { q: '', evaluation: 'overdue', flag: 'alignment_review', sort: 'date' as const, page: 3, size: 10 };
    expect(Object.fromEntries(new URLSearchParams(searchParams(query)))).toMatchObject({
      evaluation: 'overdue',
      flag: 'alignment_review',
    });
    expect(exportParams(query)).toBe('evaluation=overdue&flag=alignment_review&sort=date');
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

  it('tells future days of a date picker apart', () => {
    const day = (iso: string) => ({ format: (template: string) => (template === 'YYYY-MM-DD' ? iso : '') });
    expect(isFutureDay(day('2999-01-01'))).toBe(true);
    expect(isFutureDay(day(todayIso()))).toBe(false);
  });
});

describe('EVENT_TYPE_OPTIONS', () => {
  it('offers every event type under its own name', () => {
    expect(EVENT_TYPE_OPTIONS.map((o) => o.value)).toEqual(EVENT_TYPES);
    expect(EVENT_TYPE_OPTIONS.every((o) => o.label === o.value)).toBe(true);
  });
});
