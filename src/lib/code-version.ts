import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A digest of source files and of the installed packages (the lockfile), for
 * caches whose output depends on code: like Astro's own incremental build,
 * any change to the lockfile counts as a change of code. Files are named by
 * their path in the repository, so a cache restored into another checkout
 * (a CI runner's) still matches.
 */
export function codeVersion(...sources: URL[]): string {
  const hash = createHash('sha256');
  for (const source of [new URL('../../package-lock.json', import.meta.url), ...sources]) {
    hash.update(path.relative(REPOSITORY, fileURLToPath(source))).update('\0').update(readFileSync(source));
  }
  return hash.digest('base64url').slice(0, 16);
}

/** The TypeScript files directly in a folder, in a fixed order: for a code version that covers the whole folder. */
export function sourceFilesIn(folder: URL): URL[] {
  return readdirSync(fileURLToPath(folder))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => new URL(name, folder));
}
