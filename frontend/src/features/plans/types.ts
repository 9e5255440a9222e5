/** 预案管理: the shapes of /api/v1/plans (docs/contracts.md), generated from the API document. */
import type { Narrowed, Schemas } from '../../api/schemas';
import type { HitMatch, HybridResult } from '../../components/matching';

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
export type Plan = Narrowed<
  Schemas['PlanViews.Plan'],
  { category: PlanCategory; status: PlanStatus; evaluationState: EvaluationState | null; jointBasis: JointBasis | null }
>;

/**
 * Body of `POST /api/v1/plans`; `PUT /api/v1/plans/{id}` adds the `version` that was read. `jointBasis` and
 * `participantCodes` for joint plans only (category joint); `campaignTaskId` the 编修任务 this plan answers, if any.
 */
export type PlanInput = Narrowed<
  Omit<Schemas['PlanViews.PlanRequest'], 'docNumber' | 'issuedOn' | 'version'>,
  { category: PlanCategory; jointBasis: JointBasis | null }
>;

/** An edit keeps the 文号 and 印发日期 it read (a returned plan was issued; the form does not change them). */
export type PlanUpdate = PlanInput & { docNumber: string | null; issuedOn: string | null; version: number };

/** The facets `GET /api/v1/plans/search` counts. */
export type FacetName = 'category' | 'status' | 'event_types' | 'tier' | 'evaluation' | 'flags';

/** 关注 flags of a search hit: open revision triggers, an upper plan revised since the last alignment check. */
export type PlanFlag = 'revision_triggered' | 'alignment_review';

export type Bucket = Schemas['PlanSearch.Bucket'];

/**
 * One hit of `GET /api/v1/plans/search`; highlights (`title`, `summary`) are HTML-escaped with `<em>` marks; `match`:
 * `full` holds every word, `partial` some of them (no record holds all), `semantic` found by meaning.
 */
export type PlanHit = Narrowed<
  Schemas['PlanSearch.Item'],
  { category: PlanCategory; status: PlanStatus; match: HitMatch | null }
>;

export type PlanSearchResult = HybridResult<Schemas['PlanSearch.Result'], PlanHit, FacetName>;

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
export type TimelineEntry = Schemas['FilingViews.TimelineEntry'];

/** `GET /api/v1/plans/{id}/versions`: the versions of the series the viewer may see, oldest first. */
export type PlanVersion = Narrowed<Schemas['PlanViews.Version'], { status: PlanStatus }>;

export type EvaluationConclusion = 'keep' | 'revise' | 'abolish';

/** 评估记录 */
export type PlanEvaluation = Narrowed<Schemas['PlanViews.Evaluation'], { conclusion: EvaluationConclusion }>;

export type EvaluationInput = Narrowed<Schemas['PlanViews.EvaluationRequest'], { conclusion: EvaluationConclusion }>;

/** 修订触发情形; resolved once a revision of the series is issued. */
export type RevisionTrigger = Schemas['PlanViews.Trigger'];

export type TriggerInput = Schemas['PlanViews.TriggerRequest'];

/** 上下级衔接, as the lower tier sees it. */
export type Alignment = Schemas['PlanViews.Alignment'];

/** A lower-tier plan aligned with one of the viewer's, as the upper tier sees it. */
export type AlignedPlan = Narrowed<Schemas['PlanViews.AlignedPlan'], { status: PlanStatus }>;
