import { List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { Highlight } from '../../plans/components/Highlight';
import { formLabel } from '../drills';
import type { DrillHit } from '../types';
import { DrillStatusTag } from './DrillStatusTag';

interface Props {
  hits: DrillHit[];
  total: number;
  page: number;
  size: number;
  loading: boolean;
  onPage: (page: number, size: number) => void;
}

/** 演练检索 hits: title (highlighted), status, region, form, dates, open actions and snippets. */
export function DrillResults({ hits, total, page, size, loading, onPage }: Props) {
  const t = zhCN.drills;
  return (
    <List<DrillHit>
      data-testid="drill-results"
      loading={loading}
      itemLayout="vertical"
      dataSource={hits}
      locale={{ emptyText: t.empty }}
      pagination={
        total > 0 && {
          current: page + 1,
          pageSize: size,
          total,
          showSizeChanger: false,
          showTotal: t.total,
          onChange: (p, s) => onPage(p - 1, s),
        }
      }
      renderItem={(hit) => (
        <List.Item key={hit.id}>
          <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="drill-hit">
            <Space size={8} wrap>
              <Link to={`/drills/${hit.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                {hit.highlights?.title?.[0] ? <Highlight fragment={hit.highlights.title[0]} /> : hit.title}
              </Link>
              <DrillStatusTag status={hit.status} />
              {hit.rating && <Tag color="cyan">{t.ratings[hit.rating]}</Tag>}
              {hit.openActions > 0 && <Tag color="volcano">{t.openActions(hit.openActions)}</Tag>}
            </Space>
            <Space size={4} wrap>
              <Tag color="geekblue" bordered={false}>
                {hit.tenantName}
              </Tag>
              <Tag bordered={false}>{formLabel(hit.form)}</Tag>
              {(hit.eventTypes ?? []).map((type) => (
                <Tag key={type} bordered={false} color="orange">
                  {type}
                </Tag>
              ))}
              <Typography.Text type="secondary">
                {hit.heldOn ? t.heldOn(hit.heldOn) : hit.plannedOn && t.plannedOn(hit.plannedOn)}
                {hit.organizerUnitName && `\u3000${hit.organizerUnitName}`}
              </Typography.Text>
            </Space>
            {[...(hit.highlights?.scenario ?? []), ...(hit.highlights?.problems ?? [])].map((fragment, i) => (
              <Typography.Paragraph key={i} type="secondary" style={{ margin: 0 }}>
                …<Highlight fragment={fragment} />…
              </Typography.Paragraph>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
