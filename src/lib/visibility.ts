/** What the visibility rule needs to know about an article. */
export interface Publishable {
  draft: boolean;
  publishedAt: Date;
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
