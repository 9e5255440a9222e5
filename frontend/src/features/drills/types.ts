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

export interface Named {
  id: string;
  /** Null when the viewer may not read it (a unit or plan of another tenant not shared). */
  name: string | null;
}

export interface Evaluation {
  rating: DrillRating;
  ratingLabel: string;
  strengths: string;
  problems: string;
  evaluatedBy: string | null;
  evaluatedOn: string;
}

/** 整改措施 (`own`: of the viewer's drill; `assigned`: the viewer's region is responsible). */
export interface CorrectiveAction {
  id: string;
  drillId: string;
  drillTitle: string | null;
  drillTenantCode: string;
  drillTenantName: string;
  description: string;
  ownerUnitId: string;
  ownerUnitName: string | null;
  assigneeCode: string;
  assigneeName: string;
  dueOn: string;
  status: ActionStatus;
  statusLabel: string;
  overdue: boolean;
  progressNote: string | null;
  completedOn: string | null;
  planId: string | null;
  triggerId: string | null;
  own: boolean;
  assigned: boolean;
  version: number;
  updatedAt: string;
}

/** `GET /api/v1/drills/{id}`; `own` tells whether the viewer's tenant organized it. */
export interface Drill {
  id: string;
  tenantCode: string;
  tenantName: string;
  sharing: string;
  title: string;
  form: DrillForm;
  formLabel: string;
  status: DrillStatus;
  statusLabel: string;
  planYear: number | null;
  plannedOn: string | null;
  heldOn: string | null;
  scenario: string;
  eventTypes: string[];
  organizerUnitId: string;
  organizerUnitName: string | null;
  participatingUnits: Named[];
  /** 参演地区: the lower regions taking part (id = tenant code). */
  participants: Named[];
  participantCount: number | null;
  plans: Named[];
  summary: string;
  evaluation: Evaluation | null;
  own: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  actions: CorrectiveAction[];
}

/** A row of `GET /api/v1/drills`. */
export interface DrillRow {
  id: string;
  tenantCode: string;
  tenantName: string;
  title: string;
  form: DrillForm;
  formLabel: string;
  status: DrillStatus;
  statusLabel: string;
  planYear: number | null;
  plannedOn: string | null;
  heldOn: string | null;
  organizerUnitName: string | null;
  participantCodes: string[];
  /** Names of the regions taking part that the viewer may see (a county sees no sibling). */
  participantNames: string[];
  evaluated: boolean;
  own: boolean;
}

export interface Page<T> {
  total: number;
  page: number;
  size: number;
  items: T[];
}

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
export interface DrillInput {
  title: string;
  form: DrillForm;
  status: DrillStatus;
  planYear: number | null;
  plannedOn: string | null;
  heldOn: string | null;
  scenario: string;
  eventTypes: string[];
  organizerUnitId: string;
  participatingUnitIds: string[];
  participantCodes: string[];
  participantCount: number | null;
  planIds: string[];
  summary: string;
  sharing: string | null;
  version?: number;
}

export interface EvaluationInput {
  rating: DrillRating;
  strengths: string;
  problems: string;
  evaluatedBy: string | null;
  evaluatedOn: string;
  version: number;
}

export interface ActionInput {
  description: string;
  ownerUnitId: string;
  dueOn: string;
  planId: string | null;
}

export interface ActionProgressInput {
  status: ActionStatus;
  progressNote: string | null;
  completedOn: string | null;
  version: number;
}

/** The facets `GET /api/v1/drills/search` counts. */
export type DrillFacetName = 'form' | 'status' | 'event_types' | 'year' | 'tier' | 'attention';

export interface Bucket {
  key: string;
  count: number;
}

/** One hit of `GET /api/v1/drills/search`; highlights are HTML-escaped with `<em>` marks. */
export interface DrillHit {
  id: string;
  title: string;
  tenantCode: string;
  tenantName: string;
  form: DrillForm;
  status: DrillStatus;
  eventTypes: string[] | null;
  plannedOn: string | null;
  heldOn: string | null;
  organizerUnitName: string | null;
  rating: DrillRating | null;
  openActions: number;
  firstOpenActionDueOn: string | null;
  highlights?: { title?: string[]; scenario?: string[]; problems?: string[] } | null;
}

export interface DrillSearchResult {
  total: number;
  page: number;
  size: number;
  items: DrillHit[];
  facets: Partial<Record<DrillFacetName, Bucket[]>>;
}

export type DrillFacetSelection = Partial<Record<DrillFacetName, string>>;

export interface DrillSearchQuery {
  q: string;
  facets: DrillFacetSelection;
  page: number;
  size: number;
}

/** 演练频次 of one plan or unit. */
export type DueState = 'ok' | 'due_soon' | 'overdue';

export interface DueItem {
  id: string;
  name: string;
  kind: string;
  intervalMonths: number;
  lastHeldOn: string | null;
  dueOn: string;
  state: DueState;
  stateLabel: string;
}

export interface YearCounts {
  year: number;
  planned: number;
  plannedHeld: number;
  cancelled: number;
  held: number;
  joint: number;
  comprehensiveHeld: number;
  comprehensiveRequired: number | null;
}

export interface TownshipCount {
  unitId: string;
  name: string;
  comprehensiveHeld: number;
  required: number;
}

/** `GET /api/v1/drills/compliance?year` */
export interface Compliance {
  counts: YearCounts;
  townships: TownshipCount[];
  plans: DueItem[];
  units: DueItem[];
}
