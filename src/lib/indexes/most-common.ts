/**
 * The value that occurs most often across the lists, ties broken by `order`
 * so the pick is deterministic; undefined for no values.
 */
export function mostCommon<T>(lists: readonly (readonly T[])[], order: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const list of lists) for (const value of list) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  for (const [value, count] of counts) {
    const bestCount = best === undefined ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && order(value, best!) < 0)) best = value;
  }
  return best;
}
