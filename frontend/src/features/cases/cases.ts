import { zhCN } from '../../i18n/zh-CN';
import type { CaseFacetName, CaseHit, SearchParams, Severity, Step } from './types';

export const SEVERITIES: readonly Severity[] = ['extraordinary', 'major', 'large', 'general'];

export const severityLabel = (severity: string): string =>
  (zhCN.cases.severities as Record<string, string>)[severity] ?? severity;

const SEVERITY_COLORS: Record<string, string> = { extraordinary: 'red', major: 'volcano', large: 'orange', general: 'gold' };
export const severityColor = (severity: string): string => SEVERITY_COLORS[severity] ?? 'default';

/** The facet a search parameter filters: province and city both choose `region`. */
export const FACET_PARAM: Record<CaseFacetName, keyof SearchParams> = {
  event_type: 'eventType',
  severity: 'severity',
  province: 'region',
  city: 'region',
  year: 'year',
};

export function facetLabel(facet: CaseFacetName, key: string): string {
  if (facet === 'severity') {
    return severityLabel(key);
  }
  return facet === 'year' ? `${key}年` : key;
}

/** The query string of `GET /api/v1/cases/search`; empty parameters are left out. */
export function searchQueryString(params: SearchParams, page: number, size: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && value.trim() !== '') {
      query.set(key, value.trim());
    }
  }
  query.set('page', String(page));
  query.set('size', String(size));
  // the page shows the facets: the API counts them only when asked
  query.set('facets', 'true');
  return query.toString();
}

/** What a saved search shows as its summary: the words and the facets chosen. */
export function describeSearch(params: SearchParams): string {
  const parts = [params.q?.trim(), params.eventType, params.severity && severityLabel(params.severity), params.region,
    params.year && `${params.year}年`].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' · ') : zhCN.cases.search.everything;
}

/** The snippets of a hit: every highlighted fragment of the fields below the title. */
export function snippets(hit: CaseHit): string[] {
  const h = hit.highlights ?? {};
  return ['summary', 'timeline', 'what_worked', 'problems', 'lessons'].flatMap((field) => h[field] ?? []).slice(0, 3);
}

/** Timeline steps in time order, without empty rows (the form may leave some). */
export function cleanTimeline(steps: readonly Partial<Step>[]): Step[] {
  return steps
    .filter((s): s is Step => !!s.at && !!s.description && s.description.trim() !== '')
    .map((s) => ({ at: s.at, description: s.description.trim() }))
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** `2010-06-21T18:30:00` → `2010-06-21 18:30`. */
export const formatStepTime = (at: string): string => at.replace('T', ' ').slice(0, 16);

/** The losses in one line: 死亡 19 人 · 受伤 71 人 … */
export function lossesLine(losses: {
  deaths?: number | null;
  injuries?: number | null;
  missing?: number | null;
  affected?: number | null;
  directLoss?: number | null;
}): string {
  const t = zhCN.cases.losses;
  const parts: string[] = [];
  if (losses.deaths != null) parts.push(t.deaths(losses.deaths));
  if (losses.injuries != null) parts.push(t.injuries(losses.injuries));
  if (losses.missing != null) parts.push(t.missing(losses.missing));
  if (losses.affected != null) parts.push(t.affected(losses.affected));
  if (losses.directLoss != null) parts.push(t.directLoss(losses.directLoss));
  return parts.join(' · ');
}
