import { describe, expect, it } from 'vitest';
import { policyItems, policySections } from './policy';

describe('policyItems', () => {
  it('labels known keys in Chinese with their unit', () => {
    expect(policyItems({ filing: { deadlineWorkingDays: 20 } })).toEqual([
      { key: 'filing.deadlineWorkingDays', label: '备案时限', value: '20 个工作日' },
    ]);
  });

  it('lists known keys in a fixed order whatever the order of the input', () => {
    const policy = { reporting: { writtenMinutes: 40 }, evaluation: { cycleYears: 3 }, filing: { deadlineWorkingDays: 20 } };
    expect(policyItems(policy).map((item) => `${item.label} ${item.value}`)).toEqual([
      '备案时限 20 个工作日',
      '预案评估周期 3 年',
      '书面报告时限 40 分钟',
    ]);
  });

  it('never shows a key without a Chinese label', () => {
    expect(policyItems({ zeta: 'abc', filing: { deadlineWorkingDays: 15, newRule: 2 } })).toEqual([
      { key: 'filing.deadlineWorkingDays', label: '备案时限', value: '15 个工作日' },
    ]);
  });

  it('shows coded values in words: materials, calendars', () => {
    const policy = { holidayCalendar: 'CN', filing: { requiredMaterials: { government: ['text', 'compilation_note'] } } };
    expect(policyItems(policy)).toEqual([
      { key: 'holidayCalendar', label: '节假日日历', value: '国务院公布的全国节假日安排' },
      { key: 'filing.requiredMaterials.government', label: '备案材料·政府及部门预案', value: '正文、编制说明' },
    ]);
  });

  it('labels the compliance weights', () => {
    expect(policyItems({ compliance: { weights: { plansFiled: 25 } } })).toEqual([
      { key: 'compliance.weights.plansFiled', label: '权重·应有预案备案率', value: '25' },
    ]);
  });

  it('formats booleans, plain lists, lists of rules and missing values', () => {
    const policy = {
      filing: {
        silenceCountsAsFiled: { enterprise: true, government: false },
        routes: [{ plan: 'general' }, { plan: 'special' }],
      },
      specialActions: { progressReportDaysOfMonth: [] },
      reporting: { writtenMinutes: null },
      drills: { perYear: { keyDepartment: [1, 2] } },
    };
    expect(policyItems(policy)).toEqual([
      { key: 'filing.silenceCountsAsFiled.government', label: '政府及部门预案逾期未答复视为已备案', value: '否' },
      { key: 'filing.silenceCountsAsFiled.enterprise', label: '企事业单位预案逾期未答复视为已备案', value: '是' },
      { key: 'filing.routes', label: '备案路由规则', value: '2 条' },
      { key: 'drills.perYear.keyDepartment', label: '重点部门演练每年不少于', value: '1、2' },
      { key: 'reporting.writtenMinutes', label: '书面报告时限', value: '无' },
      { key: 'specialActions.progressReportDaysOfMonth', label: '每月进展报送日', value: '无' },
    ]);
  });

  it('keeps the raw value of a known key that is not a number', () => {
    expect(policyItems({ filing: { deadlineWorkingDays: '按上级通知' } })[0]?.value).toBe('按上级通知');
  });


  it('returns nothing for an empty policy', () => {
    expect(policyItems({})).toEqual([]);
  });
});

describe('policySections', () => {
  it('groups items by their top-level key with Chinese titles', () => {
    const sections = policySections({
      holidayCalendar: 'CN',
      drills: { perYear: { countyComprehensive: 3 } },
      reporting: { initialPhoneMinutes: 20 },
      extra: { flag: true },
    });
    expect(sections.map((s) => [s.title, s.items.map((i) => `${i.label} ${i.value}`)])).toEqual([
      ['通用', ['节假日日历 国务院公布的全国节假日安排']],
      ['应急演练', ['县级综合演练每年不少于 3 次']],
      ['信息报送', ['电话初报时限 20 分钟']],
    ]);
  });
});
