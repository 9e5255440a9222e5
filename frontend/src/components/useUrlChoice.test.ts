import { describe, expect, it } from 'vitest';
import { choiceIn, withChoice } from './useUrlChoice';

const STATES = ['', 'open', 'overdue', 'done'] as const;

describe('a choice kept in the URL', () => {
  it('reads a known value, and falls back on a missing or unknown one', () => {
    expect(choiceIn(new URLSearchParams('state=overdue'), 'state', STATES, 'open')).toBe('overdue');
    expect(choiceIn(new URLSearchParams('state='), 'state', STATES, 'open')).toBe('');
    expect(choiceIn(new URLSearchParams(''), 'state', STATES, 'open')).toBe('open');
    expect(choiceIn(new URLSearchParams('state=late'), 'state', STATES, 'open')).toBe('open');
  });

  it('writes the choice beside the other parameters, and not the fallback', () => {
    expect(withChoice(new URLSearchParams('scope=own'), 'state', 'done', 'open').toString()).toBe('scope=own&state=done');
    expect(withChoice(new URLSearchParams('scope=own&state=done'), 'state', 'open', 'open').toString()).toBe('scope=own');
    expect(withChoice(new URLSearchParams('state=open'), 'state', '', 'open').toString()).toBe('state=');
  });
});
