import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App as AntdApp, Button, Card, Col, Input, Modal, Row, Skeleton, Space, Table, Tabs, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { access } from '../../access';
import { MatchNotice } from '../../components/MatchNotice';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { severityColor } from './cases';
import { CaseFacets } from './components/CaseFacets';
import { CaseFormModal } from './components/CaseFormModal';
import { CaseHits } from './components/CaseHits';
import { DescribeEventCard } from './components/DescribeEventCard';
import { SavedSearchesCard } from './components/SavedSearchesCard';
import { useAwaitingPublication, useCaseSearch, useOwnCases, useSaveSearch } from './service';
import type { CaseRow, SearchParams } from './types';

const PAGE_SIZE = 10;

/**
 * 典型案例库: expert search (words, facets, highlighted snippets), saved searches, 相似案例 for an unfolding event,
 * and for officers the region's own cases (drafts included) and, for reviewers, the cases awaiting publication.
 */
export default function CasesPage() {
  const t = zhCN.cases;
  const navigate = useNavigate();
  const { message } = AntdApp.useApp();
  const { data: me } = useMe();
  // 全局检索's 查看全部 opens /cases?q=<words>
  const [url] = useSearchParams();
  const [params, setParams] = useState<SearchParams>(url.get('q') ? { q: url.get('q') ?? undefined } : {});
  const [draftQ, setDraftQ] = useState(url.get('q') ?? '');
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveName, setSaveName] = useState('');
  const roles = me?.roles ?? [];
  const canCompile = access(roles).canCompilePlans;
  const canReview = access(roles).canReview;
  const search = useCaseSearch(params, page, PAGE_SIZE);
  const own = useOwnCases(canCompile);
  const awaiting = useAwaitingPublication(canReview);
  const saveSearch = useSaveSearch();

  if (!me) {
    return <Skeleton active />;
  }
  const run = (next: SearchParams) => {
    setParams(next);
    setDraftQ(next.q ?? '');
    setPage(0);
  };
  const rowColumns = [
    {
      title: t.columns.title,
      dataIndex: 'title',
      render: (title: string, row: CaseRow) => <Link to={`/cases/${row.id}`}>{title}</Link>,
    },
    { title: t.columns.eventType, dataIndex: 'eventType', width: 120 },
    {
      title: t.columns.severity,
      dataIndex: 'severityLabel',
      width: 90,
      render: (label: string, row: CaseRow) => <Tag color={severityColor(row.severity)}>{label}</Tag>,
    },
    { title: t.columns.place, dataIndex: 'placeName', width: 110 },
    { title: t.columns.occurredOn, dataIndex: 'occurredOn', width: 110 },
    { title: t.columns.tenant, dataIndex: 'tenantName', width: 110 },
    {
      title: t.columns.status,
      dataIndex: 'statusLabel',
      width: 90,
      render: (label: string, row: CaseRow) => (
        <Tag color={row.status === 'published' ? 'green' : row.status === 'reviewed' ? 'blue' : 'default'}>{label}</Tag>
      ),
    },
  ];

  const searchTab = (
    <Row gutter={16}>
      <Col xs={24} xl={16}>
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          <Space.Compact style={{ width: '100%' }} data-testid="case-search-bar">
            <Input.Search
              value={draftQ}
              onChange={(e) => setDraftQ(e.target.value)}
              onSearch={(q) => run({ ...params, q })}
              placeholder={t.search.placeholder}
              enterButton={t.search.button}
              maxLength={200}
              allowClear
            />
            <Button icon={<SaveOutlined />} onClick={() => setSaving(true)} data-testid="case-search-save">
              {t.search.save}
            </Button>
          </Space.Compact>
          <CaseFacets facets={search.data?.facets ?? {}} params={params} onChange={run} />
          <MatchNotice result={search.data} onSuggest={(q) => run({ ...params, q })} />
          <CaseHits
            testId="case-results"
            hits={search.data?.items ?? []}
            loading={search.isFetching}
            empty={t.search.empty}
            pagination={{ page, size: PAGE_SIZE, total: (search.data?.total ?? 0) + (search.data?.others ?? 0), onPage: setPage }}
          />
        </Space>
      </Col>
      <Col xs={24} xl={8}>
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          <SavedSearchesCard onRun={run} />
          <DescribeEventCard />
        </Space>
      </Col>
    </Row>
  );

  const tabs: { key: string; label: string; children: ReactNode }[] = [
    { key: 'search', label: t.tabs.search, children: searchTab },
  ];
  if (canCompile) {
    tabs.push({
      key: 'own',
      label: t.tabs.own,
      children: (
        <Table<CaseRow> rowKey="id" data-testid="own-cases" loading={own.isPending} dataSource={own.data?.items ?? []}
          columns={rowColumns} pagination={{ pageSize: 20 }} />
      ),
    });
  }
  if (canReview) {
    tabs.push({
      key: 'awaiting',
      label: t.tabs.awaiting,
      children: (
        <Table<CaseRow> rowKey="id" data-testid="awaiting-cases" loading={awaiting.isPending}
          dataSource={(awaiting.data?.items ?? []).filter((c) => !c.own)} columns={rowColumns} pagination={{ pageSize: 20 }} />
      ),
    });
  }

  return (
    <Card
      title={t.title}
      extra={
        canCompile && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="case-create">
            {t.compile}
          </Button>
        )
      }
    >
      <Tabs items={tabs} />
      {creating && (
        <CaseFormModal onClose={() => setCreating(false)} onSaved={(saved) => navigate(`/cases/${saved.id}`)} />
      )}
      <Modal
        open={saving}
        title={t.search.save}
        onCancel={() => setSaving(false)}
        confirmLoading={saveSearch.isPending}
        okButtonProps={{ disabled: saveName.trim() === '' }}
        onOk={() =>
          saveSearch
            .mutateAsync({ name: saveName.trim(), query: { ...params, q: draftQ } })
            .then(() => {
              void message.success(t.search.saved);
              setSaving(false);
              setSaveName('');
            })
            .catch(() => undefined)
        }
      >
        <Input
          value={saveName}
          onChange={(e) => setSaveName(e.target.value)}
          placeholder={t.search.saveName}
          aria-label={t.search.saveName}
          maxLength={100}
        />
      </Modal>
    </Card>
  );
}
