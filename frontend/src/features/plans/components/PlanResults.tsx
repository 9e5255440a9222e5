import { Tag, Typography } from 'antd';
import { SearchHitList } from '../../../components/SearchHitList';
import { zhCN } from '../../../i18n/zh-CN';
import { categoryLabel, hitTags } from '../plans';
import type { PlanHit } from '../types';
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
    <SearchHitList
      testId="plan-results"
      hitTestId="plan-hit"
      snippetTestId="plan-snippet"
      hits={hits}
      loading={loading}
      empty={t.empty}
      pagination={{ page, size, total, showTotal: t.total, onPage }}
      href={(hit) => `/plans/${hit.id}`}
      tags={(hit) => (
        <>
          <PlanStatusTag status={hit.status} />
          {hitTags(hit).map((tag) => (
            <Tag key={tag.key} color={tag.color} data-testid="plan-flag">
              {tag.label}
            </Tag>
          ))}
        </>
      )}
      meta={(hit) => (
        <>
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
        </>
      )}
      snippets={(hit) => hit.highlights?.summary ?? []}
    />
  );
}
