/** 合规看板 API shapes (backend cn.yingji.compliance, docs/compliance.md). */

export interface ComplianceRegion {
  code: string;
  name: string;
  tier: 'province' | 'city' | 'county';
}

/** A figure's column: key (the metric of /records), its group and label. */
export interface ComplianceColumn {
  key: string;
  group: string;
  label: string;
}

/** A child region rolled up over its subtree, the tenant's own records (本级, own) or the total. */
export interface ComplianceRow {
  tenantCode: string;
  tenantName: string;
  tier: ComplianceRegion['tier'];
  own: boolean;
  /** by column key; null when the month has no figures for the line */
  values: Record<string, number> | null;
  score: number | null;
  rank: number | null;
}

export interface Dashboard {
  tenant: ComplianceRegion;
  /** from the viewer's own tenant down to the tenant's parent */
  ancestors: ComplianceRegion[];
  month: string;
  asOf: string | null;
  computedAt: string | null;
  columns: ComplianceColumn[];
  weights: Record<string, number>;
  rows: ComplianceRow[];
  total: ComplianceRow;
}

export interface TrendPoint {
  month: string;
  values: Record<string, number> | null;
  score: number | null;
}

export interface Trend {
  tenant: ComplianceRegion;
  months: TrendPoint[];
}

/** One record behind a number; `link` is the app page that shows it. */
export interface ComplianceRecord {
  tenantCode: string | null;
  tenantName: string | null;
  kind: string;
  id: string | null;
  title: string;
  detail: string;
  date: string | null;
  link: string | null;
}

export interface ComplianceRecords {
  metric: string;
  label: string;
  tenant: ComplianceRegion;
  scope: 'own' | 'subtree';
  total: number;
  page: number;
  size: number;
  items: ComplianceRecord[];
}

/** What a click on a number asks for. */
export interface RecordsQuery {
  tenantCode: string;
  tenantName: string;
  metric: string;
  label: string;
  scope: 'own' | 'subtree';
}
