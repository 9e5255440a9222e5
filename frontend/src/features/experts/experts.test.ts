import { describe, expect, it } from 'vitest';
import { expertSearchParams, invocationActions } from './experts';
import type { Invocation } from './types';

describe('expertSearchParams', () => {
  it('sends the words and the picked filters only', () => {
    expect(expertSearchParams({ q: ' 王 ', specialty: '地震', level: undefined, page: 1, size: 20 })).toBe(
      'q=%E7%8E%8B&specialty=%E5%9C%B0%E9%9C%87&page=1&size=20',
    );
  });
});

describe('invocationActions', () => {
  const invocation = (status: Invocation['status']): Invocation =>
    ({ tenantCode: '370702', expertTenantCode: '370000', status }) as Invocation;

  it('lets only the expert office answer an open request', () => {
    expect(invocationActions(invocation('requested'), '370000', true).respond).toBe(true);
    expect(invocationActions(invocation('requested'), '370702', true).respond).toBe(false);
    expect(invocationActions(invocation('accepted'), '370000', true).respond).toBe(false);
  });

  it('lets only the requester record work, then evaluate', () => {
    expect(invocationActions(invocation('accepted'), '370702', true)).toEqual({
      respond: false,
      workRecord: true,
      evaluate: false,
    });
    expect(invocationActions(invocation('completed'), '370702', true).evaluate).toBe(true);
    expect(invocationActions(invocation('completed'), '370700', true).evaluate).toBe(false);
    expect(invocationActions(invocation('completed'), '370702', false).evaluate).toBe(false);
  });
});
