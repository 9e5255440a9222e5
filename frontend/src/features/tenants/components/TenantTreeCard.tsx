import { Card, Empty, Input, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { tierLabel } from '../../../i18n/labels';
import { zhCN } from '../../../i18n/zh-CN';
import { searchTree } from '../treeSearch';
import type { TenantNode } from '../types';

const tierColor = { province: 'red', city: 'orange', county: 'green' } as const;

function toDataNode(node: TenantNode): DataNode {
  return {
    key: node.code,
    title: (
      <Space size={6}>
        <span>{node.name}</span>
        <Typography.Text type="secondary">{node.code}</Typography.Text>
        <Tag color={tierColor[node.tier]} bordered={false}>
          {tierLabel(node.tier)}
        </Tag>
      </Space>
    ),
    children: node.children.map(toDataNode),
  };
}

interface Props {
  root: TenantNode;
  selected: string;
  onSelect: (code: string) => void;
}

export function TenantTreeCard({ root, selected, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<string[]>([root.code]);
  const result = useMemo(() => searchTree(root, query), [root, query]);
  const treeData = useMemo(() => (result.tree ? [toDataNode(result.tree)] : []), [result]);

  const search = (value: string) => {
    setQuery(value);
    setExpanded(searchTree(root, value).expanded);
  };

  return (
    <Card title={zhCN.tenants.treeTitle}>
      <Input.Search allowClear placeholder={zhCN.tenants.searchPlaceholder} onChange={(e) => search(e.target.value)} />
      {treeData.length === 0 ? (
        <Empty description={zhCN.tenants.noMatch} />
      ) : (
        <Tree
          style={{ marginTop: 12 }}
          showLine
          blockNode
          treeData={treeData}
          expandedKeys={expanded}
          onExpand={(keys) => setExpanded(keys.map(String))}
          selectedKeys={[selected]}
          onSelect={(keys) => keys[0] !== undefined && onSelect(String(keys[0]))}
        />
      )}
    </Card>
  );
}
