import { describe, expect, it } from 'vitest';
import { templateActions, toTemplateInput } from './templates';

describe('templateActions', () => {
  it('edits and publishes own drafts only', () => {
    expect(templateActions({ own: true, published: false, kind: 'template' }, true)).toEqual({
      edit: true,
      publish: true,
      use: true,
    });
    expect(templateActions({ own: true, published: true, kind: 'template' }, true)).toEqual({
      edit: false,
      publish: false,
      use: true,
    });
  });

  it('starts plans from published templates of the tiers above, never from a guide', () => {
    expect(templateActions({ own: false, published: true, kind: 'template' }, true).use).toBe(true);
    expect(templateActions({ own: false, published: true, kind: 'guide' }, true).use).toBe(false);
  });

  it('offers nothing without the compiler role', () => {
    expect(Object.values(templateActions({ own: true, published: false, kind: 'template' }, false))).not.toContain(true);
  });
});

describe('toTemplateInput', () => {
  it('trims and fills what is missing', () => {
    expect(toTemplateInput({ kind: 'guide', title: ' 编修指南 ', description: '  ' })).toEqual({
      kind: 'guide',
      title: '编修指南',
      category: null,
      eventTypes: [],
      description: null,
      body: '',
    });
  });
});
