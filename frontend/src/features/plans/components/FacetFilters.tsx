import { FacetRows } from '../../../components/FacetRows';
import { withPicked } from '../../../components/facets';
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

/** The facet rows of 预案管理. */
export function FacetFilters({ facets, selected, onChange }: Props) {
  return (
    <FacetRows
      testId="facets"
      allText={zhCN.plans.facets.all}
      rows={FACETS.map(({ name, label }) => ({
        name,
        label,
        testId: `facet-${name}`,
        current: selected[name],
        buckets: withPicked(facets[name] ?? [], selected[name]).map((b) => ({ ...b, text: facetLabel(name, b.key) })),
      }))}
      onPick={(name, key) => onChange({ ...selected, [name]: key })}
    />
  );
}
