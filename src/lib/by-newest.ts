/** Newest first; the slug breaks ties so every build orders identically. */
export function byNewest<T extends { publishedAt: Date; slug: string }>(a: T, b: T): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug, 'en');
}
