/** `kind` of an organization unit (docs/contracts.md). */
export type OrgUnitKind = 'government' | 'department' | 'township' | 'village' | 'enterprise' | 'institution';

/** Who besides the unit's own tenant may see it. */
export type Sharing = 'private' | 'up' | 'down' | 'vertical' | 'public';

/** `GET /api/v1/org-units` */
export interface OrgUnit {
  id: string;
  tenantCode: string;
  kind: OrgUnitKind;
  name: string;
  parentId: string | null;
  supervisingUnitId: string | null;
  sharing: Sharing;
  /** 高危企业、人员密集场所: drills at least every half year. */
  highRisk: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/v1/org-units`; `PUT /api/v1/org-units/{id}` adds the `version` that was read. */
export interface OrgUnitInput {
  kind: OrgUnitKind;
  name: string;
  parentId: string | null;
  supervisingUnitId: string | null;
  sharing: Sharing;
  highRisk: boolean;
}

export interface OrgUnitUpdate extends OrgUnitInput {
  version: number;
}
