import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Radio, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { access } from '../../access';
import { MatchNotice } from '../../components/MatchNotice';
import { WordsSearch } from '../../components/WordsSearch';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { FacetFilters, type FacetSelection } from './components/FacetFilters';
import { PlanFormModal } from './components/PlanFormModal';
import { PlanResults } from './components/PlanResults';
import { useExportPlans, usePlanSearch } from './service';
import type { PlanSearchQuery, SearchSort } from './types';

const PAGE_SIZE = 10;

/** 预案管理: search over every plan the caller may see (own, shared by lower tiers, public), with facets. */
export default function PlansPage() {
  const t = zhCN.plans;
  const navigate = useNavigate();
  const { data: me } = useMe();
  // 全局检索's 查看全部 opens /plans?q=<words>
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [facets, setFacets] = useState<FacetSelection>({});
  const [sort, setSort] = useState<SearchSort>('relevance');
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(PAGE_SIZE);
  const [creating, setCreating] = useState(false);

  const query: PlanSearchQuery = {
    q,
    category: facets.category,
    status: facets.status,
    eventType: facets.event_types,
    tier: facets.tier,
    evaluation: facets.evaluation,
    flag: facets.flags,
    sort,
    page,
    size,
  };
  const { data, isFetching, refetch } = usePlanSearch(query);
  const exportPlans = useExportPlans();

  if (!me) {
    return <Skeleton active />;
  }
  const canCompile = access(me.roles).canCompilePlans;

  return (
    <Card
      title={t.title}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            loading={exportPlans.isPending}
            data-testid="plans-export"
            onClick={() => exportPlans.mutate({ query, fileName: t.exportFileName })}
          >
            {t.export}
          </Button>
          {canCompile && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t.create}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap size="middle" style={{ marginBottom: 16 }}>
        <WordsSearch
          key={q}
          testId="plan-search"
          placeholder={t.searchPlaceholder}
          enterButton={t.search}
          q={q}
          page={page}
          refetch={refetch}
          onSearch={(value) => {
            setQ(value);
            setPage(0);
          }}
        />
        <Radio.Group
          optionType="button"
          value={sort}
          onChange={(e) => {
            setSort(e.target.value as SearchSort);
            setPage(0);
          }}
          options={[
            { value: 'relevance', label: t.sortRelevance },
            { value: 'date', label: t.sortDate },
          ]}
        />
      </Space>
      <FacetFilters
        facets={data?.facets ?? {}}
        selected={facets}
        onChange={(selected) => {
          setFacets(selected);
          setPage(0);
        }}
      />
      <Divider style={{ margin: '8px 0' }} />
      <MatchNotice
        result={data}
        onSuggest={(word) => {
          setQ(word);
          setPage(0);
        }}
      />
      <PlanResults
        hits={data?.items ?? []}
        total={(data?.total ?? 0) + (data?.others ?? 0)}
        page={page}
        size={size}
        loading={isFetching}
        onPage={(p, s) => {
          setPage(s === size ? p : 0);
          setSize(s);
        }}
      />
      {creating && (
        <PlanFormModal onClose={() => setCreating(false)} onSaved={(plan) => navigate(`/plans/${plan.id}`)} />
      )}
    </Card>
  );
}
