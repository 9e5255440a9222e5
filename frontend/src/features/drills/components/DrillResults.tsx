import { Tag, Typography } from 'antd';
import { SearchHitList } from '../../../components/SearchHitList';
import { zhCN } from '../../../i18n/zh-CN';
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
    <SearchHitList
      testId="drill-results"
      hitTestId="drill-hit"
      hits={hits}
      loading={loading}
      empty={t.empty}
      pagination={{ page, size, total, showTotal: t.total, onPage }}
      href={(hit) => `/drills/${hit.id}`}
      tags={(hit) => (
        <>
          <DrillStatusTag status={hit.status} />
          {hit.rating && <Tag color="cyan">{t.ratings[hit.rating]}</Tag>}
          {hit.openActions > 0 && <Tag color="volcano">{t.openActions(hit.openActions)}</Tag>}
        </>
      )}
      meta={(hit) => (
        <>
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
        </>
      )}
      snippets={(hit) => [...(hit.highlights?.scenario ?? []), ...(hit.highlights?.problems ?? [])]}
    />
  );
}
