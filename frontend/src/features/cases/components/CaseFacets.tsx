import { Space, Tag, Typography } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { FACET_PARAM, facetLabel } from '../cases';
import type { Bucket, CaseFacetName, SearchParams } from '../types';

const FACETS: CaseFacetName[] = ['event_type', 'severity', 'province', 'city', 'year'];

interface Props {
  facets: Partial<Record<CaseFacetName, Bucket[]>>;
  params: SearchParams;
  onChange: (params: SearchParams) => void;
}

/** 分面: 全部 and each bucket with its count; province and city both narrow by region. */
export function CaseFacets({ facets, params, onChange }: Props) {
  const t = zhCN.cases.facets;
  return (
    <div data-testid="case-facets">
      {FACETS.map((name) => {
        const param = FACET_PARAM[name];
        const current = params[param];
        const buckets = facets[name] ?? [];
        if (buckets.length === 0 && !current) {
          return null;
        }
        return (
          <div key={name} style={{ display: 'flex', alignItems: 'baseline', gap: 8, marginBottom: 8 }}>
            <Typography.Text type="secondary" style={{ width: 64, flex: 'none' }}>
              {t[name]}
            </Typography.Text>
            <Space size={[4, 4]} wrap data-testid={`case-facet-${name}`}>
              <Tag.CheckableTag checked={!current} onChange={() => onChange({ ...params, [param]: undefined })}>
                {t.all}
              </Tag.CheckableTag>
              {buckets.map((bucket) => (
                <Tag.CheckableTag
                  key={bucket.key}
                  checked={current === bucket.key}
                  onChange={(checked) => onChange({ ...params, [param]: checked ? bucket.key : undefined })}
                >
                  {facetLabel(name, bucket.key)}（{bucket.count}）
                </Tag.CheckableTag>
              ))}
            </Space>
          </div>
        );
      })}
    </div>
  );
}
