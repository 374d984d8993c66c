import { createHash } from 'node:crypto';

/**
 * A short, stable hash of everything a page shows, for Astro's incremental
 * builds: a page whose key and code are unchanged is not rendered again.
 * Collection entries are replaced by their digest, which covers the body.
 */
export function cacheKey(...shown: unknown[]): string {
  const json = JSON.stringify(shown, (key, value: unknown) =>
    key === 'entry' && value && typeof value === 'object' ? (value as { digest?: unknown }).digest : value,
  );
  return createHash('sha256').update(json).digest('base64url').slice(0, 24);
}
