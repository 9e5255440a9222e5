import type { Narrowed, Schemas } from '../../api/schemas';
import type { Tier } from '../../i18n/labels';

export type TenantRef = Narrowed<Schemas['TenantQueries.TenantSummary'], { tier: Tier }>;

export type TenantNode = Narrowed<Schemas['TenantQueries.TenantNode'], { tier: Tier; children: TenantNode[] }>;

/** `GET /api/v1/tenants/tree`: the caller's subtree; ancestors from the province down, without the caller. */
export type TenantTree = Narrowed<Schemas['TenancyController.Tree'], { root: TenantNode; ancestors: TenantRef[] }>;

/** `GET /api/v1/tenants/{code}` */
export type TenantDetail = Narrowed<
  Schemas['TenantQueries.TenantDetail'],
  { tier: Tier; ancestors: TenantRef[]; children: TenantRef[] }
>;
