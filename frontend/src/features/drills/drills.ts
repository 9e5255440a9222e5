import { tierLabel, type Tier } from '../../i18n/labels';
import { zhCN } from '../../i18n/zh-CN';
import type { TenantRef, TenantTree } from '../tenants/types';
import type {
  ActionStatus,
  CorrectiveAction,
  Drill,
  DrillFacetName,
  DrillForm,
  DrillInput,
  DrillListQuery,
  DrillRating,
  DrillSearchQuery,
  DrillStatus,
} from './types';

export const DRILL_FORMS: readonly DrillForm[] = ['tabletop', 'field', 'comprehensive', 'functional'];
export const DRILL_STATUSES: readonly DrillStatus[] = ['planned', 'held', 'cancelled'];
export const DRILL_RATINGS: readonly DrillRating[] = ['excellent', 'good', 'fair', 'poor'];
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress', 'done'];

const t = zhCN.drills;

export const formLabel = (form: string): string => t.forms[form] ?? form;
export const drillStatusLabel = (status: string): string => t.statuses[status] ?? status;

const STATUS_COLORS: Record<string, string> = { planned: 'blue', held: 'green', cancelled: 'default' };
const ACTION_COLORS: Record<string, string> = { open: 'default', in_progress: 'blue', done: 'green' };
const DUE_COLORS: Record<string, string> = { ok: 'green', due_soon: 'orange', overdue: 'red' };

export const drillStatusColor = (status: string): string => STATUS_COLORS[status] ?? 'default';
export const actionStatusColor = (status: string): string => ACTION_COLORS[status] ?? 'default';
/** 演练频次 state: 正常 green, 临期 orange, 逾期未演练 red. */
export const dueStateColor = (state: string): string => DUE_COLORS[state] ?? 'default';

/** How a facet bucket of `GET /api/v1/drills/search` is named on the page. */
export function drillFacetLabel(facet: DrillFacetName, key: string): string {
  switch (facet) {
    case 'form':
      return formLabel(key);
    case 'status':
      return drillStatusLabel(key);
    case 'tier':
      return tierLabel(key as Tier);
    case 'attention':
      return t.attention[key] ?? key;
    default:
      return key;
  }
}

/** The date a drill is known by: when it was held, else when it is planned. */
export const drillDate = (drill: { heldOn: string | null; plannedOn: string | null }): string | null =>
  drill.heldOn ?? drill.plannedOn;

/** What the viewer may do with a drill: only officers of the organizing region change it. */
export interface DrillActions {
  edit: boolean;
  /** 登记举办 and 取消: a planned drill. */
  hold: boolean;
  cancel: boolean;
  /** 演练评估 and 新增整改措施: a held drill. */
  evaluate: boolean;
  addAction: boolean;
}

export function drillActions(drill: Pick<Drill, 'own' | 'status'>, canWrite: boolean): DrillActions {
  const mine = canWrite && drill.own;
  return {
    edit: mine && drill.status !== 'cancelled',
    hold: mine && drill.status === 'planned',
    cancel: mine && drill.status === 'planned',
    evaluate: mine && drill.status === 'held',
    addAction: mine && drill.status === 'held',
  };
}

/** Progress is reported by the organizing region or the region responsible for the action. */
export const canUpdateAction = (action: Pick<CorrectiveAction, 'own' | 'assigned'>, canWrite: boolean): boolean =>
  canWrite && (action.own || action.assigned);

/**
 * 登记为预案修订情形: an action not yet registered, by a region that may update it, about a plan of the
 * viewer's own (`ownPlanIds`: the drill's linked plans the viewer's tenant owns).
 */
export function triggerPlan(
  action: Pick<CorrectiveAction, 'own' | 'assigned' | 'planId' | 'triggerId'>,
  canWrite: boolean,
  ownPlanIds: readonly string[],
): string | undefined {
  if (action.triggerId !== null || action.planId === null || !canUpdateAction(action, canWrite)) {
    return undefined;
  }
  return ownPlanIds.includes(action.planId) ? action.planId : undefined;
}

/** The regions below the viewer's (never its ancestors): who may be invited to a joint drill. */
export function regionsBelow({ root }: Pick<TenantTree, 'root'>): TenantRef[] {
  const below: TenantRef[] = [];
  const visit = (node: TenantTree['root']) => {
    for (const child of node.children) {
      below.push({ code: child.code, name: child.name, tier: child.tier });
      visit(child);
    }
  };
  visit(root);
  return below;
}

