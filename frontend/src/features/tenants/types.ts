import type { Tier } from '../../i18n/labels';

export interface TenantRef {
  code: string;
  name: string;
  tier: Tier;
}

export interface TenantNode extends TenantRef {
  children: TenantNode[];
}

/** `GET /api/v1/tenants/tree`: the caller's subtree; ancestors from the province down, without the caller. */
export interface TenantTree {
  root: TenantNode;
  ancestors: TenantRef[];
}

/** `GET /api/v1/tenants/{code}` */
export interface TenantDetail extends TenantRef {
  path: string;
  parentCode: string | null;
  ancestors: TenantRef[];
  children: TenantRef[];
}
