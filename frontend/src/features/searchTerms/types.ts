import type { Schemas } from '../../api/schemas';

/**
 * 检索同义词组 (`GET /api/v1/search-terms`): a group of search terms of the caller's province; `editable` when the
 * caller may change it (the province's own 单位管理员).
 */
export type SearchTermGroup = Schemas['SearchTermGroup'];

/** Body of `POST /api/v1/search-terms`; `PUT /api/v1/search-terms/{id}` adds the `version` that was read. */
export interface SearchTermInput {
  terms: string[];
  note: string | null;
  version?: number;
}
