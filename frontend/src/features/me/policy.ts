import { zhCN } from '../../i18n/zh-CN';

export interface PolicyItem {
  key: string;
  label: string;
  value: string;
}

export interface PolicySection {
  key: string;
  title: string;
  items: PolicyItem[];
}

const t = zhCN.policy;
/** Policy values that are codes, and their words (备案材料: `text` → 正文). */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  attachmentRoles: zhCN.attachments.roles,
  holidayCalendars: t.holidayCalendars,
  clockStarts: t.clockStarts,
  severities: zhCN.events.severities,
  severitiesOrNever: { ...zhCN.events.severities, never: zhCN.policy.none },
  tiers: zhCN.tier,
  capTerms: t.capTerms,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nested maps become dotted keys: `{reporting: {writtenMinutes: 40}}` → `reporting.writtenMinutes`. */
function flatten(policy: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(policy).flatMap(([key, value]) =>
    isRecord(value) && Object.keys(value).length > 0
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

function formatValue(value: unknown, unit?: string, words?: Record<string, string>): string {
  if (value === null || value === undefined || isRecord(value) || (Array.isArray(value) && value.length === 0)) {
    return t.none;
  }
  if (typeof value === 'boolean') {
    return value ? t.yes : t.no;
  }
  if (Array.isArray(value)) {
    // A list of rules (e.g. filing routes) is summarised; a list of plain values is shown.
    return value.some(isRecord) ? t.count(value.length) : value.map((v) => formatValue(v, undefined, words)).join('、');
  }
  if (words && Object.hasOwn(words, String(value))) {
    return words[String(value)] ?? String(value);
  }
  return typeof value === 'number' && unit ? `${value} ${unit}` : String(value);
}

/**
 * The effective policy as label/value lines, in a fixed order, with their Chinese label and unit ("备案时限: 20 个
 * 工作日"). Only keys with a label are shown: a user never reads a policy key (policyLabels.test.ts keeps every key
 * of tenants/policies labelled).
 */
export function policyItems(policy: Record<string, unknown>): PolicyItem[] {
  const entries = new Map(flatten(policy));
  return Object.entries(t.keys)
    .filter(([key]) => entries.has(key))
    .map(([key, { label, unit, values }]) => ({
      key,
      label,
      value: formatValue(entries.get(key), unit, values && VALUE_LABELS[values]),
    }));
}

/** The policy items grouped by their top-level key (备案, 评估, 演练, …), in the order of the items. */
export function policySections(policy: Record<string, unknown>): PolicySection[] {
  const sections = new Map<string, PolicySection>();
  for (const item of policyItems(policy)) {
    const key = item.key.includes('.') ? item.key.slice(0, item.key.indexOf('.')) : 'general';
    const section = sections.get(key) ?? { key, title: t.sections[key] ?? key, items: [] };
    section.items.push(item);
    sections.set(key, section);
  }
  return [...sections.values()];
}
