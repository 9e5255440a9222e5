/** 典型案例库: the shapes of /api/v1/cases (docs/cases.md). */
import type { Narrowed, Schemas } from '../../api/schemas';
import type { HitMatch, HybridResult } from '../../components/matching';

export type CaseStatus = 'draft' | 'reviewed' | 'published';
export type Severity = 'extraordinary' | 'major' | 'large' | 'general';

/** 处置过程的一步: `at` is local time in China, `YYYY-MM-DDTHH:mm:ss`. */
export type Step = Schemas['CaseViews.Step'];

/** A linked record; `name` is null when the viewer may not read it. */
export type Named = Schemas['CaseViews.Named'];

export type Case = Narrowed<Schemas['CaseViews.Case'], { status: CaseStatus; severity: Severity }>;

export type CaseRow = Narrowed<Schemas['CaseViews.CaseRow'], { status: CaseStatus; severity: Severity }>;

export type CasePage = Narrowed<Schemas['CaseViews.PageCaseViews.CaseRow'], { items: CaseRow[] }>;

/** `POST /api/v1/cases`, `PUT /api/v1/cases/{id}` (with `version`). */
export type CaseInput = Narrowed<Schemas['CaseViews.CaseRequest'], { severity: Severity }>;

export type CaseFacetName = 'event_type' | 'severity' | 'province' | 'city' | 'year';

export type Bucket = Schemas['CaseSearch.Bucket'];

/** The search's parameters, as the page and the saved searches keep them. */
export type SearchParams = Partial<Schemas['CaseViews.SearchParams']>;

/** `match`: `full` holds every word; `partial` some of them (no case holds all); `semantic` found by meaning. */
export type CaseHit = Narrowed<
  Schemas['CaseSearch.Item'],
  { status: CaseStatus; severity: Severity; match: HitMatch | null }
>;

export type CaseSearchResult = HybridResult<Schemas['CaseSearch.Result'], CaseHit, CaseFacetName>;

export type SavedSearch = Schemas['CaseViews.SavedSearch'];

export type WorkflowAction = 'review' | 'publish' | 'withdraw';
