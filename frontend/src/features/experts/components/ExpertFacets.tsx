import { Space, Tag, Typography } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import type { ExpertBucket, ExpertFacet } from '../types';

export type ExpertFacetSelection = Partial<Record<ExpertFacet, string>>;

const FACETS: ExpertFacet[] = ['specialties', 'level', 'availability', 'tier', 'region'];

/** The bucket's words: Chinese labels for levels, states and tiers, the region's name for regions. */
function bucketLabel(facet: ExpertFacet, bucket: ExpertBucket): string {
  const t = zhCN.experts;
  switch (facet) {
    case 'level':
      return t.levels[bucket.key as keyof typeof t.levels] ?? bucket.key;
    case 'availability':
      return t.availabilities[bucket.key as keyof typeof t.availabilities] ?? bucket.key;
    case 'tier':
      return zhCN.tier[bucket.key as keyof typeof zhCN.tier] ?? bucket.key;
    case 'region':
      return bucket.label ?? bucket.key;
    default:
      return bucket.key;
  }
}

interface Props {
  facets: Partial<Record<ExpertFacet, ExpertBucket[]>>;
  selected: ExpertFacetSelection;
  onChange: (selected: ExpertFacetSelection) => void;
}

/** One row per facet: 全部 and every bucket with its count; a click picks or drops the bucket. */
export function ExpertFacets({ facets, selected, onChange }: Props) {
  const t = zhCN.experts;
  return (
    <div data-testid="expert-facets">
      {FACETS.map((name) => {
        const buckets = facets[name] ?? [];
        const current = selected[name];
        const shown =
          current && !buckets.some((b) => b.key === current) ? [...buckets, { key: current, label: null, count: 0 }] : buckets;
        return (
          <div key={name} style={{ display: 'flex', alignItems: 'baseline', gap: 8, marginBottom: 8 }}>
            <Typography.Text type="secondary" style={{ width: 80, flex: 'none' }}>
              {t.facets[name]}
            </Typography.Text>
            <Space size={[4, 4]} wrap>
              <Tag.CheckableTag checked={!current} onChange={() => onChange({ ...selected, [name]: undefined })}>
                {t.all}
              </Tag.CheckableTag>
              {shown.map((bucket) => (
                <Tag.CheckableTag
                  key={bucket.key}
                  checked={current === bucket.key}
                  onChange={(checked) => onChange({ ...selected, [name]: checked ? bucket.key : undefined })}
                >
                  {bucketLabel(name, bucket)}（{bucket.count}）
                </Tag.CheckableTag>
              ))}
            </Space>
          </div>
        );
      })}
    </div>
  );
}
