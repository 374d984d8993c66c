import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFile, readCacheJson, writeCacheJson } from '../lib/cache-file.ts';
import { WORKER_HEAP_MB, WorkerPool } from '../lib/worker-pool.ts';
import type { IndexJob } from './search-index-worker.ts';
import { codeVersion } from '../lib/code-version.ts';
import { collectGarbage } from '../lib/collect-garbage.ts';
import { isMonthRun, PAGES_GROUP, PEOPLE_GROUP, readSearchGroups, searchBundle, STORIES_GROUP, type SearchDocument, type SearchGroups } from '../lib/search-groups.ts';
import { site as siteConfig } from '../site.config.ts';

/** The groups that are not dated, as the build's log names them. */
const NAMED_GROUPS: Record<string, string> = { [STORIES_GROUP]: 'the stories', [PEOPLE_GROUP]: 'the people', [PAGES_GROUP]: 'the standing pages' };

/** Pagefind's version (through the lockfile), this file and the document it indexes: what decides an index besides its documents. */
const INDEX_VERSION = codeVersion(...['./search-index.ts', './search-index-worker.ts', '../lib/search-document.ts', '../lib/picture-placeholders.ts'].map((file) => new URL(file, import.meta.url)));

/** What the previous build indexed: each group's document keys, so a group whose documents did not change is kept. */
interface IndexManifest {
  version: string;
  groups: Record<string, string[]>;
}

const MANIFEST_FILE = 'search-index.json';

/** A manifest that cannot be read only means every group is indexed again. */
function readManifest(cacheDir: string): IndexManifest | undefined {
  try {
    return readCacheJson<IndexManifest>(cacheDir, MANIFEST_FILE);
  } catch {
    return undefined;
  }
}

const keysOf = (documents: readonly SearchDocument[]) => documents.map((document) => `${document.url} ${document.key}`);

interface Run {
  groups: SearchGroups;
  reindexed: string[];
  done: Promise<void>;
}

/**
 * Builds the Pagefind search index in every `astro build`, so `npm run build`
 * alone gives a searchable site. What is indexed of an article is its
 * `searchDocumentHtml`: the part of its page marked `data-pagefind-body`.
 *
 * The index is split by year of publication (`dist/pagefind/<year>/`), a
 * large year into runs of months (`dist/pagefind/<year>-<month>/`, see
 * `searchGroupNamer`), with the story, people and standing pages in a
 * bundle each, and the search page merges them in the browser with
 * Pagefind's `mergeIndex`. A group is indexed again only when the documents
 * of its articles changed (their keys digest the headline, dek, kind and
 * body), or the code that indexes them did: a correction to one article
 * re-indexes one group, not the archive. The content loader has written every document by
 * the time the build starts, so indexing runs on a worker thread and in
 * Pagefind's own process while Astro bundles and renders the pages, and the
 * build only waits for what is left of it at the end.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let run: Run | undefined;
  let timing = 0;
  return {
    name: 'backstory-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // The content sync has just ended, and with it the loader's read of
        // every source file: collected now, before Pagefind's process starts
        // and Astro bundles, that garbage does not add to the build's peak.
        collectGarbage();
        const started = performance.now();
        const previous = readManifest(cacheDir);
        const groups = readSearchGroups(cacheDir);
        const bundleFolder = (group: string) => path.join(outDir, searchBundle(group).slice(1));
        const stale = Object.entries(groups).filter(
          ([group, documents]) =>
            !(
              previous?.version === INDEX_VERSION &&
              JSON.stringify(previous.groups[group]) === JSON.stringify(keysOf(documents)) &&
              existsSync(path.join(bundleFolder(group), 'pagefind-entry.json'))
            ),
        );
        const job: IndexJob = {
          groups: stale.map(([group, documents]) => ({ documents, outputPath: bundleFolder(group) })),
          scratch: cacheFile(cacheDir, 'search-documents'),
          language: siteConfig.language,
        };
        const done = (async () => {
          if (stale.length === 0) return;
          const pool = new WorkerPool<IndexJob, { error?: string }>(new URL('./search-index-worker.ts', import.meta.url), { size: 1, heapMb: WORKER_HEAP_MB });
          try {
            const { error } = await pool.run(job);
            if (error) throw new Error(error);
          } finally {
            await pool.close();
          }
          timing = Math.round(performance.now() - started);
        })();
        // Reported when the build waits for it; an early failure must not go unhandled meanwhile.
        done.catch(() => {});
        run = { groups, reindexed: stale.map(([group]) => group), done };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!run) return;
        const waited = performance.now();
        await run.done;
        const { groups, reindexed } = run;
        const root = path.join(fileURLToPath(dir), 'pagefind');
        // A group that is gone (a year with no published article left, a year now cut into runs,
        // a run whose boundary moved) has no index, and nothing else lives here.
        mkdirSync(root, { recursive: true });
        for (const name of readdirSync(root)) if (!(name in groups)) rmSync(path.join(root, name), { recursive: true, force: true });
        writeCacheJson(cacheDir, MANIFEST_FILE, {
          version: INDEX_VERSION,
          groups: Object.fromEntries(Object.entries(groups).map(([group, documents]) => [group, keysOf(documents)])),
        } satisfies IndexManifest);
        const pages = reindexed.reduce((sum, group) => sum + groups[group]!.length, 0);
        const dated = reindexed.filter((group) => !(group in NAMED_GROUPS));
        const years = dated.filter((group) => !isMonthRun(group));
        const runs = dated.filter(isMonthRun);
        const names = [
          ...(years.length ? [`year${years.length === 1 ? '' : 's'} ${years.join(', ')}`] : []),
          ...(runs.length ? [`run${runs.length === 1 ? '' : 's'} ${runs.join(', ')}`] : []),
          ...Object.entries(NAMED_GROUPS)
            .filter(([group]) => reindexed.includes(group))
            .map(([, label]) => label),
        ];
        const what = names.length ? names.join(' and ') : 'no bundle';
        logger.info(`Indexed ${pages} pages for search (${what} of ${Object.keys(groups).length} indexed again).`);
        logger.info(`timing: pagefind ${timing} ms (the build waited ${Math.round(performance.now() - waited)} ms for it)`);
      },
    },
  };
}
