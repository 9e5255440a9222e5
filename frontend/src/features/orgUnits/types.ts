import type { Narrowed, Schemas } from '../../api/schemas';
/** `kind` of an organization unit (docs/contracts.md). */
export type OrgUnitKind = 'government' | 'department' | 'township' | 'village' | 'enterprise' | 'institution';

/** Who besides the unit's own tenant may see it. */
export type Sharing = 'private' | 'up' | 'down' | 'vertical' | 'public';

/** `GET /api/v1/org-units`; `highRisk`: 高危企业、人员密集场所, drills at least every half year. */
export type OrgUnit = Narrowed<Schemas['OrgUnit'], { kind: OrgUnitKind; sharing: Sharing }>;

/** Body of `POST /api/v1/org-units`; `PUT /api/v1/org-units/{id}` adds the `version` that was read. */
export type OrgUnitInput = Narrowed<
  Omit<Schemas['OrgUnitRequest'], 'version'>,
  { kind: OrgUnitKind; sharing: Sharing; highRisk: boolean }
>;

export type OrgUnitUpdate = OrgUnitInput & { version: number };
