import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readCacheJson, writeCacheJson } from '../lib/cache-file.ts';
import { codeVersion } from '../lib/code-version.ts';
import { readSearchGroups, searchBundle } from '../lib/search-groups.ts';

/** Pagefind's version (through the lockfile) and this file: what decides an index besides its pages. */
const INDEX_VERSION = codeVersion(new URL(import.meta.url));

/** What the previous build indexed: each group's pages, so a group whose pages did not change is kept. */
interface IndexManifest {
  version: string;
  groups: Record<string, string[]>;
}

const MANIFEST_FILE = 'search-index.json';

/** A manifest that cannot be read only means every year is indexed again. */
function readManifest(cacheDir: string): IndexManifest | undefined {
  try {
    return readCacheJson<IndexManifest>(cacheDir, MANIFEST_FILE);
  } catch {
    return undefined;
  }
}

async function indexGroup(site: string, pages: readonly string[], outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // One glob naming the year's pages: Pagefind reads them itself, much faster than page by page over its pipe.
    const slugs = pages.map((page) => page.split('/')[2]);
    const glob = slugs.length === 1 ? `articles/${slugs[0]}/index.html` : `articles/{${slugs.join(',')}}/index.html`;
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    if (added.page_count !== pages.length) throw new Error(`Pagefind indexed ${added.page_count} of the ${pages.length} article pages it was given.`);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return pages.length;
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Builds the Pagefind search index at the end of every `astro build`, so
 * `npm run build` alone gives a searchable site. Only article bodies are
 * indexed (article pages mark them `data-pagefind-body`).
 *
 * The index is split by year of publication (`dist/pagefind/<year>/`), and
 * the search page merges the years in the browser with Pagefind's
 * `mergeIndex`. A year is indexed again only when one of its article pages
 * was written by this build, or its list of pages changed: a correction to
 * one article re-indexes one year, not the archive. Pages that the build
 * left in place are unchanged by definition, because `dist/` is kept
 * between builds and every page whose content changed is written anew.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let started = Date.now();
  return {
    name: 'backstory-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const startedIndex = performance.now();
        const site = fileURLToPath(dir);
        const previous = readManifest(cacheDir);
        const groups = readSearchGroups(cacheDir);
        const root = path.join(site, 'pagefind');
        let pagesIndexed = 0;
        const reindexed: string[] = [];
        try {
          for (const [group, pages] of Object.entries(groups)) {
            const outputPath = path.join(site, searchBundle(group).slice(1));
            const unchanged =
              previous?.version === INDEX_VERSION &&
              JSON.stringify(previous.groups[group]) === JSON.stringify(pages) &&
              existsSync(path.join(outputPath, 'pagefind-entry.json')) &&
              pages.every((page) => statSync(path.join(site, page.slice(1), 'index.html')).mtimeMs < started);
            if (unchanged) continue;
            pagesIndexed += await indexGroup(site, pages, outputPath);
            reindexed.push(group);
          }
        } finally {
          await pagefind.close();
        }
        // A year with no published article left has no index, and nothing else lives here.
        mkdirSync(root, { recursive: true });
        for (const name of readdirSync(root)) if (!(name in groups)) rmSync(path.join(root, name), { recursive: true, force: true });
        writeCacheJson(cacheDir, MANIFEST_FILE, { version: INDEX_VERSION, groups } satisfies IndexManifest);
        const years = reindexed.length ? `year${reindexed.length === 1 ? '' : 's'} ${reindexed.join(', ')}` : 'no year';
        logger.info(`Indexed ${pagesIndexed} pages for search (${years} of ${Object.keys(groups).length} indexed again).`);
        logger.info(`timing: pagefind ${Math.round(performance.now() - startedIndex)} ms`);
      },
    },
  };
}
