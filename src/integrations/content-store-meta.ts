import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { STORE_OF_META } from '../lib/content-store-now.ts';

/** The part of Astro's MutableDataStore this works on (astro/dist/content/mutable-data-store.js, Astro 7.3). */
interface MetaStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  has(key: string): boolean;
}
interface DataStorePrototype {
  metaStore(collectionName?: string): MetaStore;
  [PATCHED]?: true;
}

const PATCHED = Symbol.for('backstory.unchangedMetaIsNoWrite');

/** Astro's content store class, from its own file: the package does not export it, so that the one class the CLI uses is the one patched. */
export async function astroDataStoreClass(): Promise<{ prototype: DataStorePrototype } | undefined> {
  const packageFile = createRequire(import.meta.url).resolve('astro/package.json');
  const file = pathToFileURL(path.join(path.dirname(packageFile), 'dist', 'content', 'mutable-data-store.js')).href;
  const module = (await import(file).catch(() => undefined)) as { MutableDataStore?: { prototype: DataStorePrototype } } | undefined;
  return typeof module?.MutableDataStore?.prototype?.metaStore === 'function' ? module.MutableDataStore : undefined;
}

/**
 * Makes setting a content-store meta value to the value it already holds a
 * no-op. Astro sets three at the start of every content sync (its version,
 * the config digests), and every set marks the whole store for writing:
 * 500 ms later, while the loaders are still reading and rendering, Astro
 * serialises every entry (10 MB at 10,000 articles, 0.8 s of the main
 * thread), and serialises it again when the loaders are done. A build that
 * changed nothing wrote the store twice for nothing, and an edited article
 * once. A value that changes, or a store Astro cleared, is set as before.
 * Returns false when Astro's store no longer has the shape this patches
 * (the build is then only slower; a unit test fails on it).
 */
export async function skipUnchangedMeta(): Promise<boolean> {
  const store = await astroDataStoreClass();
  if (!store) return false;
  const prototype = store.prototype;
  if (prototype[PATCHED]) return true;
  const metaStore = prototype.metaStore;
  prototype.metaStore = function (this: DataStorePrototype, collectionName?: string): MetaStore {
    const meta = metaStore.call(this, collectionName);
    const patched = { ...meta, set: (key: string, value: unknown) => (meta.has(key) && meta.get(key) === value ? undefined : meta.set(key, value)) };
    Object.defineProperty(patched, STORE_OF_META, { value: this });
    return patched;
  };
  prototype[PATCHED] = true;
  return true;
}

/** Applies `skipUnchangedMeta` before the content sync of every build and preview. */
export function contentStoreMeta(): AstroIntegration {
  return {
    name: 'backstory-content-store-meta',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        if (!(await skipUnchangedMeta())) logger.warn('Astro\'s content store has changed shape: every build now writes the whole store twice. Update src/integrations/content-store-meta.ts.');
      },
    },
  };
}
