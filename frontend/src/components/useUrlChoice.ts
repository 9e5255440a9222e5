import { useSearchParams } from 'react-router';

/** The value of `name` in the URL's parameters, if the list knows it; else the fallback. */
export function choiceIn<T extends string>(params: URLSearchParams, name: string, values: readonly T[], fallback: T): T {
  const raw = params.get(name);
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

/** The parameters with `name` set to `next` (removed when it is the fallback); the others as they are. */
export function withChoice(params: URLSearchParams, name: string, next: string, fallback: string): URLSearchParams {
  const updated = new URLSearchParams(params);
  if (next === fallback) {
    updated.delete(name);
  } else {
    updated.set(name, next);
  }
  return updated;
}

/**
 * A list's filter, tab or view kept in the URL (`?name=value`): back, reload and a link in a new tab keep it; a value
 * the list does not know falls back. Other parameters of the URL stay as they are; the fallback is not written.
 */
export function useUrlChoice<T extends string>(name: string, values: readonly T[], fallback: T): [T, (next: T) => void] {
  const [params, setParams] = useSearchParams();
  return [choiceIn(params, name, values, fallback), (next: T) => setParams((previous) => withChoice(previous, name, next, fallback))];
}
