import { createHash } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 24);

/**
 * Digests of the objects cache keys have already seen. One article sits in
 * its own page's key and in a dozen listings' keys; hashing its JSON once
 * instead of every time turns the cost of 60,000 keys from whole-archive
 * serialisation into one pass over the archive. Sound because a build's
 * publication is never changed after it is built (a new one holds new objects).
 */
const seen = new WeakMap<object, string>();

/** Objects whose digest is that of what they were built from (see `digestFrom`), until first asked for. */
const builtFrom = new WeakMap<object, unknown[]>();

function byDigest(this: unknown, key: string, value: unknown): unknown {
  if (key === '' || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  let known = seen.get(value);
  if (known === undefined) {
    const parts = builtFrom.get(value);
    known = digest(parts ? `from:${JSON.stringify(parts, byDigest)}` : JSON.stringify(value, byDigest));
    seen.set(value, known);
  }
  return `#${known}`;
}

/**
 * Declares that `object` was built from `parts` alone, so that its digest
 * is theirs: an article resolved from its content-store entry, whose digest
 * already covers everything the entry holds, is then keyed by that digest
 * and its references instead of a walk through its text, pictures and
 * quotes (10,000 articles: most of the 0.9 s that keys took). `parts` must
 * decide every field of `object`; objects among them are digested as any.
 * Computed when a key first shows the object, so a preview server, which
 * keys nothing, pays nothing.
 */
export function digestFrom(object: object, ...parts: unknown[]): void {
  builtFrom.set(object, parts);
}

/**
 * A short, stable hash of everything a page shows, for Astro's incremental
 * builds: a page whose key and code are unchanged is not rendered again.
 * An article's body is represented by its key, a digest of the Markdown and
 * the code that renders it.
 */
export function cacheKey(...shown: unknown[]): string {
  return digest(JSON.stringify(shown, byDigest));
}
