import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** A file in Backstory's own folder inside Astro's cache folder. */
export const cacheFile = (cacheDir: string, name: string) => path.join(cacheDir, 'backstory', name);

/** Written by one build step for a later one (the loader for the sitemap and search steps) or for the next build. */
export function writeCacheJson(cacheDir: string, name: string, value: unknown): void {
  const file = cacheFile(cacheDir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
}

/** The value, or undefined when no build has written it yet. */
export function readCacheJson<T>(cacheDir: string, name: string): T | undefined {
  const file = cacheFile(cacheDir, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/**
 * A value kept with V8's serialiser (dates, Maps and `undefined` fields come
 * back exactly), or undefined when there is none or it cannot be read: a
 * cache that is lost only means work done again.
 */
export function readCacheV8<T>(file: string): T | undefined {
  try {
    return deserialize(readFileSync(file)) as T;
  } catch {
    return undefined;
  }
}

/**
 * Written aside and renamed, so a build stopped half-way never leaves a torn
 * cache. The old file is removed first: renamed over, ext4 (auto_da_alloc)
 * would write the new one to disk before the rename returns, a second of
 * waiting for a few MB on a busy disk; a build stopped in between only finds
 * no cache.
 */
export function writeCacheV8(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, serialize(value));
  rmSync(file, { force: true });
  renameSync(`${file}.tmp`, file);
}
