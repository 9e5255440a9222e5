import { describe, expect, it } from 'vitest';
import { withPicked } from './facets';

describe('withPicked', () => {
  const buckets = [
    { key: 'a', count: 3 },
    { key: 'b', count: 1 },
  ];

  it('offers the buckets as they are when nothing is picked or the pick has hits', () => {
    expect(withPicked(buckets, undefined)).toEqual(buckets);
    expect(withPicked(buckets, 'b')).toEqual(buckets);
  });

  it('keeps a pick without hits visible, counted 0', () => {
    expect(withPicked(buckets, 'c')).toEqual([...buckets, { key: 'c', count: 0 }]);
  });
});
