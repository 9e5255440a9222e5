import { describe, expect, it } from 'vitest';
import {
  IdempotencyKeys,
  canDecide,
  filingStatusTag,
  hasReceipt,
  isRetryable,
  missingMaterials,
  receiptFileName,
} from './filings';

describe('filingStatusTag', () => {
  it('colours and names each status', () => {
    expect(filingStatusTag('pending')).toEqual({ color: 'gold', label: '待审查' });
    expect(filingStatusTag('filed')).toEqual({ color: 'green', label: '已备案' });
    expect(filingStatusTag('returned')).toEqual({ color: 'red', label: '已退回' });
    expect(filingStatusTag('odd')).toEqual({ color: 'default', label: 'odd' });
  });
});

describe('decisions and receipts', () => {
  it('offers the receipt only for accepted filings', () => {
    expect(hasReceipt({ status: 'filed' })).toBe(true);
    expect(hasReceipt({ status: 'pending' })).toBe(false);
    expect(hasReceipt({ status: 'returned' })).toBe(false);
  });

  it('lets a reviewer decide pending filings only', () => {
    expect(canDecide({ status: 'pending' }, true)).toBe(true);
    expect(canDecide({ status: 'filed' }, true)).toBe(false);
    expect(canDecide({ status: 'pending' }, false)).toBe(false);
  });

  it('names the receipt file after the plan and the filing number, safely', () => {
    expect(
      receiptFileName({
        id: 'f1',
        planTitle: '潍城区 危险化学品/事故预案',
        decision: {
          decision: 'accepted',
          reason: null,
          filingNumber: '潍备〔2026〕3号',
          verificationCode: 'X',
          decidedAt: '',
          decidedBy: '',
        },
      }),
    ).toBe('备案回执-潍城区_危险化学品_事故预案-潍备〔2026〕3号.pdf');
    expect(receiptFileName({ id: 'f1', planTitle: 'p', decision: null })).toBe('备案回执-p-f1.pdf');
  });
});

describe('IdempotencyKeys', () => {
  it('reuses the key until the request is settled', () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `k${++n}`);
    expect(keys.next()).toBe('k1');
    expect(keys.next()).toBe('k1');
    keys.settle();
    expect(keys.next()).toBe('k2');
  });

  it('produces UUIDs by default', () => {
    expect(new IdempotencyKeys().next()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('retries only what the server may not have seen or failed on', () => {
    expect(isRetryable(0)).toBe(true);
    expect(isRetryable(503)).toBe(true);
    expect(isRetryable(409)).toBe(false);
    expect(isRetryable(400)).toBe(false);
  });
});

describe('missingMaterials', () => {
  it('lists the required materials not yet uploaded, and nothing while the list is unknown', () => {
    const materials = [
      { role: 'text', label: '预案正文', required: true, present: true },
      { role: 'compilation_note', label: '编制说明', required: true, present: false },
      { role: 'handbook', label: '工作手册', required: false, present: false },
    ] as const;
    expect(missingMaterials([...materials]).map((m) => m.role)).toEqual(['compilation_note']);
    expect(missingMaterials([{ ...materials[1], present: true }])).toEqual([]);
    expect(missingMaterials(undefined)).toEqual([]);
  });
});
