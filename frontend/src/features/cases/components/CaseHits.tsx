import { Tag, Typography } from 'antd';
import { SearchHitList } from '../../../components/SearchHitList';
import { zhCN } from '../../../i18n/zh-CN';
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
    <SearchHitList
      testId={testId}
      hitTestId="case-hit"
      hits={hits}
      loading={loading}
      empty={empty}
      pagination={pagination && { ...pagination, showTotal: t.search.total, onPage: (page) => pagination.onPage(page) }}
      href={(hit) => `/cases/${hit.id}`}
      tags={(hit) => (
        <>
          {hit.classic && (
            <Tag color="gold" data-testid="case-classic">
              {t.classic}
            </Tag>
          )}
          {hit.status !== 'published' && <Tag>{t.statuses[hit.status]}</Tag>}
        </>
      )}
      meta={(hit) => (
        <>
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
        </>
      )}
      snippets={snippets}
    />
  );
}
