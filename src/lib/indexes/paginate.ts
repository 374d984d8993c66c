export interface Page<T> {
  /** 1-based page number. */
  number: number;
  items: T[];
  /** Total pages in the listing (at least 1). */
  count: number;
}

/**
 * Splits a listing into pages of `size`. An empty listing still has its one
 * (empty) first page, so the listing's URL exists; no later page is ever empty.
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({ number: index + 1, items: items.slice(index * size, (index + 1) * size), count }));
}

/** URL of page `number` of a listing at `base`: page 1 is the listing itself, never `/1/`. */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}${number}/`;
}
