import path from 'node:path';
import type { Plugin } from 'vite';

/** The module through which Astro's pages read the content store. */
const STORE_MODULE = 'astro:data-layer-content';
const RESOLVED_STORE_MODULE = `\0backstory:${STORE_MODULE}`;

/**
 * Lets the build's pages read the content store from its file when they
 * first ask for it, instead of from a copy inlined in the bundle. Astro
 * otherwise makes the whole store (10 MB at 10,000 articles) one string
 * literal in a module: the bundler parses and writes it at every build, and
 * Node compiles it again before the first page can list a collection. The
 * file is the one Astro has just finished writing for this build, in its
 * cache folder. Only builds: a preview server reloads the store as Astro
 * invalidates its module.
 */
export function contentStoreFromFile(cacheDir: string): Plugin {
  const storeFile = path.join(cacheDir, 'data-store.json');
  return {
    name: 'backstory:content-store-from-file',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === STORE_MODULE ? RESOLVED_STORE_MODULE : undefined;
    },
    load(id) {
      if (id !== RESOLVED_STORE_MODULE) return undefined;
      // Marked as content data, as Astro marks its own store module, so that it is kept out of every page's code digest.
      return {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
        meta: { astroIncremental: { kind: 'content-data' } },
      };
    },
  };
}
