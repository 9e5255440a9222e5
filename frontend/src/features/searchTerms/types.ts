/** 检索同义词组 (`GET /api/v1/search-terms`): a group of search terms of the caller's province. */
export interface SearchTermGroup {
  id: string;
  /** The province that keeps it. */
  tenantName: string;
  terms: string[];
  note: string | null;
  createdByName: string | null;
  updatedByName: string | null;
  updatedAt: string;
  version: number;
  /** The caller may change it: the province's own 单位管理员. */
  editable: boolean;
}

/** Body of `POST /api/v1/search-terms`; `PUT /api/v1/search-terms/{id}` adds the `version` that was read. */
export interface SearchTermInput {
  terms: string[];
  note: string | null;
  version?: number;
}
