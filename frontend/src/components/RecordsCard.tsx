import { Card, Table, type TableColumnsType } from 'antd';

interface Props<T> {
  title: string;
  testId: string;
  /** A small card beside others; a full one otherwise. */
  small?: boolean;
  loading: boolean;
  records: T[] | undefined;
  empty: string;
  columns: TableColumnsType<T>;
}

/** A card listing all the records of one kind that belong to a record (a plan's evaluations, filings, …). */
export function RecordsCard<T extends { id: string }>({ title, testId, small, loading, records, empty, columns }: Props<T>) {
  return (
    <Card title={title} size={small ? 'small' : undefined} data-testid={testId}>
      <Table<T>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={records ?? []}
        pagination={false}
        locale={{ emptyText: empty }}
        columns={columns}
      />
    </Card>
  );
}
