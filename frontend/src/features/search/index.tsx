import { Card, Empty, List, Select, Space, Spin, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { MatchTag } from '../../components/MatchTag';
import { zhCN } from '../../i18n/zh-CN';
import { Highlight } from '../plans/components/Highlight';
import { hitLink, seeAllLink, statusLabel } from './search';
import { useUnifiedSearch } from './service';
import type { SearchGroup } from './types';

const SIZES = [5, 10, 20];
const DEFAULT_SIZE = 5;

/** 全局检索: the header box's words over plans, cases, experts and drills, grouped by kind. */
export default function UnifiedSearchPage() {
  const t = zhCN.search;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const size = SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : DEFAULT_SIZE;
  const { data, isFetching } = useUnifiedSearch(q, size);

  return (
    <Card
      title={t.title}
      extra={
        <Space>
          <Typography.Text type="secondary">{t.perKind}</Typography.Text>
          <Select
            data-testid="per-kind"
            value={size}
            options={SIZES.map((n) => ({ value: n, label: n }))}
            onChange={(value) => setParams({ q, size: String(value) })}
            style={{ width: 80 }}
          />
        </Space>
      }
    >
      {q.trim() === '' ? (
        <Empty description={t.enterWords} />
      ) : (
        <Spin spinning={isFetching}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {data?.groups.map((group) => <GroupCard key={group.kind} group={group} q={q} />)}
          </Space>
        </Spin>
      )}
    </Card>
  );
}

function GroupCard({ group, q }: { group: SearchGroup; q: string }) {
  const t = zhCN.search;
  return (
    <Card
      type="inner"
      size="small"
      data-testid={`search-group-${group.kind}`}
      title={
        <Space>
          {t.kinds[group.kind]}
          <Typography.Text type="secondary">{t.total(group.total)}</Typography.Text>
        </Space>
      }
      extra={group.total > 0 && <Link to={seeAllLink(group.kind, q)}>{t.seeAll}</Link>}
    >
      <List
        size="small"
        dataSource={group.hits}
        locale={{ emptyText: t.noHits }}
        renderItem={(hit) => (
          <List.Item key={hit.id} data-testid="search-hit">
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <Link to={hitLink(group.kind, hit)}>{hit.title}</Link>
                <MatchTag match={hit.match} />
                {hit.tenantName && <Tag bordered={false}>{hit.tenantName}</Tag>}
                {hit.status && <Tag color="blue">{statusLabel(group.kind, hit.status)}</Tag>}
                {hit.date && <Typography.Text type="secondary">{hit.date}</Typography.Text>}
                {hit.detail && <Typography.Text type="secondary">{hit.detail}</Typography.Text>}
              </Space>
              {hit.snippets.map((snippet, i) => (
                <Typography.Text key={i} type="secondary" style={{ fontSize: 13 }}>
                  <Highlight fragment={snippet} />
                </Typography.Text>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
