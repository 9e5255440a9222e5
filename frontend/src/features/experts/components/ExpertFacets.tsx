import { FacetRows } from '../../../components/FacetRows';
import { withPicked } from '../../../components/facets';
import { zhCN } from '../../../i18n/zh-CN';
import type { ExpertBucket, ExpertFacet } from '../types';

export type ExpertFacetSelection = Partial<Record<ExpertFacet, string>>;

const FACETS: ExpertFacet[] = ['specialties', 'level', 'availability', 'tier', 'region'];

/** The bucket's words: Chinese labels for levels, states and tiers, the region's name for regions. */
function bucketLabel(facet: ExpertFacet, bucket: { key: string; label?: string | null }): string {
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

/** The facet rows of 专家库. */
export function ExpertFacets({ facets, selected, onChange }: Props) {
  const t = zhCN.experts;
  return (
    <FacetRows
      testId="expert-facets"
      allText={t.all}
      labelWidth={80}
      rows={FACETS.map((name) => ({
        name,
        label: t.facets[name],
        current: selected[name],
        buckets: withPicked(facets[name] ?? [], selected[name]).map((b) => ({ ...b, text: bucketLabel(name, b) })),
      }))}
      onPick={(name, key) => onChange({ ...selected, [name]: key })}
    />
  );
}
