import { describe, expect, it } from 'vitest';
import { isPartial, matchNotice } from './matching';

describe('matchNotice', () => {
  it('says nothing about full matches, an empty result without suggestions, or no result yet', () => {
    expect(matchNotice({ total: 3, match: 'full' })).toBeNull();
    expect(matchNotice({ total: 0, match: 'partial', suggestions: [] })).toBeNull();
    expect(matchNotice(undefined)).toBeNull();
  });

  it('announces partial matches when there are some', () => {
    // no record holds every word: the partial matches (and those found by meaning) follow as others
    expect(matchNotice({ total: 0, others: 2, match: 'partial', suggestions: [] })).toBe('partial');
  });

  it('offers other words when nothing matched', () => {
    expect(matchNotice({ total: 0, others: 0, match: 'partial', suggestions: ['决口'] })).toBe('suggestions');
    expect(matchNotice({ total: 0, others: 1, match: 'partial', suggestions: ['决口'] })).toBe('partial');
  });
});

describe('isPartial', () => {
  it('marks partial hits only', () => {
    expect(isPartial({ match: 'partial' })).toBe(true);
    expect(isPartial({ match: 'full' })).toBe(false);
    expect(isPartial({})).toBe(false);
  });
});
