import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Skeleton, Space } from 'antd';
import { useMemo, useState } from 'react';
import { access } from '../../access';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { NotificationRoutesCard } from '../notifications/components/NotificationRoutesCard';
import { PeopleCard } from '../people/PeopleCard';
import { useTenantTree } from '../tenants/service';
import { OrgUnitFormModal } from './components/OrgUnitFormModal';
import { OrgUnitTable } from './components/OrgUnitTable';
import { TenantPicker } from './components/TenantPicker';
import { ORG_UNIT_KINDS, filterUnits, kindLabel } from './orgUnits';
import { useOrgUnits } from './service';
import type { OrgUnit, OrgUnitKind } from './types';
import type { TenantNode } from '../tenants/types';

/** The modal's state: closed, a new unit, or one unit being edited. */
type Editing = { unit?: OrgUnit } | undefined;

const findName = (node: TenantNode, code: string): string | undefined =>
  node.code === code ? node.name : node.children.map((child) => findName(child, code)).find(Boolean);

/**
 * 组织单位: the units of the caller's tenant, maintained by its 单位管理员; upper tiers can look at what the
 * tenants below them share up (read-only).
 */
export default function OrgUnitsPage() {
  const t = zhCN.orgUnits;
  const { data: me } = useMe();
  const { data: tree } = useTenantTree();
  const [picked, setPicked] = useState<string>();
  const [kind, setKind] = useState<OrgUnitKind>();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>();

  const ownCode = me?.tenant.code;
  const viewing = picked ?? ownCode;
  const other = viewing !== undefined && viewing !== ownCode;
  const { data: units, isPending } = useOrgUnits(other ? viewing : undefined);
  const all = useMemo(() => units ?? [], [units]);
  const shown = useMemo(() => filterUnits(all, { kind, query }), [all, kind, query]);

  if (!me) {
    return <Skeleton active />;
  }
  const canManage = access(me.roles).canManageOrgUnits && !other;
  const hasTenantsBelow = (tree?.root.children.length ?? 0) > 0;

  return (
    <>
    <Card
      title={t.title}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t.add}
          </Button>
        )
      }
    >
      <Space wrap size="middle" style={{ marginBottom: 16 }}>
        {tree && hasTenantsBelow && (
          <Space size={8} data-testid="tenant-picker">
            <span>{t.tenantPicker}</span>
            <TenantPicker root={tree.root} value={viewing ?? tree.root.code} onChange={setPicked} />
          </Space>
        )}
        <Select<OrgUnitKind>
          data-testid="kind-filter"
          allowClear
          style={{ width: 220 }}
          placeholder={t.kindFilterPlaceholder}
          value={kind}
          onChange={setKind}
          options={ORG_UNIT_KINDS.map((value) => ({ value, label: kindLabel(value) }))}
        />
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t.searchPlaceholder}
          onChange={(e) => setQuery(e.target.value)}
        />
      </Space>
      {other && tree && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          message={t.readOnlyOther(findName(tree.root, viewing) ?? viewing)}
        />
      )}
      {!other && !canManage && (
        <Alert style={{ marginBottom: 16 }} type="info" showIcon message={t.readOnlyNoRole} />
      )}
      <OrgUnitTable
        units={shown}
        all={all}
        loading={isPending}
        onEdit={canManage ? (unit) => setEditing({ unit }) : undefined}
      />
      {editing && <OrgUnitFormModal editing={editing.unit} units={all} onClose={() => setEditing(undefined)} />}
    </Card>
    {canManage && <PeopleCard units={all} />}
    {canManage && <NotificationRoutesCard />}
    </>
  );
}
