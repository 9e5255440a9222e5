/** 应急演练: the shapes of /api/v1/drills and /api/v1/corrective-actions (docs/drills.md), generated from the API document. */
import type { Narrowed, Schemas } from '../../api/schemas';

/** 演练形式: 桌面推演, 实战演练, 综合演练, 专项演练. */
export type DrillForm = 'tabletop' | 'field' | 'comprehensive' | 'functional';

/** planned 计划中 → held 已举办 | cancelled 已取消; a drill recorded after the fact is held from the start. */
export type DrillStatus = 'planned' | 'held' | 'cancelled';

/** 评估等级 */
export type DrillRating = 'excellent' | 'good' | 'fair' | 'poor';

/** 整改状态 */
export type ActionStatus = 'open' | 'in_progress' | 'done';

/** `scope` of `GET /api/v1/drills`: organized here, joint drills taken part in, or both (and those below). */
export type DrillScope = 'own' | 'joint' | 'all';

/** `scope` of `GET /api/v1/corrective-actions`. */
export type ActionScope = 'assigned' | 'own' | 'all';

/** `state` of `GET /api/v1/corrective-actions`; empty for every state. */
export type ActionState = '' | 'open' | 'overdue' | 'done';

/** A linked record; `name` is null when the viewer may not read it (a unit or plan of another tenant not shared). */
export type Named = Schemas['DrillViews.Named'];

export type Evaluation = Narrowed<Schemas['DrillViews.Evaluation'], { rating: DrillRating }>;

/** 整改措施 (`own`: of the viewer's drill; `assigned`: the viewer's region is responsible). */
export type CorrectiveAction = Narrowed<Schemas['CorrectiveActionViews.Action'], { status: ActionStatus }>;

/**
 * `GET /api/v1/drills/{id}`; `own` tells whether the viewer's tenant organized it; `participants`: 参演地区, the
 * lower regions taking part (id = tenant code).
 */
export type Drill = Narrowed<
  Schemas['DrillViews.Drill'],
  { form: DrillForm; status: DrillStatus; evaluation: Evaluation | null; actions: CorrectiveAction[] }
>;

/**
 * A row of `GET /api/v1/drills`; `participantNames`: names of the regions taking part that the viewer may see (a
 * county sees no sibling).
 */
export type DrillRow = Narrowed<Schemas['DrillViews.DrillRow'], { form: DrillForm; status: DrillStatus }>;

/** A page of `GET /api/v1/drills`. */
export type DrillPage = Narrowed<Schemas['DrillViews.PageDrillViews.DrillRow'], { items: DrillRow[] }>;

/** What the 演练列表 asks for. */
export interface DrillListQuery {
  scope: DrillScope;
  year?: number;
  status?: string;
  form?: string;
  page: number;
  size: number;
}

/** Body of `POST /api/v1/drills`; `PUT /api/v1/drills/{id}` sends the whole drill with the `version` read. */
export type DrillInput = Narrowed<Schemas['DrillViews.DrillRequest'], { form: DrillForm; status: DrillStatus }>;

export type EvaluationInput = Narrowed<Schemas['DrillViews.EvaluationRequest'], { rating: DrillRating }>;

export type ActionInput = Schemas['CorrectiveActionViews.ActionRequest'];

export type ActionProgressInput = Narrowed<Schemas['CorrectiveActionViews.ActionProgress'], { status: ActionStatus }>;

/** The facets `GET /api/v1/drills/search` counts. */
export type DrillFacetName = 'form' | 'status' | 'event_types' | 'year' | 'tier' | 'attention';

export type Bucket = Schemas['DrillSearch.Bucket'];

/** One hit of `GET /api/v1/drills/search`; highlights (title, scenario, problems) are HTML-escaped with `<em>` marks. */
export type DrillHit = Narrowed<
  Schemas['DrillSearch.Item'],
  { form: DrillForm; status: DrillStatus; rating: DrillRating | null }
>;

export type DrillSearchResult = Narrowed<
  Schemas['DrillSearch.Result'],
  { items: DrillHit[]; facets: Partial<Record<DrillFacetName, Bucket[]>> }
>;

export type DrillFacetSelection = Partial<Record<DrillFacetName, string>>;

export interface DrillSearchQuery {
  q: string;
  facets: DrillFacetSelection;
  page: number;
  size: number;
}

/** 演练频次 of one plan or unit. */
export type DueState = 'ok' | 'due_soon' | 'overdue';

export type DueItem = Narrowed<Schemas['DrillFrequency.DueItem'], { state: DueState }>;

export type YearCounts = Schemas['DrillViews.YearCounts'];

export type TownshipCount = Schemas['DrillViews.TownshipCount'];

/** `GET /api/v1/drills/compliance?year` */
export type Compliance = Narrowed<Schemas['DrillViews.Compliance'], { plans: DueItem[]; units: DueItem[] }>;
