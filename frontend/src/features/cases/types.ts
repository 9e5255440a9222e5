/** 典型案例库: the shapes of /api/v1/cases (docs/cases.md). */
import type { HitMatch, MatchMode } from '../../components/matching';

export type CaseStatus = 'draft' | 'reviewed' | 'published';
export type Severity = 'extraordinary' | 'major' | 'large' | 'general';

export interface Step {
  /** Local time in China, `YYYY-MM-DDTHH:mm:ss`. */
  at: string;
  description: string;
}

export interface Named {
  id: string;
  /** Absent when the viewer may not read the linked record. */
  name?: string | null;
}

export interface Case {
  id: string;
  tenantCode: string;
  tenantName: string;
  sharing: string;
  status: CaseStatus;
  statusLabel: string;
  title: string;
  eventType: string;
  severity: Severity;
  severityLabel: string;
  place: { code: string; name: string; province: string; city?: string | null; text: string };
  occurredOn: string;
  losses: {
    deaths?: number | null;
    injuries?: number | null;
    missing?: number | null;
    affected?: number | null;
    directLoss?: number | null;
    note: string;
  };
  summary: string;
  whatWorked: string;
  problems: string;
  lessons: string;
  source: string;
  timeline: Step[];
  plans: Named[];
  drills: Named[];
  actions: Named[];
  reviewedBy?: string | null;
  publishedBy?: string | null;
  publishedAt?: string | null;
  reviewNote?: string | null;
  /** 经典案例: designated when published; ranked first among the cases holding every word of a search. */
  classic: boolean;
  createdBy: string;
  own: boolean;
  canEdit: boolean;
  canPublish: boolean;
  canReturn: boolean;
  version: number;
}

export interface CaseRow {
  id: string;
  tenantName: string;
  title: string;
  eventType: string;
  severity: Severity;
  severityLabel: string;
  placeName: string;
  occurredOn: string;
  deaths?: number | null;
  status: CaseStatus;
  statusLabel: string;
  own: boolean;
}

export interface Page<T> {
  total: number;
  page: number;
  size: number;
  items: T[];
}

/** `POST /api/v1/cases`, `PUT /api/v1/cases/{id}` (with `version`). */
export interface CaseInput {
  title: string;
  eventType: string;
  severity: Severity;
  placeCode: string;
  placeText?: string;
  occurredOn: string;
  deaths?: number | null;
  injuries?: number | null;
  missing?: number | null;
  affected?: number | null;
  directLoss?: number | null;
  lossesNote?: string;
  summary?: string;
  whatWorked?: string;
  problems?: string;
  lessons?: string;
  source?: string;
  timeline: Step[];
  planIds: string[];
  drillIds: string[];
  actionIds: string[];
  version?: number;
}

export type CaseFacetName = 'event_type' | 'severity' | 'province' | 'city' | 'year';

export interface Bucket {
  key: string;
  count: number;
}

/** The search's parameters, as saved searches keep them. */
export interface SearchParams {
  q?: string;
  eventType?: string;
  severity?: string;
  region?: string;
  year?: string;
}

export interface CaseHit {
  id: string;
  title: string;
  tenantName: string;
  status: CaseStatus;
  eventType: string;
  severity: Severity;
  occurredOn: string;
  placeName: string;
  province: string;
  city?: string | null;
  deaths?: number | null;
  /** 经典案例. */
  classic: boolean;
  highlights?: Record<string, string[]> | null;
  /** `full`: holds every word; `partial`: some of them (no case holds all); `semantic`: found by meaning. */
  match?: HitMatch | null;
}

export interface CaseSearchResult {
  /** The hits holding every word (the facets count these). */
  total: number;
  /** The hits after them: found by some of the words (partial mode) or by meaning (语义检索). */
  others?: number;
  page: number;
  size: number;
  items: CaseHit[];
  facets: Partial<Record<CaseFacetName, Bucket[]>>;
  /** `partial` when no record holds every word (the hits are partial matches). */
  match?: MatchMode;
  /** Other words to try, when not even a partial match exists. */
  suggestions?: string[];
}

export interface SavedSearch {
  id: string;
  name: string;
  query: SearchParams;
  createdAt: string;
}

export type WorkflowAction = 'review' | 'publish' | 'withdraw';
