import { zhCN } from '../../i18n/zh-CN';
import type { OrgUnit, OrgUnitInput, OrgUnitKind, Sharing } from './types';

export const ORG_UNIT_KINDS: readonly OrgUnitKind[] = [
  'government',
  'department',
  'township',
  'village',
  'enterprise',
  'institution',
];

export const SHARINGS: readonly Sharing[] = ['private', 'up', 'down', 'vertical', 'public'];

/** Units as the options of a select: the id chosen, the name shown (and searched). */
export const unitOptions = (units: readonly { id: string; name: string }[] | undefined) =>
  (units ?? []).map((unit) => ({ value: unit.id, label: unit.name }));

/** What a new unit gets unless the admin chooses otherwise (the API's default too). */
export const DEFAULT_SHARING: Sharing = 'up';

/** Chinese name of a kind; an unknown kind from a newer API is shown as it comes. */
export function kindLabel(kind: string): string {
  return Object.hasOwn(zhCN.orgUnits.kinds, kind) ? zhCN.orgUnits.kinds[kind as OrgUnitKind] : kind;
}

export function sharingLabel(sharing: string): string {
  return Object.hasOwn(zhCN.orgUnits.sharings, sharing) ? zhCN.orgUnits.sharings[sharing as Sharing].label : sharing;
}

/** The one-line explanation of a sharing scope, or nothing for an unknown one. */
export function sharingHelp(sharing: string | undefined): string | undefined {
  return sharing !== undefined && Object.hasOwn(zhCN.orgUnits.sharings, sharing)
    ? zhCN.orgUnits.sharings[sharing as Sharing].help
    : undefined;
}

/** Only enterprises and institutions have a 主管部门 (a unit of kind department). */
export function hasSupervisingUnit(kind: OrgUnitKind | undefined): boolean {
  return kind === 'enterprise' || kind === 'institution';
}

export interface UnitFilter {
  kind?: OrgUnitKind;
  query: string;
}

/** Units of the chosen kind whose name contains the query (trimmed, case-insensitive). */
export function filterUnits(units: readonly OrgUnit[], { kind, query }: UnitFilter): OrgUnit[] {
  const needle = query.trim().toLowerCase();
  return units.filter((unit) => (!kind || unit.kind === kind) && unit.name.toLowerCase().includes(needle));
}

/**
 * Units that may become the parent of `editing` (all units for a new one): never the unit itself nor one
 * below it, which would make a cycle.
 */
export function parentCandidates(units: readonly OrgUnit[], editing?: string): OrgUnit[] {
  if (!editing) {
    return [...units];
  }
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId) {
      children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
    }
  }
  const excluded = new Set<string>();
  const stack = [editing];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (!excluded.has(id)) {
      excluded.add(id);
      stack.push(...(children.get(id) ?? []));
    }
  }
  return units.filter((unit) => !excluded.has(unit.id));
}

/** Departments that may supervise an enterprise or institution. */
export function supervisingCandidates(units: readonly OrgUnit[], editing?: string): OrgUnit[] {
  return units.filter((unit) => unit.kind === 'department' && unit.id !== editing);
}

/** The form's values as the API takes them: trimmed name, explicit nulls, no 主管部门 where it does not apply. */
export function toInput(values: {
  kind: OrgUnitKind;
  name: string;
  parentId?: string | null;
  supervisingUnitId?: string | null;
  sharing?: Sharing;
  highRisk?: boolean;
}): OrgUnitInput {
  return {
    kind: values.kind,
    name: values.name.trim(),
    parentId: values.parentId ?? null,
    supervisingUnitId: hasSupervisingUnit(values.kind) ? (values.supervisingUnitId ?? null) : null,
    sharing: values.sharing ?? DEFAULT_SHARING,
    // only enterprises and institutions are high-risk sites (高危企业、人员密集场所)
    highRisk: hasSupervisingUnit(values.kind) && (values.highRisk ?? false),
  };
}

/** 2026-11-22 15:50 in the browser's time zone (or the one given, for tests). */
export function formatTime(iso: string, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
