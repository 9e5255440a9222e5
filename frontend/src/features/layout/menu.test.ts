import { describe, expect, it } from 'vitest';
import { pageTitle } from './menu';

describe('pageTitle', () => {
  it('names the page by its menu entry, the longest match winning', () => {
    expect(pageTitle('/notifications')).toBe('消息中心 - 应急管理平台·应急');
    expect(pageTitle('/drills/compliance')).toBe('演练频次 - 应急管理平台·应急');
    expect(pageTitle('/plans/0c1d')).toBe('预案管理 - 应急管理平台·应急');
    expect(pageTitle('/')).toBe('工作台 - 应急管理平台·应急');
  });
});
