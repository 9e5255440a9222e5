/**
 * How a search's hits match its words (docs/search.md): `full` when they hold every word, `partial` when no
 * record does and the best partial matches stand in.
 */
export type MatchMode = 'full' | 'partial';

/** What every search result with partial matches and suggestions says about itself. */
export interface Matching {
  total: number;
  match?: MatchMode;
  /** Other words to try: only when not even a partial match exists. */
  suggestions?: string[];
}

/** What to say above the hits: that they match only some words, which words to try instead, or nothing. */
export function matchNotice(result: Matching | undefined): 'partial' | 'suggestions' | null {
  if (!result) {
    return null;
  }
  if (result.match === 'partial' && result.total > 0) {
    return 'partial';
  }
  if (result.total === 0 && (result.suggestions?.length ?? 0) > 0) {
    return 'suggestions';
  }
  return null;
}

/** Whether a hit is one of the partial matches (it gets the 部分匹配 tag). */
export function isPartial(hit: { match?: MatchMode | null }): boolean {
  return hit.match === 'partial';
}
