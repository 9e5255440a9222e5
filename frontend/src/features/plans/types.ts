/** `category` of a plan (docs/contracts.md). */
export type PlanCategory = 'general' | 'special' | 'department' | 'grassroots' | 'enterprise' | 'major_event' | 'joint';

/** Lifecycle: draft 编制 → issued 印发 → submitted 报备 → filed 已备案 | returned 退回; abolished 废止. */
export type PlanStatus = 'draft' | 'issued' | 'submitted' | 'filed' | 'returned' | 'abolished';

/** `GET /api/v1/plans/{id}` */
export interface Plan {
  id: string;
  tenantCode: string;
  sharing: string;
  seriesId: string;
  versionNo: number;
  previousVersionId: string | null;
  title: string;
  category: PlanCategory;
  eventTypes: string[];
  ownerUnitId: string;
  leadUnitId: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  summary: string | null;
  status: PlanStatus;
  statusLabel: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/v1/plans`; `PUT /api/v1/plans/{id}` adds the `version` that was read. */
export interface PlanInput {
  title: string;
  category: PlanCategory;
  eventTypes: string[];
  ownerUnitId: string;
  leadUnitId: string | null;
  summary: string | null;
}

/** An edit keeps the 文号 and 印发日期 it read (a returned plan was issued; the form does not change them). */
export interface PlanUpdate extends PlanInput {
  docNumber: string | null;
  issuedOn: string | null;
  version: number;
}

/** The facets `GET /api/v1/plans/search` counts. */
export type FacetName = 'category' | 'status' | 'event_types' | 'tier';

export interface Bucket {
  key: string;
  count: number;
}

/** One hit of `GET /api/v1/plans/search`; highlights are HTML-escaped with `<em>` marks. */
export interface PlanHit {
  id: string;
  title: string;
  tenantCode: string;
  tenantName: string;
  category: PlanCategory;
  status: PlanStatus;
  eventTypes: string[];
  docNumber: string | null;
  issuedOn: string | null;
  highlights?: { title?: string[]; summary?: string[] };
}

export interface PlanSearchResult {
  total: number;
  page: number;
  size: number;
  items: PlanHit[];
  facets: Partial<Record<FacetName, Bucket[]>>;
}

export type SearchSort = 'relevance' | 'date';

/** What the 预案管理 page asks for. */
export interface PlanSearchQuery {
  q: string;
  category?: string;
  status?: string;
  eventType?: string;
  tier?: string;
  sort: SearchSort;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

/** `GET /api/v1/plans/{id}/timeline` */
export interface TimelineEntry {
  at: string;
  actor: string;
  action: string;
  label: string;
}
