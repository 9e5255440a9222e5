import { recordPage } from '../../records';
import { zhCN } from '../../i18n/zh-CN';
import type { SearchHit, SearchKind } from './types';

/** Where a hit opens: the record's own page (experts: the 专家库 searched for the name). */
export function hitLink(kind: SearchKind, hit: SearchHit): string {
  return kind === 'expert' ? `/experts?q=${encodeURIComponent(hit.title)}` : recordPage(kind, hit.id);
}

/** A hit's status in words, by kind (the API sends each kind's own status code). */
export function statusLabel(kind: SearchKind, status: string | null): string | undefined {
  if (!status) {
    return undefined;
  }
  const labels: Record<SearchKind, Record<string, string>> = {
    plan: zhCN.plans.statuses,
    case: zhCN.search.caseStatuses,
    drill: zhCN.drills.statuses,
    expert: zhCN.experts.availabilities,
    event: { open: zhCN.events.event.open, closed: zhCN.events.event.closed },
    event_report: {},
    warning: zhCN.warnings.statuses,
  };
  return labels[kind][status] ?? status;
}

/** Each kind's own page, searching the same words: 查看全部 (all hits, facets, export). */
export function seeAllLink(kind: SearchKind, q: string): string {
  const words = encodeURIComponent(q.trim());
  switch (kind) {
    case 'plan':
      return `/plans?q=${words}`;
    case 'case':
      return `/cases?q=${words}`;
    case 'drill':
      return `/drills?q=${words}`;
    case 'expert':
      return `/experts?q=${words}`;
    case 'event':
    case 'event_report':
      // the events' list (reports are read on their event's page) has no words of its own: all the viewer reads
      return '/events';
    case 'warning':
      return '/warnings';
  }
}

/** The search page's address for these words. */
export const searchPath = (q: string) => `/search?q=${encodeURIComponent(q.trim())}`;
