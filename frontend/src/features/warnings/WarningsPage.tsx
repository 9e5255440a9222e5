import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';
import { regionsBelow } from '../duty/duty';
import { formatTime } from '../events/events';
import { useTenantTree } from '../tenants/service';
import { WarningFormModal } from './components/WarningFormModal';
import { LEVEL_COLORS } from './warnings';
import { useWarnings } from './service';
import type { Warning, WarningScope } from './types';

/**
 * 预警发布: the warnings of the office (drafts, signed off, published, replaced) and those for its area, newest first;
 * `?scope=` keeps the choice in the URL.
 */
export default function WarningsPage() {
  const t = zhCN.warnings;
  const [params, setParams] = useSearchParams();
  const scope = (params.get('scope') as WarningScope | null) ?? 'all';
  const warnings = useWarnings(scope);
  const tree = useTenantTree();
  const root = tree.data?.root;
  const regions = root ? [root, ...regionsBelow(root)] : [];
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={t.title}
      extra={
        <Space>
          <Segmented
            value={scope}
            onChange={(v) => setParams(v === 'all' ? {} : { scope: String(v) })}
            options={Object.entries(t.scopes).map(([value, label]) => ({ value, label }))}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-warning">
            {t.create}
          </Button>
        </Space>
      }
    >
      <Table<Warning>
        rowKey="id"
        size="small"
        loading={warnings.isLoading}
        dataSource={warnings.data ?? []}
        locale={{ emptyText: t.empty }}
        data-testid="warnings"
        columns={[
          {
            title: t.headline,
            render: (_, w) => (
              <Space>
                <Tag color={LEVEL_COLORS[w.level]}>{w.levelLabel}</Tag>
                <Link to={`/warnings/${w.id}`}>{w.headline}</Link>
                {w.message !== 'alert' && <Tag>{w.messageLabel}</Tag>}
              </Space>
            ),
          },
          { title: t.issuer, dataIndex: 'tenantName', width: 110 },
          { title: t.area, render: (_, w) => w.areaNames.join('、') },
          { title: t.statusTitle, width: 150, render: (_, w) => <Tag data-testid="warning-status">{w.statusLabel}</Tag> },
          { title: t.publishedAt, width: 130, render: (_, w) => formatTime(w.publishedAt) },
          {
            title: t.acknowledged,
            width: 110,
            render: (_, w) =>
              w.toAcknowledge ? (
                <Tag color="red">{t.toAcknowledge}</Tag>
              ) : w.acknowledgements.length ? (
                `${w.acknowledgements.filter((a) => a.acknowledgedAt).length} / ${w.acknowledgements.length}`
              ) : (
                '—'
              ),
          },
        ]}
      />
      {creating && <WarningFormModal regions={regions} onClose={() => setCreating(false)} />}
    </Card>
  );
}
