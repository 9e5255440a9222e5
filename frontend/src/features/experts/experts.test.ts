import { describe, expect, it } from 'vitest';
import { expertSearchParams, invocationActions } from './experts';
import type { Invocation } from './types';

describe('expertSearchParams', () => {
  it('sends the words and the picked filters only', () => {
    expect(expertSearchParams({ q: ' 王 ', specialty: '地震', level: undefined, page: 1, size: 20 })).toBe(
      'q=%E7%8E%8B&specialty=%E5%9C%B0%E9%9C%87&page=1&size=20&facets=true',
    );
  });
});

describe('invocationActions', () => {
  const invocation = (status: Invocation['status'], expertAnswers = false): Invocation =>
    ({ tenantCode: '370702', expertTenantCode: '370000', status, expertAnswers }) as Invocation;
  const OFFICE = { canInvokeExperts: true, answersOwnInvitations: false };
  const NOBODY = { canInvokeExperts: false, answersOwnInvitations: false };
  const EXPERT = { canInvokeExperts: false, answersOwnInvitations: true };

  it('lets the expert answer its own invitation and record its work, and the office no longer answer for it', () => {
    expect(invocationActions(invocation('requested', true), '370000', EXPERT)).toEqual({
      respond: true,
      workRecord: false,
      evaluate: false,
    });
    expect(invocationActions(invocation('accepted', true), '370000', EXPERT).workRecord).toBe(true);
    expect(invocationActions(invocation('completed', true), '370000', EXPERT)).toEqual({
      respond: false,
      workRecord: false,
      evaluate: false,
    });
    expect(invocationActions(invocation('requested', true), '370000', OFFICE).respond).toBe(false);
  });

  it('lets only the expert office answer an open request', () => {
    expect(invocationActions(invocation('requested'), '370000', OFFICE).respond).toBe(true);
    expect(invocationActions(invocation('requested'), '370702', OFFICE).respond).toBe(false);
    expect(invocationActions(invocation('accepted'), '370000', OFFICE).respond).toBe(false);
  });

  it('lets only the requester record work, then evaluate', () => {
    expect(invocationActions(invocation('accepted'), '370702', OFFICE)).toEqual({
      respond: false,
      workRecord: true,
      evaluate: false,
    });
    expect(invocationActions(invocation('completed'), '370702', OFFICE).evaluate).toBe(true);
    expect(invocationActions(invocation('completed'), '370700', OFFICE).evaluate).toBe(false);
    expect(invocationActions(invocation('completed'), '370702', NOBODY).evaluate).toBe(false);
  });
});
