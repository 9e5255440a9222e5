import { DeleteOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { App as AntdApp, Button, Card, List, Popconfirm, Typography } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { describeSearch } from '../cases';
import { useDeleteSearch, useSavedSearches } from '../service';
import type { SearchParams } from '../types';

/** 保存的检索 of the signed-in user: run one (the search page reopens it) or delete it. */
export function SavedSearchesCard({ onRun }: { onRun: (params: SearchParams) => void }) {
  const t = zhCN.cases.savedSearches;
  const { message } = AntdApp.useApp();
  const { data, isPending } = useSavedSearches();
  const remove = useDeleteSearch();
  return (
    <Card size="small" title={t.title} data-testid="saved-searches">
      <List
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        locale={{ emptyText: t.empty }}
        renderItem={(saved) => (
          <List.Item
            data-testid="saved-search"
            actions={[
              <Button key="run" size="small" type="link" icon={<PlayCircleOutlined />} onClick={() => onRun(saved.query)}>
                {t.run}
              </Button>,
              <Popconfirm
                key="delete"
                title={`${t.delete}「${saved.name}」？`}
                onConfirm={() => remove.mutateAsync(saved.id).then(() => void message.success(t.deleted))}
              >
                <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t.delete} />
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={saved.name}
              description={<Typography.Text type="secondary">{describeSearch(saved.query)}</Typography.Text>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
