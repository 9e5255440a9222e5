import { DownloadOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { access } from '../../access';
import { XLSX, download } from '../../api/download';
import { MatchNotice } from '../../components/MatchNotice';
import { MatchTag } from '../../components/MatchTag';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { ExpertDrawer } from './components/ExpertDrawer';
import { ExpertFacets, type ExpertFacetSelection } from './components/ExpertFacets';
import { ExpertFormModal } from './components/ExpertFormModal';
import { ImportModal } from './components/ImportModal';
import { FACET_FILTERS } from './experts';
import { useExpertSearch } from './service';
import type { Expert, ExpertHit } from './types';

const PAGE_SIZE = 20;

type Dialog = { kind: 'form'; expert?: Expert } | { kind: 'import' } | { kind: 'detail'; id: string };

/** 专家库: the pool the viewer may see (own tier, the tiers above and below), searched with facets. */
export default function ExpertsPage() {
  const t = zhCN.experts;
  const { data: me } = useMe();
  // 全局检索 opens an expert as /experts?q=<name>
  const [params] = useSearchParams();
  const [words, setWords] = useState(params.get('q') ?? '');
  const [q, setQ] = useState(params.get('q') ?? '');
  const [facets, setFacets] = useState<ExpertFacetSelection>({});
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<Dialog>();
  const query = {
    q,
    specialty: facets.specialties,
    level: facets.level,
    availability: facets.availability,
    tier: facets.tier,
    tenantCode: facets.region,
    page,
    size: PAGE_SIZE,
  };
  const { data, isFetching } = useExpertSearch(query);

  if (!me) {
    return <Skeleton active />;
  }
  const canManage = access(me.roles).canInvokeExperts;
  const close = () => setDialog(undefined);
  const exportParams = new URLSearchParams();
  for (const [facet, param] of Object.entries(FACET_FILTERS)) {
    const value = facets[facet as keyof typeof FACET_FILTERS];
    if (value && param !== 'tier') {
      exportParams.set(param, value);
    }
  }

  return (
    <Card
      title={t.title}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void download(`/api/v1/experts/export.xlsx?${exportParams}`, '专家库.xlsx', XLSX)}
          >
            {t.export}
          </Button>
          {canManage && (
            <>
              <Button
                icon={<FileExcelOutlined />}
                onClick={() => void download('/api/v1/experts/import-template.xlsx', '专家导入模板.xlsx', XLSX)}
              >
                {t.template}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
                {t.import}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'form' })}>
                {t.create}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Input.Search
        allowClear
        placeholder={t.searchPlaceholder}
        enterButton={t.search}
        value={words}
        onChange={(event) => setWords(event.target.value)}
        onSearch={(value) => {
          setQ(value);
          setPage(0);
        }}
        style={{ maxWidth: 480, marginBottom: 16 }}
        data-testid="expert-search"
      />
      <ExpertFacets
        facets={data?.facets ?? {}}
        selected={facets}
        onChange={(selected) => {
          setFacets(selected);
          setPage(0);
        }}
      />
      <MatchNotice
        result={data}
        onSuggest={(word) => {
          setWords(word);
          setQ(word);
          setPage(0);
        }}
      />
      <Typography.Text type="secondary">{t.total(data?.total ?? 0)}</Typography.Text>
      <Table<ExpertHit>
        rowKey="id"
        style={{ marginTop: 8 }}
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t.empty }}
        data-testid="experts"
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: (data?.total ?? 0) + (data?.others ?? 0),
          hideOnSinglePage: true,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          {
            title: t.columns.name,
            key: 'name',
            render: (_, hit) => (
              <Space size={4}>
                <Typography.Link onClick={() => setDialog({ kind: 'detail', id: hit.id })}>{hit.name}</Typography.Link>
                <MatchTag match={hit.match} />
              </Space>
            ),
          },
          { title: t.columns.organization, dataIndex: 'organization' },
          { title: t.columns.title, dataIndex: 'title', width: 120 },
          {
            title: t.columns.specialties,
            key: 'specialties',
            render: (_, hit) => (
              <Space size={[2, 2]} wrap>
                {hit.specialties.map((s) => (
                  <Tag key={s} color="orange" bordered={false}>
                    {s}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t.columns.level, dataIndex: 'levelLabel', width: 80 },
          { title: t.columns.registeredBy, dataIndex: 'tenantName', width: 110 },
          {
            title: t.columns.availability,
            key: 'availability',
            width: 110,
            render: (_, hit) =>
              hit.inPool ? <Tag color={hit.availability === 'available' ? 'green' : 'gold'}>{hit.availabilityLabel}</Tag> : <Tag>{t.outOfPool}</Tag>,
          },
          {
            title: t.columns.score,
            key: 'score',
            width: 90,
            render: (_, hit) => (hit.averageScore === null ? t.noScore : hit.averageScore.toFixed(1)),
          },
        ]}
      />
      {dialog?.kind === 'form' && <ExpertFormModal editing={dialog.expert} onClose={close} />}
      {dialog?.kind === 'import' && <ImportModal onClose={close} />}
      {dialog?.kind === 'detail' && (
        <ExpertDrawer
          id={dialog.id}
          tenantCode={me.tenant.code}
          canManage={canManage}
          onEdit={(expert) => setDialog({ kind: 'form', expert })}
          onClose={close}
        />
      )}
    </Card>
  );
}
