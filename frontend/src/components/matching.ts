/**
 * How a search's hits match its words (docs/search.md): `full` when they hold every word, `partial` when no
 * record does and the best partial matches stand in.
 */
export type MatchMode = 'full' | 'partial';

/** How a search found one hit: every word, some of them (partial mode), or by meaning (语义检索). */
export type HitMatch = MatchMode | 'semantic';

/**
 * A hybrid search's answer (plans, experts, cases) as the page reads it: the API's schema `R` with its hits, its
 * facets (those the page knows) and its match mode narrowed. `total`: the hits holding every word (the facets count
 * these); `others`: the hits after them, found by some of the words or by meaning; `match`: `partial` when no record
 * holds every word; `suggestions`: other words to try.
 */
export type HybridResult<
  R extends { items: unknown; facets: Record<string, unknown>; match: string },
  Hit,
  Facet extends string,
> = Omit<R, 'items' | 'facets' | 'match'> & {
  items: Hit[];
  facets: Partial<Record<Facet, R['facets'][string]>>;
  match: MatchMode;
};

/** What every search result with partial matches and suggestions says about itself. */
export interface Matching {
  /** The records holding every word. */
  total: number;
  /** The records after them: partial matches and those found by meaning. */
  others?: number;
  match?: MatchMode;
  /** Other words to try: only when not even a partial match exists. */
  suggestions?: string[];
}

/** What to say above the hits: that they match only some words, which words to try instead, or nothing. */
export function matchNotice(result: Matching | undefined): 'partial' | 'suggestions' | null {
  if (!result) {
    return null;
  }
  const found = result.total + (result.others ?? 0);
  if (result.match === 'partial' && found > 0) {
    return 'partial';
  }
  if (found === 0 && (result.suggestions?.length ?? 0) > 0) {
    return 'suggestions';
  }
  return null;
}

/** Whether a hit is one of the partial matches (it gets the 部分匹配 tag). */
export function isPartial(hit: { match?: HitMatch | null }): boolean {
  return hit.match === 'partial';
}
