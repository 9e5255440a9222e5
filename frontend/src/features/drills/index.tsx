import { CalendarOutlined, CheckSquareOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Select, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { access } from '../../access';
import { choiceIn } from '../../components/useUrlChoice';
import { facetChanges, facetsIn, pageChanges, useUrlState } from '../../components/useUrlState';
import { WordsSearch } from '../../components/WordsSearch';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { DrillFacetFilters } from './components/DrillFacetFilters';
import { DrillFormModal } from './components/DrillFormModal';
import { DrillResults } from './components/DrillResults';
import { DrillTable } from './components/DrillTable';
import { DRILL_FACET_NAMES, DRILL_FORMS, DRILL_STATUSES, drillStatusLabel, formLabel, yearOptions } from './drills';
import { useDrillSearch, useDrills, useExportDrills } from './service';
import type { DrillScope, DrillStatus } from './types';

const PAGE_SIZE = 10;
type Tab = DrillScope | 'search';
const TABS: Tab[] = ['own', 'joint', 'all', 'search'];

/**
 * 应急演练: the drills organized here, the joint drills the region takes part in, everything visible (with
 * year, status and form filters and 导出 Excel), and 全文检索 with facets like 预案管理. The tab, filters, words, facets,
 * page and size are kept in the URL (全局检索's 查看全部 opens /drills?q=<words> on 全文检索).
 */
export default function DrillsPage() {
  const t = zhCN.drills;
  const navigate = useNavigate();
  const { data: me } = useMe();
  const url = useUrlState();
  const q = url.text('q') ?? '';
  const tab = choiceIn<Tab>(url.params, 'tab', TABS, q ? 'search' : 'own');
  const yearText = url.text('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const status = url.text('status');
  const form = url.text('form');
  const page = url.count('page', 0);
  const size = url.count('size', PAGE_SIZE);
  const facets = facetsIn(url.params, DRILL_FACET_NAMES, 'f.');
  const [creating, setCreating] = useState<DrillStatus>();

  const searching = tab === 'search';
  const listQuery = { scope: searching ? 'all' : tab, year, status, form, page, size } as const;
  const list = useDrills(listQuery);
  const search = useDrillSearch({ q, facets, page, size }, searching);
  const exportDrills = useExportDrills();

  if (!me) {
    return <Skeleton active />;
  }
  const canWrite = access(me.roles).canCompilePlans;
  const onPage = (p: number, s: number) => url.set(pageChanges(s === size ? p : 0, s, PAGE_SIZE));
  const filter = (name: 'year' | 'status' | 'form') => (value: string | number | undefined) =>
    url.set({ [name]: value ?? undefined, page: undefined });

  return (
    <Card
      title={t.title}
      extra={
        canWrite && (
          <Space>
            <Button icon={<CalendarOutlined />} onClick={() => setCreating('planned')}>
              {t.createPlanned}
            </Button>
            <Button type="primary" icon={<CheckSquareOutlined />} onClick={() => setCreating('held')}>
              {t.createHeld}
            </Button>
          </Space>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => url.set({ tab: key, page: undefined })}
        items={TABS.map((key) => ({ key, label: t.scopes[key] }))}
      />
      {searching ? (
        <>
          <WordsSearch
            testId="drill-search"
            style={{ marginBottom: 16 }}
            placeholder={t.searchPlaceholder}
            enterButton={t.search}
            q={q}
            page={page}
            refetch={search.refetch}
            onSearch={(value) => url.set({ q: value, tab: 'search', page: undefined })}
          />
          <DrillFacetFilters
            facets={search.data?.facets ?? {}}
            selected={facets}
            onChange={(picked) => url.set({ ...facetChanges(picked, DRILL_FACET_NAMES, 'f.'), page: undefined })}
          />
          <Divider style={{ margin: '8px 0' }} />
          <DrillResults
            hits={search.data?.items ?? []}
            total={search.data?.total ?? 0}
            page={page}
            size={size}
            loading={search.isFetching}
            onPage={onPage}
          />
        </>
      ) : (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t.allYears}
              value={year}
              onChange={filter('year')}
              options={yearOptions(new Date().getFullYear()).map((y) => ({ value: y, label: `${y} 年` }))}
            />
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t.allStatuses}
              value={status}
              onChange={filter('status')}
              options={DRILL_STATUSES.map((value) => ({ value, label: drillStatusLabel(value) }))}
            />
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t.allForms}
              value={form}
              onChange={filter('form')}
              options={DRILL_FORMS.map((value) => ({ value, label: formLabel(value) }))}
            />
            <Button
              icon={<DownloadOutlined />}
              loading={exportDrills.isPending}
              data-testid="drills-export"
              onClick={() => exportDrills.mutate({ query: listQuery, fileName: t.exportFileName })}
            >
              {t.export}
            </Button>
          </Space>
          <DrillTable
            rows={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            page={page}
            size={size}
            loading={list.isFetching}
            onPage={onPage}
          />
        </>
      )}
      {creating && (
        <DrillFormModal
          status={creating}
          onClose={() => setCreating(undefined)}
          onSaved={(drill) => navigate(`/drills/${drill.id}`)}
        />
      )}
    </Card>
  );
}
