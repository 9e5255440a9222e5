import { List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { Highlight } from '../../plans/components/Highlight';
import { severityColor, severityLabel, snippets } from '../cases';
import type { CaseHit } from '../types';

interface Props {
  hits: CaseHit[];
  loading?: boolean;
  empty: string;
  testId: string;
  pagination?: { page: number; size: number; total: number; onPage: (page: number) => void };
}

/** Case hits: the title (highlighted), type, severity, place and date, and snippets of the text. */
export function CaseHits({ hits, loading, empty, testId, pagination }: Props) {
  const t = zhCN.cases;
  return (
    <List<CaseHit>
      data-testid={testId}
      loading={loading}
      itemLayout="vertical"
      dataSource={hits}
      locale={{ emptyText: empty }}
      pagination={
        pagination &&
        pagination.total > 0 && {
          current: pagination.page + 1,
          pageSize: pagination.size,
          total: pagination.total,
          showSizeChanger: false,
          showTotal: t.search.total,
          onChange: (p) => pagination.onPage(p - 1),
        }
      }
      renderItem={(hit) => (
        <List.Item key={hit.id}>
          <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="case-hit">
            <Space size={8} wrap>
              <Link to={`/cases/${hit.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                {hit.highlights?.title?.[0] ? <Highlight fragment={hit.highlights.title[0]} /> : hit.title}
              </Link>
              {hit.status !== 'published' && <Tag>{t.statuses[hit.status]}</Tag>}
            </Space>
            <Space size={4} wrap>
              <Tag bordered={false} color="orange">
                {hit.eventType}
              </Tag>
              <Tag bordered={false} color={severityColor(hit.severity)}>
                {severityLabel(hit.severity)}
              </Tag>
              <Typography.Text type="secondary">
                {[hit.province, hit.city, hit.placeName].filter((v, i, all) => v && all.indexOf(v) === i).join(' ')}
                {'\u3000'}
                {hit.occurredOn}
                {'\u3000'}
                {hit.tenantName}
              </Typography.Text>
            </Space>
            {snippets(hit).map((fragment, i) => (
              <Typography.Paragraph key={i} type="secondary" style={{ margin: 0 }}>
                …<Highlight fragment={fragment} />…
              </Typography.Paragraph>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
