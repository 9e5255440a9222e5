import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import type { TenantNode } from '../../tenants/types';

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

const toOption = (node: TenantNode): TreeOption => ({
  value: node.code,
  title: node.name,
  children: node.children.map(toOption),
});

interface Props {
  root: TenantNode;
  /** Given by the page, or by the Form.Item around it. */
  value?: string;
  onChange?: (code: string) => void;
}

/** The caller's own tenant and everything below it (`GET /api/v1/tenants/tree`). */
export function TenantPicker({ root, value, onChange }: Props) {
  const treeData = useMemo(() => [toOption(root)], [root]);
  return (
    <TreeSelect
      style={{ width: 220 }}
      value={value}
      onChange={onChange}
      treeData={treeData}
      treeDefaultExpandedKeys={[root.code]}
      showSearch
      treeNodeFilterProp="title"
      placeholder={zhCN.orgUnits.tenantPickerPlaceholder}
      popupMatchSelectWidth={false}
    />
  );
}
