import type { HitMatch, MatchMode } from '../../components/matching';

/** `category` of a plan (docs/contracts.md). */
export type PlanCategory = 'general' | 'special' | 'department' | 'grassroots' | 'enterprise' | 'major_event' | 'joint';

/**
 * Lifecycle: draft 编制 → issued 印发 → submitted 报备 → filed 已备案 | returned 退回; a revision's issue makes
 * the version it replaces superseded 已被修订; abolished 废止.
 */
export type PlanStatus = 'draft' | 'issued' | 'submitted' | 'filed' | 'returned' | 'superseded' | 'abolished';

/** 评估状态 of a version in force (none for drafts and replaced versions). */
export type EvaluationState = 'ok' | 'due_soon' | 'overdue';

/** 联合预案的备案依据. */
export type JointBasis = 'special' | 'department';

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
  lastEvaluatedOn: string | null;
  evaluationDueOn: string | null;
  evaluationState: EvaluationState | null;
  evaluationStateLabel: string | null;
  jointBasis: JointBasis | null;
  participantCodes: string[];
  templateId: string | null;
  campaignTaskId: string | null;
}

/** Body of `POST /api/v1/plans`; `PUT /api/v1/plans/{id}` adds the `version` that was read. */
export interface PlanInput {
  title: string;
  category: PlanCategory;
  eventTypes: string[];
  ownerUnitId: string;
  leadUnitId: string | null;
  summary: string | null;
  /** Joint plans only (category joint); null and empty otherwise. */
  jointBasis: JointBasis | null;
  participantCodes: string[];
  /** The 编修任务 this plan answers, if any. */
  campaignTaskId: string | null;
}

/** An edit keeps the 文号 and 印发日期 it read (a returned plan was issued; the form does not change them). */
export interface PlanUpdate extends PlanInput {
  docNumber: string | null;
  issuedOn: string | null;
  version: number;
}

/** The facets `GET /api/v1/plans/search` counts. */
export type FacetName = 'category' | 'status' | 'event_types' | 'tier' | 'evaluation' | 'flags';

/** 关注 flags of a search hit: open revision triggers, an upper plan revised since the last alignment check. */
export type PlanFlag = 'revision_triggered' | 'alignment_review';

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
  evaluationDueOn: string | null;
  flags: string[];
  highlights?: { title?: string[]; summary?: string[] };
  /** `full`: holds every word; `partial`: some of them (no record holds all); `semantic`: found by meaning. */
  match?: HitMatch | null;
}

export interface PlanSearchResult {
  /** The hits holding every word (the facets count these). */
  total: number;
  /** The hits after them: found by some of the words (partial mode) or by meaning (语义检索). */
  others?: number;
  page: number;
  size: number;
  items: PlanHit[];
  facets: Partial<Record<FacetName, Bucket[]>>;
  /** `partial` when no record holds every word (the hits are partial matches). */
  match?: MatchMode;
  /** Other words to try, when not even a partial match exists. */
  suggestions?: string[];
}

export type SearchSort = 'relevance' | 'date';

/** What the 预案管理 page asks for. */
export interface PlanSearchQuery {
  q: string;
  category?: string;
  status?: string;
  eventType?: string;
  tier?: string;
  evaluation?: string;
  flag?: string;
  sort: SearchSort;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
}

/** `GET /api/v1/plans/{id}/timeline`: `actor` is the person's name, `action` an audit action (auditActionLabel). */
export interface TimelineEntry {
  at: string;
  actor: string;
  action: string;
  detail: string | null;
}

/** `GET /api/v1/plans/{id}/versions`: the versions of the series the viewer may see, oldest first. */
export interface PlanVersion {
  id: string;
  versionNo: number;
  title: string;
  status: PlanStatus;
  statusLabel: string;
  docNumber: string | null;
  issuedOn: string | null;
  updatedAt: string;
}

export type EvaluationConclusion = 'keep' | 'revise' | 'abolish';

/** 评估记录 */
export interface PlanEvaluation {
  id: string;
  planId: string;
  evaluatedOn: string;
  conclusion: EvaluationConclusion;
  conclusionLabel: string;
  findings: string;
  evaluator: string | null;
  recordedBy: string;
  createdAt: string;
}

export interface EvaluationInput {
  evaluatedOn: string;
  conclusion: EvaluationConclusion;
  findings: string;
  evaluator: string | null;
  version: number;
}

/** 修订触发情形; resolved once a revision of the series is issued. */
export interface RevisionTrigger {
  id: string;
  planId: string;
  kind: string;
  kindLabel: string;
  note: string;
  occurredOn: string;
  raisedBy: string;
  createdAt: string;
  resolvedByPlanId: string | null;
  resolvedAt: string | null;
}

export interface TriggerInput {
  kind: string;
  note: string;
  occurredOn: string;
}

/** 上下级衔接, as the lower tier sees it. */
export interface Alignment {
  id: string;
  planId: string;
  upperSeriesId: string;
  upperTenantCode: string;
  upperTenantName: string;
  upperPlanId: string | null;
  upperTitle: string | null;
  alignedVersionNo: number;
  latestVersionNo: number | null;
  needsReview: boolean;
  confirmedBy: string | null;
  confirmedAt: string | null;
}

/** A lower-tier plan aligned with one of the viewer's, as the upper tier sees it. */
export interface AlignedPlan {
  planId: string;
  tenantCode: string;
  tenantName: string;
  title: string;
  status: PlanStatus;
  statusLabel: string;
  alignedVersionNo: number;
  needsReview: boolean;
}
