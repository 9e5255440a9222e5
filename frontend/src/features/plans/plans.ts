import { tierLabel, type Tier } from '../../i18n/labels';
import { zhCN } from '../../i18n/zh-CN';
import type {
  EvaluationConclusion,
  FacetName,
  JointBasis,
  Plan,
  PlanCategory,
  PlanInput,
  PlanSearchQuery,
  PlanStatus,
} from './types';

export const PLAN_CATEGORIES: readonly PlanCategory[] = [
  'general',
  'special',
  'department',
  'grassroots',
  'enterprise',
  'major_event',
  'joint',
];

export const PLAN_STATUSES: readonly PlanStatus[] = [
  'draft',
  'issued',
  'submitted',
  'filed',
  'returned',
  'superseded',
  'abolished',
];

/** Versions in force: issued and not yet replaced or abolished (evaluated, revised, published, abolished). */
const IN_FORCE: readonly PlanStatus[] = ['issued', 'submitted', 'filed', 'returned'];

export const JOINT_BASES: readonly JointBasis[] = ['special', 'department'];

export const EVALUATION_CONCLUSIONS: readonly EvaluationConclusion[] = ['keep', 'revise', 'abolish'];

/** 修订触发情形 the API accepts, in the order the form offers them. */
export const TRIGGER_KINDS: readonly string[] = [
  'law',
  'organization',
  'risk',
  'resource',
  'drill_lesson',
  'incident_lesson',
  'upper_plan_change',
  'evaluation',
  'other',
];

/** The fixed list of event types the API accepts. */
export const EVENT_TYPES: readonly string[] = [
  '气象灾害',
  '地质灾害',
  '洪涝灾害',
  '水旱灾害',
  '低温雨雪冰冻',
  '森林火灾',
  '地震',
  '生产安全事故',
  '火灾',
  '危险化学品',
  '煤矿',
  '非煤矿山',
  '建筑施工',
  '水上交通',
  '道路交通',
  '铁路',
  '燃气',
  '大面积停电',
  '环境污染',
  '公共卫生',
  '食品安全',
  '群体性事件',
  '旅游安全',
  '校园安全',
  '网络与信息安全',
  '文化文物场馆',
  '海上搜救',
  '金融安全',
  '反恐',
];

/** The event types as the options of a select. */
export const EVENT_TYPE_OPTIONS = EVENT_TYPES.map((value) => ({ value, label: value }));

export const categoryLabel = (category: string): string => zhCN.plans.categories[category] ?? category;

export const statusLabel = (status: string): string => zhCN.plans.statuses[status] ?? status;

const STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'default',
  issued: 'blue',
  submitted: 'gold',
  filed: 'green',
  returned: 'red',
  superseded: 'purple',
  abolished: 'default',
};

/** The antd Tag for a plan status: colour and Chinese label. */
export function statusTag(status: string): { color: string; label: string } {
  return { color: STATUS_COLORS[status as PlanStatus] ?? 'default', label: statusLabel(status) };
}

/** How a facet bucket is named on the page. */
export function facetLabel(facet: FacetName, key: string): string {
  switch (facet) {
    case 'category':
      return categoryLabel(key);
    case 'status':
      return statusLabel(key);
    case 'tier':
      return tierLabel(key as Tier);
    case 'evaluation':
      return zhCN.plans.evaluationFacet[key] ?? key;
    case 'flags':
      return flagLabel(key);
    default:
      return key;
  }
}

export const flagLabel = (flag: string): string => zhCN.plans.flags[flag] ?? flag;

const EVALUATION_COLORS: Record<string, string> = { ok: 'green', due_soon: 'orange', overdue: 'red' };

/** The antd Tag for a 评估状态; nothing for versions without an evaluation clock (drafts, replaced ones). */
export function evaluationTag(
  plan: Pick<Plan, 'evaluationState' | 'evaluationStateLabel'>,
): { color: string; label: string } | undefined {
  if (!plan.evaluationState) {
    return undefined;
  }
  return {
    color: EVALUATION_COLORS[plan.evaluationState] ?? 'default',
    label: plan.evaluationStateLabel ?? zhCN.plans.evaluationFacet[plan.evaluationState] ?? plan.evaluationState,
  };
}

/** Search hits: overdue/due-soon evaluation shows as a 关注 tag too, so the list reads like the facets. */
export function hitTags(
  hit: { flags?: string[]; evaluationDueOn: string | null },
  today: string = todayIso(),
): { key: string; color: string; label: string }[] {
  const tags = (hit.flags ?? []).map((flag) => ({
    key: flag,
    color: flag === 'alignment_review' ? 'magenta' : 'volcano',
    label: flagLabel(flag),
  }));
  if (hit.evaluationDueOn && hit.evaluationDueOn < today) {
    tags.push({ key: 'overdue', color: 'red', label: facetLabel('evaluation', 'overdue') });
  }
  return tags;
}

/** One piece of a highlight: text, marked or not. */
export interface HighlightPart {
  text: string;
  hit: boolean;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&#x2F;': '/',
  '&#x2f;': '/',
  '&#47;': '/',
};

