import { List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { categoryLabel, hitTags } from '../plans';
import type { PlanHit } from '../types';
import { Highlight } from './Highlight';
import { PlanStatusTag } from './PlanStatusTag';

interface Props {
  hits: PlanHit[];
  total: number;
  page: number;
  size: number;
  loading: boolean;
  onPage: (page: number, size: number) => void;
}

/** Search hits: title (highlighted), tenant, status, category, 文号/印发日期, event types and a snippet. */
export function PlanResults({ hits, total, page, size, loading, onPage }: Props) {
  const t = zhCN.plans;
  return (
    <List<PlanHit>
      data-testid="plan-results"
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
          <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="plan-hit">
            <Space size={8} wrap>
              <Link to={`/plans/${hit.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                {hit.highlights?.title?.[0] ? <Highlight fragment={hit.highlights.title[0]} /> : hit.title}
              </Link>
              <PlanStatusTag status={hit.status} />
              {hitTags(hit).map((tag) => (
                <Tag key={tag.key} color={tag.color} data-testid="plan-flag">
                  {tag.label}
                </Tag>
              ))}
            </Space>
            <Space size={4} wrap>
              <Tag color="geekblue" bordered={false}>
                {hit.tenantName}
              </Tag>
              <Tag bordered={false}>{categoryLabel(hit.category)}</Tag>
              {hit.eventTypes.map((type) => (
                <Tag key={type} bordered={false} color="orange">
                  {type}
                </Tag>
              ))}
              <Typography.Text type="secondary">
                {t.docNumber}：{hit.docNumber ?? t.notIssued}
                {hit.issuedOn && `\u3000${t.issuedOn}：${hit.issuedOn}`}
                {hit.evaluationDueOn && `\u3000${t.evaluationDue(hit.evaluationDueOn)}`}
              </Typography.Text>
            </Space>
            {hit.highlights?.summary?.map((fragment, i) => (
              <Typography.Paragraph key={i} type="secondary" style={{ margin: 0 }} data-testid="plan-snippet">
                …<Highlight fragment={fragment} />…
              </Typography.Paragraph>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
