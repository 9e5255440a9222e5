import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import { formatTime, kindLabel, sharingLabel } from '../orgUnits';
import type { OrgUnit, Sharing } from '../types';

const sharingColor: Record<Sharing, string> = {
  private: 'default',
  up: 'blue',
  down: 'cyan',
  vertical: 'purple',
  public: 'green',
};

interface Props {
  /** The rows to show (already filtered). */
  units: OrgUnit[];
  /** Every unit of the tenant, to name parents and supervising departments. */
  all: OrgUnit[];
  loading: boolean;
  /** Offers 编辑 on each row when set. */
  onEdit?: (unit: OrgUnit) => void;
}

export function OrgUnitTable({ units, all, loading, onEdit }: Props) {
  const t = zhCN.orgUnits;
  const names = useMemo(() => new Map(all.map((unit) => [unit.id, unit.name])), [all]);
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? t.none) : t.none);

  const columns: ColumnsType<OrgUnit> = [
    {
      key: 'name',
      title: t.columns.name,
      dataIndex: 'name',
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      key: 'kind',
      title: t.columns.kind,
      dataIndex: 'kind',
      render: (kind: OrgUnit['kind'], unit: OrgUnit) => (
        <>
          {kindLabel(kind)}
          {unit.highRisk && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              {t.highRiskTag}
            </Tag>
          )}
        </>
      ),
    },
    { key: 'parent', title: t.columns.parent, dataIndex: 'parentId', render: nameOf },
    { key: 'supervising', title: t.columns.supervising, dataIndex: 'supervisingUnitId', render: nameOf },
    {
      key: 'sharing',
      title: t.columns.sharing,
      dataIndex: 'sharing',
      render: (sharing: Sharing) => (
        <Tag color={sharingColor[sharing] ?? 'default'} bordered={false}>
          {sharingLabel(sharing)}
        </Tag>
      ),
    },
    {
      key: 'version',
      title: t.columns.version,
      render: (_, unit) => <Typography.Text type="secondary">{formatTime(unit.updatedAt)}</Typography.Text>,
    },
  ];
  if (onEdit) {
    columns.push({
      key: 'actions',
      title: t.columns.actions,
      width: 96,
      render: (_, unit) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(unit)}>
          {t.edit}
        </Button>
      ),
    });
  }

  return (
    <Table<OrgUnit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={units}
      loading={loading}
      locale={{ emptyText: t.empty }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: t.total }}
    />
  );
}
