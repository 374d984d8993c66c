import { cacheKey } from '../lib/cache-key.ts';

/**
 * The cache key of a page or feed that shows `shown` (see `cacheKey`), for
 * Astro's incremental build; none under a preview server, which renders every
 * request and keeps no output.
 */
export function pageKey(...shown: unknown[]): string | undefined {
  return import.meta.env.BACKSTORY_PREVIEW ? undefined : cacheKey(import.meta.env.SITE, ...shown);
}
