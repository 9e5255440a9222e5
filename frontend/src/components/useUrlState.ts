import { useSearchParams } from 'react-router';

/** What a list writes into the URL: a value by name; undefined or '' removes it. */
export type UrlChanges = Record<string, string | number | undefined>;

/** The parameters with `changes` applied; the others as they are. */
export function paramsWith(params: URLSearchParams, changes: UrlChanges): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || value === '') {
      next.delete(name);
    } else {
      next.set(name, String(value));
    }
  }
  return next;
}

/** The whole number (0 or more) of `name`; the fallback when missing or not one. */
export function countIn(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : fallback;
}

/** The picked value of each facet, from `<prefix><name>`. */
export function facetsIn<N extends string>(params: URLSearchParams, names: readonly N[], prefix = ''): Partial<Record<N, string>> {
  const picked: Partial<Record<N, string>> = {};
  for (const name of names) {
    const value = params.get(prefix + name);
    if (value) {
      picked[name] = value;
    }
  }
  return picked;
}

/** The changes that make the URL's facets exactly `picked` (a facet no longer picked is removed). */
export function facetChanges<N extends string>(picked: Partial<Record<N, string>>, names: readonly N[], prefix = ''): UrlChanges {
  return Object.fromEntries(names.map((name) => [prefix + name, picked[name]]));
}

/** The page and size of a list as the URL keeps them: page 0 and the list's own size are not written. */
export function pageChanges(page: number, size: number, pageSize: number): UrlChanges {
  return { page: page > 0 ? page : undefined, size: size !== pageSize ? size : undefined };
}

/**
 * A list's words, filters, facets, sort, page and size kept in the URL: back, reload and a link in a new tab show the
 * same list; each change is a step of the browser's history. See also `useUrlChoice` for one choice among values.
 */
export function useUrlState(): {
  params: URLSearchParams;
  text: (name: string) => string | undefined;
  count: (name: string, fallback: number) => number;
  set: (changes: UrlChanges) => void;
} {
  const [params, setParams] = useSearchParams();
  return {
    params,
    text: (name) => params.get(name) || undefined,
    count: (name, fallback) => countIn(params, name, fallback),
    set: (changes) => setParams((previous) => paramsWith(previous, changes)),
  };
}