const unescapeHtml = (text: string) => text.replace(/&(?:lt|gt|amp|quot|#39|#x27|#x2[Ff]|#47);/g, (e) => ENTITIES[e] ?? e);

/**
 * Splits an Elasticsearch highlight (HTML-escaped, with `<em>` marks) into plain text parts. Only `<em>` and
 * `</em>` are taken as markup; the parts are rendered as React text, never as HTML, so whatever else the
 * fragment holds can only ever show as characters.
 */
export function highlightParts(fragment: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let hit = false;
  for (const token of fragment.split(/(<\/?em>)/)) {
    if (token === '<em>') {
      hit = true;
    } else if (token === '</em>') {
      hit = false;
    } else if (token !== '') {
      const text = unescapeHtml(token);
      const last = parts.at(-1);
      if (last && last.hit === hit) {
        last.text += text;
      } else {
        parts.push({ text, hit });
      }
    }
  }
  return parts;
}

/** What the owner tenant's compiler may do with a plan in this status; nothing for anyone else. */
export interface PlanActions {
  edit: boolean;
  issue: boolean;
  submit: boolean;
  abolish: boolean;
  /** 修订: a new draft version, once per version (not when a newer version already exists). */
  revise: boolean;
  /** 评估 and 登记修订情形: versions in force. */
  evaluate: boolean;
  /** 发布给下级 (上下级可见): versions in force not yet shared down. */
  publish: boolean;
  /** 登记衔接 with an upper-tier plan: anything but a replaced or abolished version. */
  align: boolean;
  /** 上传附件: until submitted for filing (the materials then stay as the authority received them). */
  attach: boolean;
  /** 删除附件 uploaded by mistake: likewise. */
  removeFile: boolean;
}

export function planActions(
  plan: Pick<Plan, 'status' | 'tenantCode'> & { sharing?: string },
  viewer: { tenantCode: string | undefined; canCompile: boolean },
  hasNewerVersion = false,
  /** A submission of this version is pending or filed already (the database refuses a second one). */
  hasOpenFiling = false,
): PlanActions {
  const mine = viewer.canCompile && viewer.tenantCode !== undefined && plan.tenantCode === viewer.tenantCode;
  const is = (...statuses: readonly PlanStatus[]) => mine && statuses.includes(plan.status);
  const filesMayChange = is('draft', 'issued', 'returned');
  return {
    edit: is('draft', 'returned'),
    issue: is('draft'),
    submit: is('issued', 'returned') && !hasOpenFiling,
    abolish: is(...IN_FORCE),
    revise: is('issued', 'filed') && !hasNewerVersion,
    evaluate: is(...IN_FORCE),
    publish: is(...IN_FORCE) && plan.sharing !== 'vertical' && plan.sharing !== 'public',
    align: is('draft', ...IN_FORCE),
    attach: filesMayChange,
    removeFile: filesMayChange,
  };
}

/** The form's values as the API wants them: trimmed, empty optional fields as null. */
export function toPlanInput(values: {
  title: string;
  category: PlanCategory;
  eventTypes?: string[];
  ownerUnitId: string;
  leadUnitId?: string | null;
  summary?: string | null;
  jointBasis?: JointBasis | null;
  participantCodes?: string[];
  campaignTaskId?: string | null;
}): PlanInput {
  const summary = values.summary?.trim();
  const joint = values.category === 'joint';
  return {
    title: values.title.trim(),
    category: values.category,
    eventTypes: values.eventTypes ?? [],
    ownerUnitId: values.ownerUnitId,
    leadUnitId: values.leadUnitId ?? null,
    summary: summary ? summary : null,
    // Only a joint plan carries these; the API refuses them on any other category.
    jointBasis: joint ? (values.jointBasis ?? null) : null,
    participantCodes: joint ? [...new Set((values.participantCodes ?? []).map((code) => code.trim()).filter(Boolean))] : [],
    campaignTaskId: values.campaignTaskId ?? null,
  };
}

/** The query string of `GET /api/v1/plans/search`, without the parameters that are not set. */
export function searchParams(query: PlanSearchQuery): string {
  const params = new URLSearchParams();
  const q = query.q.trim();
  if (q) {
    params.set('q', q);
  }
  for (const key of ['category', 'status', 'eventType', 'tier', 'evaluation', 'flag'] as const) {
    const value = query[key];
    if (value) {
      params.set(key, value);
    }
  }
  params.set('sort', query.sort);
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  // the page shows the facets: the API counts them only when asked
  params.set('facets', 'true');
  return params.toString();
}

/** The query string of `GET /api/v1/plans/search/export.xlsx`: the same filters, every page. */
export function exportParams(query: PlanSearchQuery): string {
  const params = new URLSearchParams(searchParams(query));
  params.delete('page');
  params.delete('facets');
  params.delete('size');
  return params.toString();
}

/** The tiers above a tenant's, nearest first: where the plans a plan aligns with come from. */
export function tiersAbove(tier: string): Tier[] {
  const order: Tier[] = ['county', 'city', 'province'];
  const index = order.indexOf(tier as Tier);
  return index < 0 ? [] : order.slice(index + 1);
}

/** Today as YYYY-MM-DD in the browser's calendar (印发日期 may not lie after it). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const isFutureDate = (isoDate: string, today: string = todayIso()): boolean => isoDate > today;

/** A date picker's `disabledDate` for what already happened: a day after today cannot be picked. */
export const isFutureDay = (day: { format: (template: string) => string }): boolean =>
  isFutureDate(day.format('YYYY-MM-DD'));

/** Upper-tier plans a plan may align with: other tenants' versions in force (the API refuses drafts). */
export function alignCandidates<T extends { tenantCode: string; status: string }>(hits: readonly T[], ownTenant: string): T[] {
  return hits.filter((hit) => hit.tenantCode !== ownTenant && (IN_FORCE as readonly string[]).includes(hit.status));
}

/** The facets of 预案管理, in the order of their rows; each is kept in the URL under its name. */
export const FACET_NAMES: readonly FacetName[] = ['category', 'status', 'event_types', 'tier', 'evaluation', 'flags'];
