import { describe, expect, it } from 'vitest';
import { access } from '../../access';
import { breadcrumbOf, menuFor, pageOf, pageTitle, PAGES, selectedKey } from './menu';

const labels = (entries: ReturnType<typeof menuFor>): unknown[] =>
  entries.map((e) => (e.children ? { [e.label]: e.children.map((c) => c.label) } : e.label));

describe('the pages, declared once', () => {
  it('name the page in the browser tab, a fixed path before a pattern', () => {
    expect(pageTitle('/notifications')).toBe('消息中心 - 应急管理平台·应急');
    expect(pageTitle('/drills/compliance')).toBe('演练频次 - 应急管理平台·应急');
    expect(pageTitle('/drills/0c1d')).toBe('演练详情 - 应急管理平台·应急');
    expect(pageTitle('/plans/0c1d')).toBe('预案详情 - 应急管理平台·应急');
    expect(pageTitle('/')).toBe('工作台 - 应急管理平台·应急');
    expect(pageTitle('/expert-invocations', access(['expert']))).toBe('我的邀请 - 应急管理平台·应急');
    expect(pageOf('/no-such-page')).toBeUndefined();
  });

  it('give every path and key once', () => {
    expect(new Set(PAGES.map((p) => p.path)).size).toBe(PAGES.length);
    expect(new Set(PAGES.map((p) => p.key)).size).toBe(PAGES.length);
  });

  it('group a county officer’s menu by area of work, 工作台 first', () => {
    expect(labels(menuFor(access(['county_officer'])))).toEqual([
      '工作台',
      { 值守与报送: ['信息接报', '事件信息', '值班排班', '值班日志与交接班', '查岗', '预警发布', '信息快报', '报送核查'] },
      { 预案与备案: ['预案管理', '模板与指南', '编修专项行动'] },
      { 演练: ['应急演练', '整改措施', '演练频次'] },
      { 专家: ['专家库', '专家调用'] },
      { 案例: ['典型案例库'] },
      { 监督考核: ['合规看板'] },
      { 系统管理: ['行政区划', '组织单位', '检索同义词', '适用制度'] },
      '消息中心',
      '个人中心',
    ]);
  });

  it('show an informant its 信息上报 and nothing of the office', () => {
    expect(labels(menuFor(access(['informant'])))).toEqual([
      '工作台',
      { 值守与报送: ['信息上报'] },
      { 案例: ['典型案例库'] },
      { 系统管理: ['行政区划', '适用制度'] },
      '消息中心',
      '个人中心',
    ]);
  });

  it('show an expert only what it uses: no office area', () => {
    expect(labels(menuFor(access(['expert'])))).toEqual([
      '工作台',
      { 专家: ['专家库', '我的邀请'] },
      { 案例: ['典型案例库'] },
      { 系统管理: ['行政区划', '适用制度'] },
      '消息中心',
      '个人中心',
    ]);
    expect(labels(menuFor(access(['reviewer'])))).toContainEqual({ 预案与备案: ['预案管理', '备案审查', '模板与指南', '编修专项行动'] });
  });

  it('lead a detail page back to its list', () => {
    expect(selectedKey('/plans/0c1d')).toBe('/plans');
    expect(selectedKey('/drills/compliance')).toBe('/drills/compliance');
    expect(breadcrumbOf('/plans/0c1d')).toEqual([
      { title: '预案与备案' },
      { title: '预案管理', path: '/plans' },
      { title: '预案详情' },
    ]);
    expect(breadcrumbOf('/settings')).toEqual([{ title: '系统管理' }, { title: '适用制度' }]);
    expect(breadcrumbOf('/compliance/370700')).toEqual([{ title: '监督考核' }, { title: '合规看板' }]);
    expect(breadcrumbOf('/')).toEqual([]);
  });
});
