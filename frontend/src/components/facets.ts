/**
 * The buckets to offer, with the picked one added (count 0) when the other filters leave it without hits: a
 * pick stays visible, so it can be dropped again.
 */
export function withPicked<B extends { key: string; count: number }>(
  buckets: readonly B[],
  current: string | undefined,
): (B | { key: string; count: number })[] {
  return current && !buckets.some((b) => b.key === current) ? [...buckets, { key: current, count: 0 }] : [...buckets];
}
