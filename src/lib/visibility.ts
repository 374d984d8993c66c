/** What the visibility rule needs to know about an article. */
export interface Publishable {
  draft: boolean;
  publishedAt: Date;
  /** Set on a withdrawn piece (see `isListed`). */
  retraction?: unknown;
}

export interface VisibilityContext {
  /** The build clock: anything scheduled after it is not yet published. */
  now: Date;
  /** True only under `astro dev`, where editors preview drafts and scheduled pieces. */
  preview: boolean;
}

/**
 * The one rule that decides whether an article reaches readers. Every output
 * (pages, listings, indexes, feeds, sitemap, search) filters through it, so
 * a draft or an embargoed piece cannot leak through one forgotten path.
 */
export function isVisible(article: Publishable, context: VisibilityContext): boolean {
  if (context.preview) return true;
  return !article.draft && article.publishedAt.getTime() <= context.now.getTime();
}

/**
 * Whether a visible article stands in listings, stories, search, the people
 * pages and social cards. A retracted one does not: it keeps only its own
 * page (which shows the notice) and its item in the site and corrections
 * feeds, so a withdrawn piece stops reaching readers by every other path.
 */
export function isListed(article: Publishable, context: VisibilityContext): boolean {
  return isVisible(article, context) && !article.retraction;
}

/** The stories readers see (those with at least one listed piece), each with its newest listed piece's date. */
export function visibleStories(articles: readonly { data: Publishable & { story?: string | undefined } }[], context: VisibilityContext): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const { data } of articles) {
    if (!data.story || !isListed(data, context)) continue;
    const known = latest.get(data.story);
    if (!known || known < data.publishedAt) latest.set(data.story, data.publishedAt);
  }
  return latest;
}
