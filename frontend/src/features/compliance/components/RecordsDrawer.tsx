import { Drawer, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { useRecords } from '../service';
import type { ComplianceRecord, RecordsQuery } from '../types';

const PAGE_SIZE = 20;

/** The records behind a number: the same count as the number, each opening its page. */
export function RecordsDrawer({ query, onClose }: { query: RecordsQuery | null; onClose: () => void }) {
  const t = zhCN.compliance.records;
  const [page, setPage] = useState(0);
  const { data, isFetching } = useRecords(query, page, PAGE_SIZE);
  return (
    <Drawer
      open={query != null}
      onClose={() => {
        setPage(0);
        onClose();
      }}
      width={860}
      title={query ? t.title(query.tenantName, query.label) : ''}
      destroyOnHidden
    >
      <div data-testid="compliance-records">
        <Typography.Paragraph type="secondary" data-testid="compliance-records-total">
          {data ? t.total(data.total) : ''}
        </Typography.Paragraph>
        <Table<ComplianceRecord>
          rowKey={(r) => `${r.kind}-${r.tenantCode ?? ''}-${r.id ?? r.title}`}
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t.empty }}
          pagination={{
            current: page + 1,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: (p) => setPage(p - 1),
          }}
          columns={[
            { title: t.region, dataIndex: 'tenantName', key: 'region', width: 110 },
            {
              title: t.name,
              key: 'name',
              render: (_, r) => (r.link ? <Link to={r.link}>{r.title}</Link> : r.title),
            },
            { title: t.detail, dataIndex: 'detail', key: 'detail' },
            { title: t.date, dataIndex: 'date', key: 'date', width: 110 },
          ]}
        />
      </div>
    </Drawer>
  );
}
