import { List, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Highlight } from '../features/plans/components/Highlight';
import type { HitMatch } from './matching';
import { MatchTag } from './MatchTag';

/** What every search hit has: the title, and Elasticsearch's highlighted fragments of it. */
interface Hit {
  id: string;
  title: string;
  highlights?: { title?: string[] } | null;
  /** How the search found it: `partial` is tagged 部分匹配, `semantic` 语义相关. */
  match?: HitMatch | null;
}

interface Props<H extends Hit> {
  hits: H[];
  loading?: boolean;
  /** Shown when there is no hit. */
  empty: string;
  testId: string;
  /** Names each hit for the browser tests. */
  hitTestId: string;
  /** Names each snippet, when the browser tests read them. */
  snippetTestId?: string;
  /** Paging, when the hits are one page of more (`page` counts from 0). */
  pagination?: { page: number; size: number; total: number; showTotal: (total: number) => string; onPage: (page: number, size: number) => void };
  /** The hit's detail page. */
  href: (hit: H) => string;
  /** The tags beside the title (status, flags, …). */
  tags: (hit: H) => ReactNode;
  /** The line under the title (region, kind, dates, …). */
  meta: (hit: H) => ReactNode;
  /** Highlighted fragments of the hit's text. */
  snippets: (hit: H) => string[];
}

/** Search hits, one a block: the title (highlighted) linking to the hit, its tags, a line about it and snippets. */
export function SearchHitList<H extends Hit>({
  hits,
  loading,
  empty,
  testId,
  hitTestId,
  snippetTestId,
  pagination,
  href,
  tags,
  meta,
  snippets,
}: Props<H>) {
  return (
    <List<H>
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
          showTotal: pagination.showTotal,
          onChange: (p, s) => pagination.onPage(p - 1, s),
        }
      }
      renderItem={(hit) => (
        <List.Item key={hit.id}>
          <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid={hitTestId}>
            <Space size={8} wrap>
              <Link to={href(hit)} style={{ fontSize: 16, fontWeight: 500 }}>
                {hit.highlights?.title?.[0] ? <Highlight fragment={hit.highlights.title[0]} /> : hit.title}
              </Link>
              {tags(hit)}
              <MatchTag match={hit.match} />
            </Space>
            <Space size={4} wrap>
              {meta(hit)}
            </Space>
            {snippets(hit).map((fragment, i) => (
              <Typography.Paragraph key={i} type="secondary" style={{ margin: 0 }} data-testid={snippetTestId}>
                …<Highlight fragment={fragment} />…
              </Typography.Paragraph>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
