import type { MatchMode } from '../../components/matching';

/** The kinds of record unified search (全局检索) answers with, in the API's words. */
export type SearchKind = 'plan' | 'case' | 'expert' | 'drill';

export interface SearchHit {
  id: string;
  title: string;
  tenantName: string | null;
  status: string | null;
  date: string | null;
  detail: string | null;
  /** HTML-escaped text with `<em>` marks. */
  snippets: string[];
  /** `partial`: no record of the kind holds every word; this one holds some (tagged 部分匹配). */
  match?: MatchMode;
}

export interface SearchGroup {
  kind: SearchKind;
  total: number;
  hits: SearchHit[];
}

export interface UnifiedSearchAnswer {
  q: string;
  groups: SearchGroup[];
}
