import type { Me } from '../me/types';

/** The server's rules of a group (SearchTermRules): 2–20 terms, each 1–20 characters without blanks, none twice. */
export const MIN_TERMS = 2;
export const MAX_TERMS = 20;
export const MAX_TERM_LENGTH = 20;
export const MAX_NOTE_LENGTH = 200;

/** The terms typed into one box, separated by 、，, ; or blanks (as a list of terms is usually written). */
export function parseTerms(text: string): string[] {
  return text
    .split(/[、，,；;\s\u3000]+/u)
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
}

/** What is wrong with the typed terms, in the server's words; `undefined` when the server will take them. */
export function termsProblem(terms: readonly string[]): string | undefined {
  if (terms.length < MIN_TERMS || terms.length > MAX_TERMS) {
    return `一组检索同义词须有 ${MIN_TERMS}–${MAX_TERMS} 个词`;
  }
  const long = terms.find((term) => [...term].length > MAX_TERM_LENGTH);
  if (long) {
    return `检索词「${long}」超过 ${MAX_TERM_LENGTH} 个字`;
  }
  const twice = terms.find((term, i) => terms.indexOf(term) !== i);
  return twice ? `检索词「${twice}」在本组中重复` : undefined;
}

/** Only a province's 单位管理员 adds groups; the offices below read them (the API decides; this hides the button). */
export const canAddSearchTerms = (me: Pick<Me, 'roles' | 'tenant'>): boolean =>
  me.roles.includes('tenant_admin') && me.tenant.tier === 'province';
