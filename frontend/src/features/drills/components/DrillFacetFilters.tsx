import { FacetRows } from '../../../components/FacetRows';
import { withPicked } from '../../../components/facets';
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
  return (
    <FacetRows
      testId="drill-facets"
      allText={zhCN.drills.facets.all}
      rows={FACETS.map(({ name, label }) => {
        const current = selected[name];
        // 关注 counts every bucket, even empty ones; the others only list buckets with hits.
        const buckets = (facets[name] ?? []).filter((b) => b.count > 0 || b.key === current);
        return {
          name,
          label,
          testId: `drill-facet-${name}`,
          current,
          buckets: withPicked(buckets, current).map((b) => ({ ...b, text: drillFacetLabel(name, b.key) })),
        };
      })}
      onPick={(name, key) => onChange({ ...selected, [name]: key })}
    />
  );
}
