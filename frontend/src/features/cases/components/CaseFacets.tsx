import { FacetRows } from '../../../components/FacetRows';
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
    <FacetRows
      testId="case-facets"
      allText={t.all}
      rows={FACETS.flatMap((name) => {
        const current = params[FACET_PARAM[name]] ?? undefined;
        const buckets = facets[name] ?? [];
        // a facet without buckets is left out, unless it is what narrows the search
        return buckets.length === 0 && !current
          ? []
          : [
              {
                name,
                label: t[name],
                testId: `case-facet-${name}`,
                current,
                buckets: buckets.map((b) => ({ ...b, text: facetLabel(name, b.key) })),
              },
            ];
      })}
      onPick={(name, key) => onChange({ ...params, [FACET_PARAM[name]]: key })}
    />
  );
}
