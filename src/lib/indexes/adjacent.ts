export interface Adjacent<T> {
  /** The next older article. */
  previous: T | undefined;
  /** The next newer article. */
  next: T | undefined;
}

/** Previous and next in time for every article of a newest-first list. */
export function adjacentInTime<T extends { slug: string }>(newestFirst: readonly T[]): Map<string, Adjacent<T>> {
  return new Map(newestFirst.map((article, index) => [article.slug, { previous: newestFirst[index + 1], next: newestFirst[index - 1] }]));
}
