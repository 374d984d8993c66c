import { createHash } from 'node:crypto';

/**
 * A short, stable hash of everything a page shows, for Astro's incremental
 * builds: a page whose key and code are unchanged is not rendered again.
 * An article's body is represented by its key, a digest of the Markdown and
 * the code that renders it.
 */
export function cacheKey(...shown: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 24);
}
