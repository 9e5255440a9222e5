import { CalendarOutlined, CheckSquareOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Select, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { access } from '../../access';
import { WordsSearch } from '../../components/WordsSearch';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { DrillFacetFilters } from './components/DrillFacetFilters';
import { DrillFormModal } from './components/DrillFormModal';
import { DrillResults } from './components/DrillResults';
import { DrillTable } from './components/DrillTable';
import { DRILL_FORMS, DRILL_STATUSES, drillStatusLabel, formLabel, yearOptions } from './drills';
import { useDrillSearch, useDrills, useExportDrills } from './service';
import type { DrillFacetSelection, DrillScope, DrillStatus } from './types';

const PAGE_SIZE = 10;
type Tab = DrillScope | 'search';
const TABS: Tab[] = ['own', 'joint', 'all', 'search'];

/**
 * 应急演练: the drills organized here, the joint drills the region takes part in, everything visible (with
 * year, status and form filters and 导出 Excel), and 全文检索 with facets like 预案管理.
 */
export default function DrillsPage() {
  const t = zhCN.drills;
  const navigate = useNavigate();
  const { data: me } = useMe();
  // 全局检索's 查看全部 opens /drills?q=<words> on 全文检索
  const [params] = useSearchParams();
  const [tab, setTab] = useState<Tab>(params.get('q') ? 'search' : 'own');
  const [year, setYear] = useState<number>();
  const [status, setStatus] = useState<string>();
  const [form, setForm] = useState<string>();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(PAGE_SIZE);
  const [q, setQ] = useState(params.get('q') ?? '');
  const [facets, setFacets] = useState<DrillFacetSelection>({});
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
  const onPage = (p: number, s: number) => {
    setPage(s === size ? p : 0);
    setSize(s);
  };
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(0);
  };

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
        onChange={(key) => {
          setTab(key as Tab);
          setPage(0);
        }}
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
            onSearch={(value) => {
              setQ(value);
              setPage(0);
            }}
          />
          <DrillFacetFilters facets={search.data?.facets ?? {}} selected={facets} onChange={filter(setFacets)} />
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
              onChange={filter(setYear)}
              options={yearOptions(new Date().getFullYear()).map((y) => ({ value: y, label: `${y} 年` }))}
            />
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t.allStatuses}
              value={status}
              onChange={filter(setStatus)}
              options={DRILL_STATUSES.map((value) => ({ value, label: drillStatusLabel(value) }))}
            />
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t.allForms}
              value={form}
              onChange={filter(setForm)}
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
