/**
 * A counter that the content loader bumps whenever it has changed the content
 * store, shared through `globalThis` because under `astro dev` the loader and
 * the pages are separate module instances in one process. A preview server
 * rebuilds the publication only when the counter has moved, not on every
 * request.
 */
const KEY = Symbol.for('backstory.contentGeneration');
const shared = globalThis as { [KEY]?: number };

export function contentChanged(): void {
  shared[KEY] = (shared[KEY] ?? 0) + 1;
}

export function contentGeneration(): number {
  return shared[KEY] ?? 0;
}
