import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Radio, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { access } from '../../access';
import { MatchNotice } from '../../components/MatchNotice';
import { choiceIn } from '../../components/useUrlChoice';
import { facetChanges, facetsIn, pageChanges, useUrlState } from '../../components/useUrlState';
import { WordsSearch } from '../../components/WordsSearch';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { FacetFilters } from './components/FacetFilters';
import { PlanFormModal } from './components/PlanFormModal';
import { PlanResults } from './components/PlanResults';
import { FACET_NAMES } from './plans';
import { useExportPlans, usePlanSearch } from './service';
import type { PlanSearchQuery, SearchSort } from './types';

const PAGE_SIZE = 10;

/**
 * 预案管理: search over every plan the caller may see (own, shared by lower tiers, public), with facets. The words,
 * facets, sort, page and size are kept in the URL (全局检索's 查看全部 opens /plans?q=<words>).
 */
export default function PlansPage() {
  const t = zhCN.plans;
  const navigate = useNavigate();
  const { data: me } = useMe();
  const url = useUrlState();
  const q = url.text('q') ?? '';
  const facets = facetsIn(url.params, FACET_NAMES);
  const sort = choiceIn<SearchSort>(url.params, 'sort', ['relevance', 'date'], 'relevance');
  const page = url.count('page', 0);
  const size = url.count('size', PAGE_SIZE);
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
          onSearch={(value) => url.set({ q: value, page: undefined })}
        />
        <Radio.Group
          optionType="button"
          value={sort}
          onChange={(e) => url.set({ sort: e.target.value === 'relevance' ? undefined : e.target.value, page: undefined })}
          options={[
            { value: 'relevance', label: t.sortRelevance },
            { value: 'date', label: t.sortDate },
          ]}
        />
      </Space>
      <FacetFilters
        facets={data?.facets ?? {}}
        selected={facets}
        onChange={(selected) => url.set({ ...facetChanges(selected, FACET_NAMES), page: undefined })}
      />
      <Divider style={{ margin: '8px 0' }} />
      <MatchNotice
        result={data}
        onSuggest={(word) => url.set({ q: word, page: undefined })}
      />
      <PlanResults
        hits={data?.items ?? []}
        total={(data?.total ?? 0) + (data?.others ?? 0)}
        page={page}
        size={size}
        loading={isFetching}
        onPage={(p, s) => url.set(pageChanges(s === size ? p : 0, s, PAGE_SIZE))}
      />
      {creating && (
        <PlanFormModal onClose={() => setCreating(false)} onSaved={(plan) => navigate(`/plans/${plan.id}`)} />
      )}
    </Card>
  );
}
