import { Breadcrumb, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { tierLabel } from '../../../i18n/labels';
import { zhCN } from '../../../i18n/zh-CN';
import { useTenant } from '../service';
import type { TenantDetail } from '../types';

interface Props {
  code: string;
  onSelect: (code: string) => void;
}

/** The side panel: one tenant as `GET /api/v1/tenants/{code}` describes it. */
export function TenantDetailCard({ code, onSelect }: Props) {
  const { data: tenant, isPending, isError } = useTenant(code);
  return (
    <Card title={zhCN.tenants.detailTitle}>
      {isError ? (
        <Typography.Text type="secondary">{zhCN.tenants.loadFailed}</Typography.Text>
      ) : isPending ? (
        <Skeleton active />
      ) : (
        <TenantDescriptions tenant={tenant} onSelect={onSelect} />
      )}
    </Card>
  );
}

function TenantDescriptions({ tenant, onSelect }: { tenant: TenantDetail; onSelect: (code: string) => void }) {
  const t = zhCN.tenants;
  const parent = tenant.ancestors.at(-1);
  return (
    <Descriptions
      column={1}
      items={[
        { key: 'name', label: t.name, children: <Typography.Text strong>{tenant.name}</Typography.Text> },
        { key: 'code', label: t.code, children: tenant.code },
        { key: 'tier', label: t.tier, children: tierLabel(tenant.tier) },
        { key: 'parent', label: t.parent, children: parent ? `${parent.name}（${parent.code}）` : zhCN.policy.none },
        {
          key: 'path',
          label: t.path,
          children: <Breadcrumb items={[...tenant.ancestors, tenant].map((a) => ({ key: a.code, title: a.name }))} />,
        },
        {
          key: 'children',
          label: t.children,
          children:
            tenant.children.length === 0 ? (
              t.noChildren
            ) : (
              <Space size={[0, 6]} wrap>
                {tenant.children.map((child) => (
                  <Tag key={child.code} style={{ cursor: 'pointer' }} onClick={() => onSelect(child.code)}>
                    {child.name}
                  </Tag>
                ))}
              </Space>
            ),
        },
      ]}
    />
  );
}
