/** 合规看板 API shapes (backend cn.yingji.compliance, docs/compliance.md), generated from the API document. */
import type { Schemas } from '../../api/schemas';

/** A region as the dashboard names it; `tier` is `province`, `city` or `county`. */
export type ComplianceRegion = Schemas['ComplianceService.Region'];

/** A figure's column: key (the metric of /records), its group and label. */
export type ComplianceColumn = Schemas['ComplianceService.Column'];

/**
 * A child region rolled up over its subtree, the tenant's own records (本级, own) or the total; `values` by column key,
 * null when the month has no figures for the line.
 */
export type ComplianceRow = Schemas['ComplianceService.Row'];

export type Dashboard = Schemas['ComplianceService.Dashboard'];

export type TrendPoint = Schemas['ComplianceService.TrendPoint'];

export type Trend = Schemas['ComplianceService.Trend'];

/** One record behind a number; `link` is the app page that shows it. */
export type ComplianceRecord = Schemas['ComplianceLedger.Entry'];

export type ComplianceRecords = Schemas['ComplianceService.Records'];

/** What a click on a number asks for. */
export interface RecordsQuery {
  tenantCode: string;
  tenantName: string;
  metric: string;
  label: string;
  scope: 'own' | 'subtree';
}
