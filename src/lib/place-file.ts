import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Puts the cached file `source` at `target` as a hard link: 10,000 files cost
 * 10,000 directory entries, not 10,000 new files written again, and a file
 * already linked costs a stat. Where the cache is on another file system, a
 * copy, unless the target already holds the same bytes. Nothing may edit a
 * linked file in `dist/` in place: it is the cache's file too. A file the
 * cache does not have is left to be made.
 */
export function placeFromCache(source: string, target: string): 'placed' | 'kept' | 'not cached' {
  const cached = statSync(source, { throwIfNoEntry: false });
  if (!cached) return 'not cached';
  const published = statSync(target, { throwIfNoEntry: false });
  if (published && published.ino === cached.ino && published.dev === cached.dev) return 'kept';
  const aside = `${target}.tmp`;
  try {
    rmSync(aside, { force: true });
    linkSync(source, aside);
    renameSync(aside, target);
  } catch {
    if (published?.size === cached.size && readFileSync(source).equals(readFileSync(target))) return 'kept';
    copyFileSync(source, target);
  }
  return 'placed';
}

/**
 * Removes every entry of `folder` that `keep` refuses, and returns their
 * names: what a build step that owns a folder (its part of `dist/`, its
 * cache) does once it knows everything this build placed there.
 */
export function removeAllBut(folder: string, keep: (name: string) => boolean): string[] {
  const removed = (existsSync(folder) ? readdirSync(folder) : []).filter((name) => !keep(name));
  for (const name of removed) rmSync(path.join(folder, name), { recursive: true, force: true });
  return removed;
}
