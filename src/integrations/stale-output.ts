import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCacheJson, writeCacheJson } from '../lib/cache-file.ts';
import { PICTURES_FOLDER } from '../lib/pictures/picture-plan.ts';
import { CARDS_FOLDER } from './social-cards.ts';

/** Folders that an integration writes and keeps current itself. */
const SELF_MANAGED = ['pagefind/', `${CARDS_FOLDER}/`, `${PICTURES_FOLDER}/`];
/** Written anew by the sitemap step after this one: removed so a sitemap chunk no longer needed goes too, but not reported. */
const REWRITTEN_LATER = /^sitemap-[^/]*\.xml$/;

function filesUnder(folder: string): string[] {
  try {
    return (readdirSync(folder, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  } catch {
    return [];
  }
}

function removeEmptyFolders(folder: string, root: string): void {
  while (folder.startsWith(root) && folder !== root) {
    try {
      rmdirSync(folder);
    } catch {
      return; // not empty: an ancestor cannot be empty either
    }
    folder = path.dirname(folder);
  }
}

/**
 * Keeps `dist/` between builds, so that an incremental build leaves unchanged
 * pages where they are instead of copying thousands of them back from
 * Astro's cache, and removes whatever this build did not produce: the page of
 * a deleted or unpublished article, a topic with no articles left, a month
 * that lost its last article, a stylesheet with an old hash, a file taken
 * out of `public/`. A reader never finds a page the build no longer
 * publishes.
 */
export function staleOutput(): AstroIntegration {
  let started = Date.now();
  let publicDir = '';
  let cacheDir = '';
  return {
    name: 'backstory-stale-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const produced = new Set([...assets.values()].flat().map((url) => path.relative(root, fileURLToPath(url)).split(path.sep).join('/')));
        for (const file of filesUnder(publicDir)) produced.add(file);
        // What the last build into this folder produced, so only its leftovers are looked at; without it, every file is.
        const manifest = `outputs-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.json`;
        const previous = existsSync(root) ? readCacheJson<string[]>(cacheDir, manifest) : undefined;
        const candidates = previous
          ? [...previous, ...filesUnder(path.join(root, '_astro')).map((file) => `_astro/${file}`), ...readdirSync(root).filter((name) => REWRITTEN_LATER.test(name))]
          : filesUnder(root);
        const removed: string[] = [];
        for (const file of new Set(candidates)) {
          if (produced.has(file) || SELF_MANAGED.some((folder) => file.startsWith(folder))) continue;
          const absolute = path.join(root, file);
          if (!existsSync(absolute)) continue;
          // Bundled assets are written anew by every build; one this build did not write is an old one.
          if (file.startsWith('_astro/') && statSync(absolute).mtimeMs >= started) continue;
          rmSync(absolute, { force: true });
          removeEmptyFolders(path.dirname(absolute), root);
          if (!REWRITTEN_LATER.test(file)) removed.push(file);
        }
        writeCacheJson(cacheDir, manifest, [...produced].sort());
        if (removed.length) logger.info(`Removed ${removed.length} file(s) that this build no longer produces: ${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''}`);
      },
    },
  };
}
