import type { ComplianceColumn, ComplianceRow, Dashboard, RecordsQuery } from './types';

/** The lines of the table as on screen and in the export: 本级, the child regions, then 合计. */
export function tableLines(d: Dashboard): ComplianceRow[] {
  return [...d.rows, d.total];
}

/** What a score or a figure without data shows (docs/compliance.md): never 0.0 or an unearned score. */
export const NO_DATA = '无数据';

/** A score as shown: one decimal, or 无数据 when the region has no records to measure. */
export function formatScore(score: number | null): string {
  return score == null ? NO_DATA : score.toFixed(1);
}

/** The cell text of a figure: the count, or 无数据 for a month without figures. */
export function cellText(row: ComplianceRow, column: ComplianceColumn): string {
  return row.values == null ? NO_DATA : String(row.values[column.key] ?? 0);
}

/**
 * What a click on a number of `row` lists: the tenant's own records for the 本级 line, the region and everything
 * below it for a child's line and for the total.
 */
export function recordsQuery(d: Dashboard, row: ComplianceRow, column: ComplianceColumn): RecordsQuery {
  const total = row === d.total;
  return {
    tenantCode: row.tenantCode,
    tenantName: total ? `${d.tenant.name}（合计）` : row.tenantName,
    metric: column.key,
    label: column.label,
    scope: row.own ? 'own' : 'subtree',
  };
}

/** The last `count` months up to `month` (yyyy-MM), newest first, for the month picker. */
export function recentMonths(month: string, count = 12): string[] {
  const [year = 1970, mon = 1] = month.split('-').map(Number);
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(year, mon - 1 - i, 1));
    result.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return result;
}

/** Columns grouped as the table header shows them (预案, 演练, …), in order. */
export function columnGroups(columns: ComplianceColumn[]): { group: string; columns: ComplianceColumn[] }[] {
  const groups: { group: string; columns: ComplianceColumn[] }[] = [];
  for (const c of columns) {
    const last = groups.at(-1);
    if (last && last.group === c.group) {
      last.columns.push(c);
    } else {
      groups.push({ group: c.group, columns: [c] });
    }
  }
  return groups;
}
