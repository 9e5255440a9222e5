import { Space, Tag, Typography } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { drillFacetLabel } from '../drills';
import type { Bucket, DrillFacetName, DrillFacetSelection } from '../types';

const FACETS: { name: DrillFacetName; label: string }[] = [
  { name: 'form', label: zhCN.drills.facets.form },
  { name: 'status', label: zhCN.drills.facets.status },
  { name: 'event_types', label: zhCN.drills.facets.eventType },
  { name: 'year', label: zhCN.drills.facets.year },
  { name: 'tier', label: zhCN.drills.facets.tier },
  { name: 'attention', label: zhCN.drills.facets.attention },
];

interface Props {
  facets: Partial<Record<DrillFacetName, Bucket[]>>;
  selected: DrillFacetSelection;
  onChange: (selected: DrillFacetSelection) => void;
}

/** The facet rows of 演练检索, read like 预案管理's: 全部 and each bucket with its count. */
export function DrillFacetFilters({ facets, selected, onChange }: Props) {
  const pick = (name: DrillFacetName, key: string | undefined) => onChange({ ...selected, [name]: key });
  return (
    <div data-testid="drill-facets">
      {FACETS.map(({ name, label }) => {
        const current = selected[name];
        // 关注 counts every bucket, even empty ones; the others only list buckets with hits.
        const buckets = (facets[name] ?? []).filter((b) => b.count > 0 || b.key === current);
        if (current && !buckets.some((b) => b.key === current)) {
          buckets.push({ key: current, count: 0 });
        }
        return (
          <div key={name} style={{ display: 'flex', alignItems: 'baseline', gap: 8, marginBottom: 8 }}>
            <Typography.Text type="secondary" style={{ width: 64, flex: 'none' }}>
              {label}
            </Typography.Text>
            <Space size={[4, 4]} wrap data-testid={`drill-facet-${name}`}>
              <Tag.CheckableTag checked={!current} onChange={() => pick(name, undefined)}>
                {zhCN.drills.facets.all}
              </Tag.CheckableTag>
              {buckets.map((bucket) => (
                <Tag.CheckableTag
                  key={bucket.key}
                  checked={current === bucket.key}
                  onChange={(checked) => pick(name, checked ? bucket.key : undefined)}
                >
                  {drillFacetLabel(name, bucket.key)}（{bucket.count}）
                </Tag.CheckableTag>
              ))}
            </Space>
          </div>
        );
      })}
    </div>
  );
}
