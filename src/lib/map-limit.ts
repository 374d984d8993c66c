/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight, results
 * in input order. Reading a 30,000-file archive all at once opens 30,000
 * files, past the open-file limit of most machines (often 1,024; 256 on macOS).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
