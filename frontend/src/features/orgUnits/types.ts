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
}

export interface OrgUnitUpdate extends OrgUnitInput {
  version: number;
}