/** The regions an action may be assigned to: the organizer's own, then the regions that took part. */
export function actionRegions(drill: Pick<Drill, 'tenantCode' | 'tenantName' | 'participants'>): {
  code: string;
  name: string;
}[] {
  return [
    { code: drill.tenantCode, name: drill.tenantName },
    ...drill.participants.map((p) => ({ code: p.id, name: p.name ?? p.id })),
  ];
}

/** The values of the drill form. */
export interface DrillFormValues {
  title: string;
  form: DrillForm;
  plannedOn?: string | null;
  heldOn?: string | null;
  scenario?: string | null;
  eventTypes?: string[];
  organizerUnitId: string;
  participatingUnitIds?: string[];
  participantCodes?: string[];
  participantCount?: number | null;
  planIds?: string[];
  summary?: string | null;
}

/**
 * The form's values as the API wants them. A planned drill carries its 计划日期 (and the year from it), a
 * held one its 举办日期 and, when it was planned, the planned date it had; an edit sends the `version` read.
 */
export function toDrillInput(values: DrillFormValues, status: DrillStatus, editing?: Drill): DrillInput {
  const plannedOn = status === 'held' ? (editing?.plannedOn ?? null) : (values.plannedOn ?? null);
  return {
    title: values.title.trim(),
    form: values.form,
    status,
    planYear: editing?.planYear ?? (plannedOn ? Number(plannedOn.slice(0, 4)) : null),
    plannedOn,
    heldOn: status === 'held' ? (values.heldOn ?? null) : null,
    scenario: values.scenario?.trim() ?? '',
    eventTypes: values.eventTypes ?? [],
    organizerUnitId: values.organizerUnitId,
    participatingUnitIds: values.participatingUnitIds ?? [],
    participantCodes: values.participantCodes ?? [],
    participantCount: values.participantCount ?? null,
    planIds: values.planIds ?? [],
    summary: values.summary?.trim() ?? '',
    sharing: editing?.sharing ?? null,
    version: editing?.version ?? null,
  };
}

/** A stored drill as form values (for 编辑). */
export function drillFormValues(drill: Drill): DrillFormValues {
  return {
    title: drill.title,
    form: drill.form,
    plannedOn: drill.plannedOn,
    heldOn: drill.heldOn,
    scenario: drill.scenario,
    eventTypes: drill.eventTypes,
    organizerUnitId: drill.organizerUnitId,
    participatingUnitIds: drill.participatingUnits.map((u) => u.id),
    participantCodes: drill.participants.map((p) => p.id),
    participantCount: drill.participantCount,
    planIds: drill.plans.map((p) => p.id),
    summary: drill.summary,
  };
}

/** 登记举办 / 取消: the whole drill again, with the new status (and date), as `PUT /drills/{id}` wants it. */
export function withStatus(drill: Drill, status: DrillStatus, heldOn: string | null = null): DrillInput {
  return toDrillInput({ ...drillFormValues(drill), heldOn }, status, drill);
}

/** The query string of `GET /api/v1/drills` (and, without paging, of the export). */
export function listParams(query: DrillListQuery, paged = true): string {
  const params = new URLSearchParams({ scope: query.scope });
  if (query.year !== undefined) {
    params.set('year', String(query.year));
  }
  for (const key of ['status', 'form'] as const) {
    const value = query[key];
    if (value) {
      params.set(key, value);
    }
  }
  if (paged) {
    params.set('page', String(query.page));
    params.set('size', String(query.size));
  }
  return params.toString();
}

const SEARCH_PARAMS: Record<DrillFacetName, string> = {
  form: 'form',
  status: 'status',
  event_types: 'eventType',
  year: 'year',
  tier: 'tier',
  attention: 'attention',
};

/** The query string of `GET /api/v1/drills/search`, without the parameters that are not set. */
export function searchParams(query: DrillSearchQuery): string {
  const params = new URLSearchParams();
  const q = query.q.trim();
  if (q) {
    params.set('q', q);
  }
  for (const [facet, param] of Object.entries(SEARCH_PARAMS) as [DrillFacetName, string][]) {
    const value = query.facets[facet];
    if (value) {
      params.set(param, value);
    }
  }
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  return params.toString();
}

/** Years to pick from: this year and the ones before, newest first (drills are planned a year ahead too). */
export function yearOptions(thisYear: number, back = 5): number[] {
  return Array.from({ length: back + 2 }, (_, i) => thisYear + 1 - i);
}

/** The facets of 全文检索 of drills; in the URL as `f.<name>`, beside the list's own filters of the same names. */
export const DRILL_FACET_NAMES: readonly DrillFacetName[] = ['form', 'status', 'event_types', 'year', 'tier', 'attention'];
