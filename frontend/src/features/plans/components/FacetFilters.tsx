import { Space, Tag, Typography } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { facetLabel } from '../plans';
import type { Bucket, FacetName } from '../types';

export type FacetSelection = Partial<Record<FacetName, string>>;

const FACETS: { name: FacetName; label: string }[] = [
  { name: 'category', label: zhCN.plans.facets.category },
  { name: 'status', label: zhCN.plans.facets.status },
  { name: 'event_types', label: zhCN.plans.facets.eventType },
  { name: 'tier', label: zhCN.plans.facets.tier },
  { name: 'evaluation', label: zhCN.plans.facets.evaluation },
  { name: 'flags', label: zhCN.plans.facets.flags },
];

interface Props {
  facets: Partial<Record<FacetName, Bucket[]>>;
  selected: FacetSelection;
  onChange: (selected: FacetSelection) => void;
}

/** One row per facet: 全部 and every bucket with its count; a click picks or drops the bucket. */
export function FacetFilters({ facets, selected, onChange }: Props) {
  const t = zhCN.plans.facets;
  return (
    <div data-testid="facets">
      {FACETS.map(({ name, label }) => {
        const buckets = facets[name] ?? [];
        const current = selected[name];
        // A picked bucket stays visible even when the other filters leave it without hits.
        const shown = current && !buckets.some((b) => b.key === current) ? [...buckets, { key: current, count: 0 }] : buckets;
        return (
          <div key={name} style={{ display: 'flex', alignItems: 'baseline', gap: 8, marginBottom: 8 }}>
            <Typography.Text type="secondary" style={{ width: 64, flex: 'none' }}>
              {label}
            </Typography.Text>
            <Space size={[4, 4]} wrap data-testid={`facet-${name}`}>
              <Tag.CheckableTag checked={!current} onChange={() => onChange({ ...selected, [name]: undefined })}>
                {t.all}
              </Tag.CheckableTag>
              {shown.map((bucket) => (
                <Tag.CheckableTag
                  key={bucket.key}
                  checked={current === bucket.key}
                  onChange={(checked) => onChange({ ...selected, [name]: checked ? bucket.key : undefined })}
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
