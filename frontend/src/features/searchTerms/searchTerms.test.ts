import { describe, expect, it } from 'vitest';
import { canAddSearchTerms, parseTerms, termsProblem } from './searchTerms';

describe('parseTerms', () => {
  it('splits on the usual separators and drops empty parts', () => {
    expect(parseTerms('漫堤、洪水漫顶，漫顶; PM2.5  细颗粒物\n')).toEqual(['漫堤', '洪水漫顶', '漫顶', 'PM2.5', '细颗粒物']);
    expect(parseTerms(' 、 ')).toEqual([]);
  });
});

describe('termsProblem', () => {
  it('asks for two to twenty terms', () => {
    expect(termsProblem(['漫堤'])).toMatch(/2–20/);
    expect(termsProblem(Array.from({ length: 21 }, (_, i) => `词${i}`))).toMatch(/2–20/);
    expect(termsProblem(['漫堤', '洪水漫顶'])).toBeUndefined();
  });

  it('names a term too long or given twice', () => {
    expect(termsProblem(['漫堤', '堤'.repeat(21)])).toContain('超过 20 个字');
    expect(termsProblem(['漫堤', '🌊'.repeat(20)])).toBeUndefined();
    expect(termsProblem(['漫堤', '漫顶', '漫堤'])).toBe('检索词「漫堤」在本组中重复');
  });
});

describe('canAddSearchTerms', () => {
  const tenant = (tier: 'province' | 'city' | 'county') => ({ code: '370000', name: '山东省', tier, path: 'p37' });
  it('is the province admin only', () => {
    expect(canAddSearchTerms({ roles: ['tenant_admin'], tenant: tenant('province') })).toBe(true);
    expect(canAddSearchTerms({ roles: ['tenant_admin'], tenant: tenant('city') })).toBe(false);
    expect(canAddSearchTerms({ roles: ['province_official'], tenant: tenant('province') })).toBe(false);
  });
});
