import { Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { drillDate } from '../drills';
import type { DrillRow } from '../types';
import { DrillStatusTag } from './DrillStatusTag';

interface Props {
  rows: DrillRow[];
  total: number;
  page: number;
  size: number;
  loading: boolean;
  onPage: (page: number, size: number) => void;
}

/** 演练列表: one row a drill, newest first (by 举办日期, else 计划日期). */
export function DrillTable({ rows, total, page, size, loading, onPage }: Props) {
  const t = zhCN.drills;
  return (
    <div data-testid="drill-table">
      <Table<DrillRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        locale={{ emptyText: t.empty }}
        pagination={{
          current: page + 1,
          pageSize: size,
          total,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: t.total,
          onChange: (p, s) => onPage(p - 1, s),
        }}
        columns={[
          {
            title: t.columns.title,
            key: 'title',
            render: (_, row) => (
              <Space size={4} wrap>
                <Link to={`/drills/${row.id}`}>{row.title}</Link>
                {row.participantCodes.length > 0 && <Tag color="purple">{t.joint}</Tag>}
              </Space>
            ),
          },
          {
            title: t.columns.tenant,
            key: 'tenant',
            width: 160,
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <span>{row.tenantName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.organizerUnitName ?? t.hidden}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t.columns.form, dataIndex: 'formLabel', key: 'form', width: 100 },
          { title: t.columns.date, key: 'date', width: 120, render: (_, row) => drillDate(row) ?? t.none },
          { title: t.columns.status, key: 'status', width: 90, render: (_, row) => <DrillStatusTag status={row.status} /> },
          {
            title: t.columns.evaluated,
            key: 'evaluated',
            width: 90,
            render: (_, row) =>
              row.status === 'held' && (row.evaluated ? <Tag color="green">{t.evaluated}</Tag> : <Tag>{t.notEvaluated}</Tag>),
          },
        ]}
      />
    </div>
  );
}
