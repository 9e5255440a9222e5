import type { Narrowed, Schemas } from '../../api/schemas';
import type { Tier } from '../../i18n/labels';
import type { TenantRef } from '../tenants/types';

/**
 * `GET /api/v1/me`: `ancestors` from the province down, without the caller's own tenant; `policy` the effective tier
 * policy (the merge of the policies along the tenant's path).
 */
export type Me = Narrowed<
  Schemas['TenancyController.Me'],
  {
    tenant: Narrowed<Schemas['TenancyController.TenantView'], { tier: Tier }>;
    ancestors: TenantRef[];
    policy: Record<string, unknown>;
  }
>;
