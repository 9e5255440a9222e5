import { Space, Tag, Typography } from 'antd';

/** One facet of a search: its buckets (with their words) and the one picked, if any. */
export interface FacetRow<N extends string> {
  name: N;
  label: string;
  buckets: readonly { key: string; text: string; count: number }[];
  current?: string;
  /** Names the row's tags for the browser tests. */
  testId?: string;
}

interface Props<N extends string> {
  rows: FacetRow<N>[];
  /** The 全部 tag's text. */
  allText: string;
  testId: string;
  /** Width of the facets' names, so that their tags line up. */
  labelWidth?: number;
  /** A click picks a bucket, or drops it (`undefined`, also 全部). */
  onPick: (name: N, key: string | undefined) => void;
}

/** One row per facet: 全部 and every bucket with its count; a click picks or drops the bucket. */
export function FacetRows<N extends string>({ rows, allText, testId, labelWidth = 64, onPick }: Props<N>) {
  return (
    <div data-testid={testId}>
      {rows.map(({ name, label, buckets, current, testId: rowTestId }) => (
        <div key={name} style={{ display: 'flex', alignItems: 'baseline', gap: 8, marginBottom: 8 }}>
          <Typography.Text type="secondary" style={{ width: labelWidth, flex: 'none' }}>
            {label}
          </Typography.Text>
          <Space size={[4, 4]} wrap data-testid={rowTestId}>
            <Tag.CheckableTag checked={!current} onChange={() => onPick(name, undefined)}>
              {allText}
            </Tag.CheckableTag>
            {buckets.map((bucket) => (
              <Tag.CheckableTag
                key={bucket.key}
                checked={current === bucket.key}
                onChange={(checked) => onPick(name, checked ? bucket.key : undefined)}
              >
                {bucket.text}（{bucket.count}）
              </Tag.CheckableTag>
            ))}
          </Space>
        </div>
      ))}
    </div>
  );
}
