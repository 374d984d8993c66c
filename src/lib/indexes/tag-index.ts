export interface TagSummary<T> {
  slug: string;
  /** Visible articles with this tag, in the order given (callers pass newest first). */
  articles: T[];
}

/**
 * Groups articles by tag in one pass. Every tag of the vocabulary gets an
 * entry, so unused tags are known (and shown unlinked) rather than missing.
 */
export function buildTagIndex<T>(articles: readonly T[], tagsOf: (article: T) => readonly string[], vocabulary: readonly string[]): Map<string, TagSummary<T>> {
  const index = new Map<string, TagSummary<T>>(vocabulary.map((slug) => [slug, { slug, articles: [] }]));
  for (const article of articles) {
    for (const tag of new Set(tagsOf(article))) index.get(tag)?.articles.push(article);
  }
  return index;
}

/** Most-used first, then alphabetical by label: the order of the topics page. */
export function byUsageThenLabel(a: { count: number; label: string }, b: { count: number; label: string }): number {
  return b.count - a.count || a.label.localeCompare(b.label, 'en');
}
