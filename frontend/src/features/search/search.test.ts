import { describe, expect, it } from 'vitest';
import { hitLink, searchPath, seeAllLink, statusLabel } from './search';
import type { SearchHit } from './types';

const hit: SearchHit = {
  id: 'a1/b',
  title: '张 三',
  tenantName: '山东省',
  status: 'issued',
  date: null,
  detail: null,
  snippets: [],
  match: null,
};

describe('unified search', () => {
  it('opens each kind on its own page, experts through the 专家库 search', () => {
    expect(hitLink('plan', hit)).toBe('/plans/a1%2Fb');
    expect(hitLink('case', hit)).toBe('/cases/a1%2Fb');
    expect(hitLink('drill', hit)).toBe('/drills/a1%2Fb');
    expect(hitLink('expert', hit)).toBe('/experts?q=%E5%BC%A0%20%E4%B8%89');
    expect(hitLink('event', hit)).toBe('/events/a1%2Fb');
    expect(hitLink('event_report', hit)).toBe('/reports/a1%2Fb');
    expect(hitLink('warning', hit)).toBe('/warnings/a1%2Fb');
  });

  it('labels statuses by kind and keeps unknown codes readable', () => {
    expect(statusLabel('plan', 'issued')).toBe('已印发');
    expect(statusLabel('drill', 'held')).toBe('已举办');
    expect(statusLabel('expert', 'available')).toBe('可调用');
    expect(statusLabel('plan', 'unheard_of')).toBe('unheard_of');
    expect(statusLabel('plan', null)).toBeUndefined();
    expect(statusLabel('event', 'closed')).toBe('已结案');
    expect(statusLabel('warning', 'superseded')).toBe('已更新');
  });

  it('sends 查看全部 to the own search of each kind, with the same words', () => {
    expect(seeAllLink('plan', ' 堤防 ')).toBe('/plans?q=%E5%A0%A4%E9%98%B2');
    expect(seeAllLink('case', '堤防')).toBe('/cases?q=%E5%A0%A4%E9%98%B2');
    expect(seeAllLink('drill', '堤防')).toBe('/drills?q=%E5%A0%A4%E9%98%B2');
    expect(seeAllLink('expert', '堤防')).toBe('/experts?q=%E5%A0%A4%E9%98%B2');
    // events, reports and warnings have lists of their own, not searches
    expect(seeAllLink('event_report', '堤防')).toBe('/events');
    expect(seeAllLink('warning', '堤防')).toBe('/warnings');
  });

  it('trims the words into the page address', () => {
    expect(searchPath('  堤防 决口 ')).toBe('/search?q=%E5%A0%A4%E9%98%B2%20%E5%86%B3%E5%8F%A3');
  });
});
