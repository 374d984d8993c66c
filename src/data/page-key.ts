import { cacheKey } from '../lib/cache-key.ts';

/**
 * What every page's layout shows from the content, whatever the page: the
 * standing pages listed in the footer. Set when the publication loads, and
 * part of every page's key, so a retitled or added standing page reaches
 * every page that lists it.
 */
let layoutShows: unknown;

export function setLayoutContent(shown: unknown): void {
  layoutShows = shown;
}

/**
 * The cache key of a page or feed that shows `shown` (see `cacheKey`), for
 * Astro's incremental build; none under a preview server, which renders every
 * request and keeps no output.
 */
export function pageKey(...shown: unknown[]): string | undefined {
  if (import.meta.env.BACKSTORY_PREVIEW) return undefined;
  // Every route loads the publication before it computes keys; a key without the layout's content could serve a stale footer.
  if (layoutShows === undefined) throw new Error('pageKey() was called before the publication was loaded.');
  return cacheKey(import.meta.env.SITE, layoutShows, ...shown);
}
