import { Card, Segmented, Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';
import { formatTime } from './events';
import { useInfoBulletins } from './service';
import type { BulletinSeries, InfoBulletin } from './types';

/** 信息快报: the office's bulletins, those sent to it and those of the tiers below, newest first; `?series=` in the URL. */
export default function InfoBulletinsPage() {
  const t = zhCN.events.bulletins;
  const [params, setParams] = useSearchParams();
  const series = (params.get('series') as BulletinSeries | null) ?? null;
  const bulletins = useInfoBulletins(series);
  return (
    <Card
      title={t.title}
      extra={
        <Segmented
          value={series ?? ''}
          onChange={(v) => setParams(v === '' ? {} : { series: String(v) })}
          options={[{ value: '', label: t.all }, ...Object.entries(t.seriesLabels).map(([value, label]) => ({ value, label }))]}
        />
      }
    >
      <Table<InfoBulletin>
        rowKey="id"
        size="small"
        loading={bulletins.isLoading}
        dataSource={bulletins.data ?? []}
        locale={{ emptyText: t.empty }}
        data-testid="info-bulletins"
        columns={[
          { title: t.issue, key: 'issue', width: 220, render: (_, b) => b.issue },
          { title: t.headline, key: 'title', render: (_, b) => <Link to={`/info-bulletins/${b.id}`}>{b.title}</Link> },
          { title: t.issuedBy, key: 'by', width: 110, render: (_, b) => (b.own ? <Tag color="blue">{b.tenantName}</Tag> : b.tenantName) },
          { title: t.issuedAt, key: 'at', width: 150, render: (_, b) => formatTime(b.issuedAt) },
        ]}
      />
    </Card>
  );
}
