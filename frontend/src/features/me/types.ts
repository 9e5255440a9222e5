import type { TenantRef } from '../tenants/types';

/** `GET /api/v1/me` */
export interface Me {
  username: string;
  name: string;
  roles: string[];
  tenant: TenantRef & { path: string };
  /** From the province down, without the caller's own tenant. */
  ancestors: TenantRef[];
  /** The effective tier policy: the merge of the policies along the tenant's path. */
  policy: Record<string, unknown>;
}
