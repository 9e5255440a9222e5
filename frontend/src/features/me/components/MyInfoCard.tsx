import { Card, Descriptions, Tag } from 'antd';
import { tierLabel } from '../../../i18n/labels';
import { zhCN } from '../../../i18n/zh-CN';
import type { Me } from '../types';
import { AbilityTags } from './AbilityTags';
import { RoleTags } from './RoleTags';
import { TenantPath } from './TenantPath';

export function MyInfoCard({ me }: { me: Me }) {
  const t = zhCN.me;
  return (
    <Card title={t.myInfo}>
      <Descriptions
        column={1}
        items={[
          { key: 'tenant', label: t.tenant, children: me.tenant.name },
          { key: 'code', label: t.tenantCode, children: me.tenant.code },
          { key: 'tier', label: t.tier, children: <Tag color="geekblue">{tierLabel(me.tenant.tier)}</Tag> },
          { key: 'location', label: t.location, children: <TenantPath ancestors={me.ancestors} tenant={me.tenant} /> },
          { key: 'roles', label: t.roles, children: <RoleTags roles={me.roles} /> },
          { key: 'abilities', label: t.abilities, children: <AbilityTags roles={me.roles} /> },
        ]}
      />
    </Card>
  );
}
