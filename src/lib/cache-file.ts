import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
