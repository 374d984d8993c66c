/**
 * The content store a loader's `context.meta` belongs to, set on it by the
 * store patch of `src/integrations/content-store-meta.ts`. A registered
 * symbol, since the loader (bundled by Vite) and the integration (loaded
 * with the config) are separate module instances.
 */
export const STORE_OF_META = Symbol.for('backstory.storeOfMeta');

/**
 * Writes the content store now rather than after Astro's half-second
 * debounce: a preview server's loader calls it when it has reloaded an
 * edit, so that the page reloads with the edit half a second sooner. Given
 * the loader's `context.meta`; does nothing when the store is not patched.
 * Apart from the patch, so that the loader's bundle holds none of it.
 */
export async function writeContentStoreNow(meta: unknown): Promise<void> {
  const store = (meta as { [STORE_OF_META]?: { waitUntilSaveComplete?: () => Promise<void> } } | undefined)?.[STORE_OF_META];
  if (typeof store?.waitUntilSaveComplete === 'function') await store.waitUntilSaveComplete();
}
