import { describe, expect, it } from 'vitest';
import { countIn, facetChanges, facetsIn, pageChanges, paramsWith } from './useUrlState';

describe("a list's state kept in the URL", () => {
  it('sets and removes values beside the others', () => {
    expect(paramsWith(new URLSearchParams('q=防汛&page=2'), { page: undefined, status: 'issued' }).toString()).toBe(
      'q=%E9%98%B2%E6%B1%9B&status=issued',
    );
    expect(paramsWith(new URLSearchParams('q=防汛'), { q: '' }).toString()).toBe('');
    expect(paramsWith(new URLSearchParams(''), { year: 2026 }).get('year')).toBe('2026');
  });

  it('reads whole numbers and falls back on anything else', () => {
    expect(countIn(new URLSearchParams('page=3'), 'page', 0)).toBe(3);
    expect(countIn(new URLSearchParams('page=-1'), 'page', 0)).toBe(0);
    expect(countIn(new URLSearchParams('page=abc'), 'page', 0)).toBe(0);
    expect(countIn(new URLSearchParams(''), 'size', 10)).toBe(10);
  });

  it('keeps facets under their names, or a prefix, and removes those no longer picked', () => {
    const names = ['category', 'status'] as const;
    expect(facetsIn(new URLSearchParams('category=general&other=x'), names)).toEqual({ category: 'general' });
    expect(facetsIn(new URLSearchParams('f.status=held&status=planned'), names, 'f.')).toEqual({ status: 'held' });
    expect(facetChanges({ status: 'issued' }, names)).toEqual({ category: undefined, status: 'issued' });
    expect(paramsWith(new URLSearchParams('category=general'), facetChanges({}, names)).toString()).toBe('');
  });

  it('writes neither the first page nor the default size', () => {
    expect(pageChanges(0, 10, 10)).toEqual({ page: undefined, size: undefined });
    expect(pageChanges(2, 50, 10)).toEqual({ page: 2, size: 50 });
  });
});
