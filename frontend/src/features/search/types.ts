import type { Narrowed, Schemas } from '../../api/schemas';
import type { MatchMode } from '../../components/matching';

/** The kinds of record unified search (全局检索) answers with, in the API's words. */
export type SearchKind = 'plan' | 'case' | 'expert' | 'drill' | 'event' | 'event_report' | 'warning';

/**
 * A hit as the results list shows it: `snippets` HTML-escaped text with `<em>` marks; `match` `partial` when no record
 * of the kind holds every word and this one holds some (tagged 部分匹配).
 */
export type SearchHit = Narrowed<Schemas['SearchSource.Hit'], { match: MatchMode | null }>;

export type SearchGroup = Narrowed<Schemas['SearchSource.Group'], { kind: SearchKind; hits: SearchHit[] }>;

export type UnifiedSearchAnswer = Narrowed<Schemas['UnifiedSearchController.Answer'], { groups: SearchGroup[] }>;
