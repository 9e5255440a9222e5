import { describe, expect, it } from 'vitest';
import { cellText, columnGroups, formatScore, recentMonths, recordsQuery, tableLines } from './compliance';
import type { ComplianceRow, Dashboard } from './types';

const columns = [
  { key: 'plans-required', group: '预案', label: '应有预案' },
  { key: 'plans-filed', group: '预案', label: '应有已备案' },
  { key: 'drill-items', group: '演练', label: '应演练对象' },
];
const line = (code: string, name: string, own: boolean, values: Record<string, number> | null): ComplianceRow => ({
  tenantCode: code,
  tenantName: name,
  tier: 'city',
  own,
  values,
  score: values ? 50 : null,
  rank: null,
});
const own = line('370700', '潍坊市（本级）', true, { 'plans-required': 7 });
const child = line('370702', '潍城区', false, null);
const [required, filed] = [columns[0]!, columns[1]!];
const dashboard: Dashboard = {
  tenant: { code: '370700', name: '潍坊市', tier: 'city' },
  ancestors: [{ code: '370000', name: '山东省', tier: 'province' }],
  month: '2026-01',
  asOf: '2026-01-15',
  computedAt: null,
  columns,
  weights: {},
  rows: [own, child],
  total: line('370700', '合计', false, { 'plans-required': 12 }),
};

describe('合规看板 helpers', () => {
  it('lists 本级, the children and the total, as the export does', () => {
    expect(tableLines(dashboard).map((r) => r.tenantName)).toEqual(['潍坊市（本级）', '潍城区', '合计']);
  });

  it('shows a dash for a line without figures and 0 for a figure not counted', () => {
    expect(cellText(child, required)).toBe('无数据');
    expect(cellText(own, filed)).toBe('0');
    expect(formatScore(null)).toBe('无数据');
    expect(formatScore(58.5)).toBe('58.5');
    expect(formatScore(20)).toBe('20.0');
  });

  it('opens the own records for 本级 and the subtree for a child or the total', () => {
    expect(recordsQuery(dashboard, own, required).scope).toBe('own');
    expect(recordsQuery(dashboard, child, required)).toMatchObject({ tenantCode: '370702', scope: 'subtree' });
    expect(recordsQuery(dashboard, dashboard.total, required)).toMatchObject({
      tenantCode: '370700',
      tenantName: '潍坊市（合计）',
      scope: 'subtree',
    });
  });

  it('offers the twelve months up to the current one across a year boundary', () => {
    expect(recentMonths('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(recentMonths('2026-11')).toHaveLength(12);
  });

  it('groups adjacent columns under their header', () => {
    expect(columnGroups(columns).map((g) => [g.group, g.columns.length])).toEqual([
      ['预案', 2],
      ['演练', 1],
    ]);
  });
});
