import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** The module through which Astro's pages read the content store. */
const STORE_MODULE = 'astro:data-layer-content';
/** Astro's own id for it, which its preview server invalidates whenever it writes the store. */
const ASTRO_STORE_MODULE = `\0${STORE_MODULE}`;
const BUILD_STORE_MODULE = `\0backstory:${STORE_MODULE}`;

/**
 * Lets pages read the content store from its file when they first ask for
 * it, instead of from a copy inlined in a module. Astro otherwise makes the
 * whole store (10 MB at 10,000 articles) one string literal in a module: the
 * bundler parses and writes it at every build, a preview server parses and
 * compiles it again every time an edit reloads the store, and Node compiles
 * it before the first page can list a collection.
 *
 * A build reads the file Astro has just finished writing in its cache
 * folder. A preview reads Astro's dev store in `.astro/`, under Astro's own
 * module id, so that Astro's invalidation after each write still reaches it
 * and the next page reads the new file.
 */
export function contentStoreFromFile(cacheDir: string): Plugin {
  // Per environment, never kept in the plugin: Astro passes this one plugin to every Vite it
  // starts, the content sync's short-lived server included, and a build must not take its mode.
  const served = (config: ResolvedConfig) => config.command === 'serve';
  return {
    name: 'backstory:content-store-from-file',
    enforce: 'pre',
    // Before Astro's own hooks for the module, which would inline the store.
    resolveId: {
      order: 'pre',
      handler(id) {
        if (id !== STORE_MODULE) return undefined;
        return served(this.environment.config) ? ASTRO_STORE_MODULE : BUILD_STORE_MODULE;
      },
    },
    load: {
      order: 'pre',
      handler(id) {
        const { config } = this.environment;
        if (id !== (served(config) ? ASTRO_STORE_MODULE : BUILD_STORE_MODULE)) return undefined;
        // The same places as Astro's getDataStoreFile(settings, isDev) in content/paths.js.
        const file = JSON.stringify(served(config) ? path.join(config.root, '.astro', 'data-store.json') : path.join(cacheDir, 'data-store.json'));
        // A preview asked before its first sync has no file yet, and Astro then serves an empty store. A build always has one.
        const read = served(config) ? `existsSync(${file}) ? JSON.parse(readFileSync(${file}, 'utf8')) : new Map()` : `JSON.parse(readFileSync(${file}, 'utf8'))`;
        // Marked as content data, as Astro marks its own store module, so that it is kept out of every page's code digest.
        return {
          code: `import { existsSync, readFileSync } from 'node:fs';\nexport default ${read};\n`,
          meta: { astroIncremental: { kind: 'content-data' } },
        };
      },
    },
  };
}
