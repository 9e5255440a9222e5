import { Breadcrumb } from 'antd';
import type { TenantRef } from '../../tenants/types';

/** 山东省 / 潍坊市 / 潍城区: the ancestors from the province down, then the tenant itself. */
export function TenantPath({ ancestors, tenant }: { ancestors: TenantRef[]; tenant: TenantRef }) {
  return <Breadcrumb items={[...ancestors, tenant].map((t) => ({ key: t.code, title: t.name }))} />;
}
