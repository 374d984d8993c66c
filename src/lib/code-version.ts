import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * A digest of source files and of the installed packages (the lockfile), for
 * caches whose output depends on code: like Astro's own incremental build,
 * any change to the lockfile counts as a change of code.
 */
export function codeVersion(...sources: URL[]): string {
  const hash = createHash('sha256');
  for (const source of [new URL('../../package-lock.json', import.meta.url), ...sources]) hash.update(source.href).update(readFileSync(source));
  return hash.digest('base64url').slice(0, 16);
}
