/**
 * The API's types, generated at build time from the API document the backend serves and keeps in
 * `openapi.json` (`npm run api` writes `schema.d.ts`; docs/frontend.md). A feature names the schemas it uses:
 * `export type Obligation = Schemas['Obligations.Item']`. Every field is present (a request sends each too, null for
 * none); one the backend may leave null is `T | null`.
 */
import type { components } from './schema';

export type Schemas = components['schemas'];

/**
 * A schema with some of its string fields narrowed to the literals the frontend knows (a state, a category): the
 * backend sends the literal as a string; each narrowed field must be one of the schema's.
 */
export type Narrowed<T, N extends { [K in keyof N]: K extends keyof T ? unknown : never }> = Omit<T, keyof N> & N;
